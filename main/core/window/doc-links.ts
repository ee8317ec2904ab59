import type { DocLinkId } from '../../../common/ipc-contract';

/** Hosts the window may open in the browser. */
export const EXTERNAL_HOST_ALLOWLIST: ReadonlySet<string> = new Set(['doc.wearepatchworks.com']);

/** Where each documentation link goes. */
export const DOC_LINKS: Readonly<Record<DocLinkId, string>> = {
  'obtaining-a-token':
    'https://doc.wearepatchworks.com/product-documentation/developer-hub/patchworks-api/core-api-general-information/obtaining-a-token-for-patchworks-api-authentication',
  'core-api-authentication':
    'https://doc.wearepatchworks.com/product-documentation/api-reference/authentication',
};

/** True when `url` is https to an allow-listed host; the only URLs handed to `shell.openExternal`. */
export function isAllowedExternalUrl(url: string): boolean {
  try {
    const parsed = new URL(url);
    return (
      parsed.protocol === 'https:' &&
      parsed.username === '' &&
      parsed.password === '' &&
      EXTERNAL_HOST_ALLOWLIST.has(parsed.hostname)
    );
  } catch {
    return false;
  }
}
