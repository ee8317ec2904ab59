import { ENVIRONMENT_BASE_URLS, type ProfileSettings } from '../../../common/settings';
import { isLoopbackHost } from '../login/login-url';

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

/** The base URL a profile points at. */
export function resolveBaseUrl(settings: Pick<ProfileSettings, 'environment' | 'customBaseUrl'>): string {
  return settings.environment === 'custom'
    ? settings.customBaseUrl
    : ENVIRONMENT_BASE_URLS[settings.environment];
}
