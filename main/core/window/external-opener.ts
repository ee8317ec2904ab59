import { isAllowedExternalUrl } from './doc-links';

/**
 * Wraps the browser opener (`shell.openExternal`, which hands any scheme to the OS) so that only
 * allow-listed https links leave the app; anything else is refused without being opened. Every call
 * site checks too — this is the last line.
 */
export function allowListedOpener(open: (url: string) => Promise<void>): (url: string) => Promise<void> {
  return async (url) => {
    if (!isAllowedExternalUrl(url)) throw new Error('Refused to open a link that is not on the allow-list.');
    await open(url);
  };
}
