import { LoginError } from './login-error';

const LOGIN_PATH = 'api/v1/login';

/**
 * Tells whether a URL hostname is this computer: exactly `localhost`, 127.0.0.0/8 or ::1. `localhost.`
 * (a fully qualified name) is not: it goes to DNS, which may answer anything.
 */
export function isLoopbackHost(hostname: string): boolean {
  const host = hostname.toLowerCase();
  return host === 'localhost' || host === '[::1]' || /^127(\.\d{1,3}){3}$/.test(host);
}

/**
 * Builds `{baseUrl}/api/v1/login`, whatever trailing slashes the base URL has. Refuses, with an
 * `insecure-url` LoginError, anything but https, or http to a loopback host; drops user:password@.
 */
export function loginUrl(baseUrl: string): URL {
  let base: URL;
  try {
    base = new URL(baseUrl.trim());
  } catch {
    throw new LoginError('insecure-url', 'The Patchworks address is not a valid URL; it should look like https://svc-fabric.pwks.co');
  }
  const secure = base.protocol === 'https:';
  const loopbackHttp = base.protocol === 'http:' && isLoopbackHost(base.hostname);
  if (!secure && !loopbackHttp) {
    throw new LoginError(
      'insecure-url',
      `The Patchworks address must start with https:// (plain http is allowed only for this computer), not ${base.protocol}//${base.host}`,
    );
  }
  const url = new URL(base.origin);
  url.pathname = `${base.pathname.replace(/\/+$/, '')}/${LOGIN_PATH}`;
  return url;
}
