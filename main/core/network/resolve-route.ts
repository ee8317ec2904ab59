import { isLoopbackHost } from '../login/login-url';
import { LoginError } from '../login/login-error';
import { proxyFromEnvironment } from './env-proxy';
import { parsePacResult } from './pac-result';
import type { ProxyRoute, RouteSource } from '../login/proxy-route';
import { parseProxyUrl, ProxyUrlError } from './proxy-url';

/** Where a login's proxy may come from, besides the environment. */
export interface RouteSources {
  /** The proxy address set in Preferences; '' for none. */
  preferenceProxy: string;
  /** Asks the system for the proxy of a URL (Electron's `session.resolveProxy`: OS settings and PAC). */
  systemProxy?: (url: string) => Promise<string>;
  /** Told when the system could not answer (a PAC script that failed); the login then goes direct. */
  onSystemFailure?: (error: unknown) => void;
}

function proxyRoute(address: string, source: RouteSource, what: string): ProxyRoute {
  try {
    return { kind: 'proxy', source, proxy: parseProxyUrl(address, source === 'environment') };
  } catch (error) {
    if (!(error instanceof ProxyUrlError)) throw error;
    throw new LoginError('proxy-settings', `${what} cannot be used: ${error.message}`);
  }
}

async function systemRoute(target: URL, sources: RouteSources): Promise<ProxyRoute> {
  if (!sources.systemProxy) return { kind: 'direct', source: 'system' };
  let answer: string;
  try {
    answer = await sources.systemProxy(target.href);
  } catch (error) {
    sources.onSystemFailure?.(error);
    return { kind: 'direct', source: 'system' };
  }
  // Electron answers '' when the lookup itself failed (a PAC script that could not be fetched or run).
  if (answer.trim() === '') {
    sources.onSystemFailure?.(new Error('The system proxy lookup gave no answer'));
    return { kind: 'direct', source: 'system' };
  }
  const choice = parsePacResult(answer);
  if (!choice.ok) throw new LoginError('proxy-settings', choice.message);
  return choice.route;
}

/**
 * Decides how a login reaches `target`, in this order: this computer (loopback) is always direct;
 * then `HTTPS_PROXY`/`HTTP_PROXY` with `NO_PROXY` when the environment sets them; then the proxy in
 * Preferences; then the system's answer (OS settings, PAC), direct when it fails. A proxy setting
 * that cannot be used is a `proxy-settings` LoginError whose message never holds the credentials.
 */
export async function resolveRoute(target: URL, sources: RouteSources): Promise<ProxyRoute> {
  if (isLoopbackHost(target.hostname)) return { kind: 'direct', source: 'loopback' };
  const environment = proxyFromEnvironment(target);
  if (environment.set) {
    return environment.proxy === undefined
      ? { kind: 'direct', source: 'environment' }
      : proxyRoute(environment.proxy, 'environment', 'The proxy set in HTTPS_PROXY');
  }
  if (sources.preferenceProxy.trim() !== '') return proxyRoute(sources.preferenceProxy, 'preferences', 'The proxy set in Preferences');
  return systemRoute(target, sources);
}
