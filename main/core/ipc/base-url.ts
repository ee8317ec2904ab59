const LOOPBACK_HOSTS = new Set(['localhost', '[::1]']);

/** True for 127.0.0.0/8, `::1` and `localhost`. */
function isLoopbackHost(hostname: string): boolean {
  return LOOPBACK_HOSTS.has(hostname) || /^127(\.\d{1,3}){3}$/.test(hostname);
}

/** True when `value` may be a login base URL: https anywhere, plain http only to a loopback host. */
export function isAcceptableBaseUrl(value: string): boolean {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return false;
  }
  if (url.username !== '' || url.password !== '' || url.search !== '' || url.hash !== '') return false;
  if (url.protocol === 'https:') return true;
  return url.protocol === 'http:' && isLoopbackHost(url.hostname);
}
