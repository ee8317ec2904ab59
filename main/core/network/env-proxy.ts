import { getProxyForUrl } from 'proxy-from-env';

/** What the environment says for a URL: nothing, go direct (NO_PROXY matched), or a proxy address. */
export type EnvironmentChoice = { set: false } | { set: true; proxy: string | undefined };

const PROXY_VARIABLES = (protocol: string): string[] => [`${protocol}_proxy`, 'all_proxy'];

/** True when the process environment sets a proxy for `protocol` (either case), ignoring NO_PROXY. */
function proxyVariableSet(protocol: string): boolean {
  return PROXY_VARIABLES(protocol).some((name) => Boolean(process.env[name] || process.env[name.toUpperCase()]));
}

/**
 * The proxy the environment gives `url`: `HTTPS_PROXY` for https, `HTTP_PROXY` for http (either
 * case, `ALL_PROXY` as a fallback), with `NO_PROXY` (host names, `.suffix`, `*.suffix`, `host:port`,
 * `*`) sending it direct. Matching is proxy-from-env's, on the process environment.
 */
export function proxyFromEnvironment(url: URL): EnvironmentChoice {
  const protocol = url.protocol.replace(/:$/, '');
  if (!proxyVariableSet(protocol)) return { set: false };
  const proxy = getProxyForUrl(url.href);
  return { set: true, proxy: proxy === '' ? undefined : proxy };
}
