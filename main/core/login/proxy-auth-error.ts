import { LoginError } from './login-error';
import { proxyAddress, type ProxyRoute } from './proxy-route';

/** Schemes of a Windows sign-in the app cannot answer. */
const WINDOWS_SIGN_IN = new Set(['ntlm', 'negotiate', 'kerberos']);

/**
 * The `proxy-auth` LoginError for a proxy that answered 407, worded by what it asks for (`schemes`
 * from its Proxy-Authenticate header): NTLM/Negotiate, which the app cannot do, credentials that were
 * refused, or credentials that are missing. Never holds the credentials themselves.
 */
export function proxyAuthError(route: Extract<ProxyRoute, { kind: 'proxy' }>, schemes: readonly string[]): LoginError {
  const proxy = proxyAddress(route.proxy);
  const windows = schemes.filter((scheme) => WINDOWS_SIGN_IN.has(scheme));
  if (windows.length > 0 && !schemes.includes('basic')) {
    const names = windows.map((scheme) => (scheme === 'ntlm' ? 'NTLM' : scheme === 'negotiate' ? 'Negotiate (Kerberos)' : 'Kerberos')).join(' or ');
    return new LoginError(
      'proxy-auth',
      `The proxy at ${proxy} needs credentials: it asks for a Windows sign-in (${names}), which the app cannot do. Ask IT for a proxy that accepts a user name and password (Basic), or run a local helper such as Px or Cntlm and point HTTPS_PROXY at it.`,
    );
  }
  if (route.proxy.username !== '') {
    return new LoginError(
      'proxy-auth',
      `The proxy at ${proxy} needs credentials and refused the user name and password in HTTPS_PROXY; check them.`,
    );
  }
  return new LoginError(
    'proxy-auth',
    `The proxy at ${proxy} needs credentials: set HTTPS_PROXY=http://user:password@${proxy} in the environment the app starts from.`,
  );
}
