/** Why a proxy address was refused, as a clause that follows the field's label or "cannot be used: ". */
export class ProxyUrlError extends Error {
  override readonly name = 'ProxyUrlError';
}

/**
 * Reads a proxy address such as `http://proxy.corp:8080` or `https://proxy.corp` (a bare
 * `proxy.corp:8080` means http). Only HTTP(S) proxies are supported; SOCKS and PAC URLs are refused
 * with a ProxyUrlError that says what to do. `allowCredentials` false refuses `user:password@`.
 */
export function parseProxyUrl(text: string, allowCredentials: boolean): URL {
  const trimmed = text.trim();
  const withScheme = /^[a-z][a-z0-9+.-]*:\/\//i.test(trimmed) ? trimmed : `http://${trimmed}`;
  let url: URL;
  try {
    url = new URL(withScheme);
  } catch {
    throw new ProxyUrlError('this is not a valid address; it should look like http://proxy.example.com:8080.');
  }
  if (url.protocol.startsWith('socks')) {
    throw new ProxyUrlError('SOCKS proxies are not supported; use the HTTP address of the proxy (http://host:port).');
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new ProxyUrlError(`the address must start with http:// or https://, not ${url.protocol}//.`);
  }
  if (url.hostname === '') throw new ProxyUrlError('the address needs a host name.');
  if ((url.pathname !== '/' && url.pathname !== '') || url.search !== '' || url.hash !== '') {
    throw new ProxyUrlError(
      'enter a host and port only; a PAC script URL cannot be used here (the system proxy settings handle PAC).',
    );
  }
  if (!allowCredentials && (url.username !== '' || url.password !== '')) {
    throw new ProxyUrlError(
      'leave the user name and password out: the settings file never holds a secret. Set HTTPS_PROXY=http://user:password@host:port instead.',
    );
  }
  return url;
}
