/**
 * How this copy of the app can be updated: `in-place` (macOS zip, Windows NSIS, Linux AppImage: the
 * updater downloads and installs), or `package-manager` (Linux deb: the app only looks, and tells the
 * user to update with apt or their software centre).
 */
export type InstallKind = 'in-place' | 'package-manager';

/** A failure the updater reported: electron-updater's error code when it has one, and its message. */
export interface UpdaterFailure {
  code?: string;
  message: string;
}

/** What the updater reports, in the order electron-updater emits it. */
export type UpdaterEvent =
  | { type: 'checking' }
  | { type: 'available'; version: string }
  | { type: 'not-available'; version: string }
  | { type: 'progress'; percent: number }
  | { type: 'downloaded'; version: string }
  | { type: 'error'; failure: UpdaterFailure };

/** Whether a check ran: `inactive` when the updater is off for this copy (not an installed release build). */
export type CheckStart = 'started' | 'inactive';

/** The update machinery as the core sees it; the Electron adapter wraps electron-updater's `autoUpdater`. */
export interface UpdaterPort {
  /** This app's version (package.json `version`). */
  readonly currentVersion: string;
  readonly installKind: InstallKind;
  readonly platform: NodeJS.Platform;
  /**
   * Asks the feed for a newer version; with `download`, fetches it in the background. Results arrive
   * as events; the promise settles when the check does and never rejects (failures are `error` events).
   */
  check(options: { download: boolean }): Promise<CheckStart>;
  /** Quits and installs the downloaded update (only after `downloaded`). */
  quitAndInstall(): void;
  /** Registers `listener` for every event; returns a function that unregisters it. */
  subscribe(listener: (event: UpdaterEvent) => void): () => void;
}

/** Tells AppImage (updated in place) from deb (updated by the package manager) on Linux; other platforms update in place. */
export function installKindOf(platform: NodeJS.Platform, env: NodeJS.ProcessEnv): InstallKind {
  // The AppImage runtime sets APPIMAGE to the image's path; electron-updater relies on it too.
  return platform === 'linux' && !env.APPIMAGE ? 'package-manager' : 'in-place';
}
