/** What main knows about who sent an IPC message, reduced to plain values. */
export interface SenderInfo {
  /** `webContents.id` of the sending page. */
  webContentsId: number;
  /** URL of the frame that sent it; undefined when the frame is gone. */
  frameUrl: string | undefined;
}

/** Decides whether a message comes from a window main created, showing the app's own page. */
export type SenderCheck = (sender: SenderInfo) => boolean;

/**
 * True when `url` is on `appOrigin` (scheme and host compared; non-special schemes such as
 * `app:` have an opaque `URL.origin`, so it is not used).
 */
export function isAppUrl(url: string | undefined, appOrigin: string): boolean {
  if (url === undefined) return false;
  try {
    const actual = new URL(url);
    const expected = new URL(appOrigin);
    return (
      actual.protocol === expected.protocol &&
      actual.host === expected.host &&
      actual.username === '' &&
      actual.password === ''
    );
  } catch {
    return false;
  }
}

/** Builds the sender check from the set of windows main created and the app's origin. */
export function createSenderCheck(options: {
  isKnownWindow: (webContentsId: number) => boolean;
  appOrigin: string;
}): SenderCheck {
  return (sender) =>
    options.isKnownWindow(sender.webContentsId) && isAppUrl(sender.frameUrl, options.appOrigin);
}
