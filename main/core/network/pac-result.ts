import type { ProxyRoute } from '../login/proxy-route';
import { parseProxyUrl } from './proxy-url';

/** What a proxy-resolution answer means for the login: a route, or only proxies it cannot use. */
export type PacChoice = { ok: true; route: ProxyRoute } | { ok: false; message: string };

/**
 * Reads Chromium's answer for a URL (`session.resolveProxy`), a PAC-style list such as
 * `PROXY proxy.corp:8080; DIRECT`, and takes the first entry the login can use: DIRECT, PROXY
 * (HTTP proxy) or HTTPS (HTTP proxy over TLS). SOCKS entries are skipped; an answer with nothing
 * usable is refused with a message. An empty answer means direct.
 */
export function parsePacResult(answer: string): PacChoice {
  const entries = answer.split(';').map((entry) => entry.trim()).filter((entry) => entry !== '');
  if (entries.length === 0) return { ok: true, route: { kind: 'direct', source: 'system' } };
  const skipped: string[] = [];
  for (const entry of entries) {
    const [keyword = '', address = ''] = entry.split(/\s+/, 2);
    const type = keyword.toUpperCase();
    if (type === 'DIRECT') return { ok: true, route: { kind: 'direct', source: 'system' } };
    if ((type === 'PROXY' || type === 'HTTPS') && address !== '') {
      try {
        const scheme = type === 'HTTPS' ? 'https' : 'http';
        return { ok: true, route: { kind: 'proxy', source: 'system', proxy: parseProxyUrl(`${scheme}://${address}`, false) } };
      } catch {
        skipped.push(entry);
        continue;
      }
    }
    skipped.push(entry);
  }
  return {
    ok: false,
    message: `The system proxy settings name only proxies the app cannot use (${skipped.join('; ')}); set an HTTP proxy in Preferences → Network.`,
  };
}
