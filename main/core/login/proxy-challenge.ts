import http from 'node:http';
import https from 'node:https';
import { once } from 'node:events';

/** How long the second CONNECT may take before the scheme is given up as unknown. */
const CHALLENGE_TIMEOUT_MS = 5_000;

/** The schemes a `Proxy-Authenticate` header offers, lower-cased: `basic`, `ntlm`, `negotiate`, … */
export function challengeSchemes(header: string | string[] | undefined): string[] {
  const values = Array.isArray(header) ? header : header === undefined ? [] : [header];
  // Each challenge starts with a scheme token; parameters (realm="x", …) follow it.
  return values.flatMap((value) =>
    value.split(',').map((part) => part.trim().split(/\s+/)[0]?.toLowerCase() ?? '').filter((token) => token !== '' && !token.includes('=')),
  );
}

/**
 * After a 407 from the proxy's CONNECT, asks the proxy once more, with the same credentials, and
 * returns the schemes its `Proxy-Authenticate` header offers (empty when it does not say, does not
 * answer, or `signal` ends it). The agent that made the tunnel reports only the status, not the header.
 */
export async function proxyChallenge(
  proxy: URL,
  target: URL,
  ca: readonly string[] | undefined,
  signal: AbortSignal | undefined,
): Promise<string[]> {
  const headers: Record<string, string> = { host: target.host };
  if (proxy.username !== '' || proxy.password !== '') {
    const pair = `${decodeURIComponent(proxy.username)}:${decodeURIComponent(proxy.password)}`;
    headers['proxy-authorization'] = `Basic ${Buffer.from(pair).toString('base64')}`;
  }
  const request = (proxy.protocol === 'https:' ? https : http).request({
    method: 'CONNECT',
    host: proxy.hostname,
    port: proxy.port || (proxy.protocol === 'https:' ? 443 : 80),
    path: `${target.hostname}:${target.port || 443}`,
    setHost: false,
    headers,
    agent: false,
    timeout: CHALLENGE_TIMEOUT_MS,
    ...(ca && { ca: [...ca] }),
    ...(signal && { signal }),
  });
  request.once('timeout', () => request.destroy());
  request.end();
  try {
    const [response, socket] = (await once(request, 'connect')) as [http.IncomingMessage, { destroy(): void }];
    socket.destroy();
    return challengeSchemes(response.headers['proxy-authenticate']);
  } catch {
    return [];
  }
}
