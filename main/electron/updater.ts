// electron-updater's autoUpdater behind the core's UpdaterPort; the only file that imports electron-updater.
import { app } from 'electron';
import electronUpdater, { type Logger, type ProgressInfo, type UpdateInfo } from 'electron-updater';
import { installKindOf, type UpdaterEvent, type UpdaterFailure, type UpdaterPort } from '../core';
import { nodePlatform } from './node-platform';

/** What the adapter needs from the rest of main. */
export interface UpdaterOptions {
  /** electron-updater logs every step here (the app's redacted log). */
  logger: Logger;
  /** Runs before the installer takes over: stops the app's work and waits for its writes. */
  prepareToQuit(): Promise<void>;
  /** A generic-provider feed to use instead of the built-in app-update.yml (the test lane only). */
  feedUrl?: string;
}

function failureOf(error: unknown): UpdaterFailure {
  const code = (error as { code?: unknown } | null)?.code;
  const message = error instanceof Error ? error.message : String(error);
  return typeof code === 'string' ? { code, message } : { message };
}

/**
 * Wraps electron-updater's `autoUpdater` (NSIS on Windows, Squirrel.Mac behind a zip on macOS,
 * AppImage or deb on Linux, chosen by electron-updater). It never installs on its own: no install on
 * quit, and downloads only when the core asks for them. Call after `app` is ready.
 */
export function createUpdater(options: UpdaterOptions): UpdaterPort {
  // electron-updater is CommonJS; its named export is a lazy getter that builds the platform's updater.
  const { autoUpdater } = electronUpdater;
  autoUpdater.logger = options.logger;
  autoUpdater.autoDownload = false;
  autoUpdater.autoInstallOnAppQuit = false;
  if (options.feedUrl) autoUpdater.setFeedURL({ provider: 'generic', url: options.feedUrl });
  const listeners = new Set<(event: UpdaterEvent) => void>();
  const emit = (event: UpdaterEvent) => {
    for (const listener of [...listeners]) listener(event);
  };
  autoUpdater.on('checking-for-update', () => emit({ type: 'checking' }));
  autoUpdater.on('update-available', (info: UpdateInfo) => emit({ type: 'available', version: info.version }));
  autoUpdater.on('update-not-available', (info: UpdateInfo) => emit({ type: 'not-available', version: info.version }));
  autoUpdater.on('download-progress', (progress: ProgressInfo) => emit({ type: 'progress', percent: progress.percent }));
  autoUpdater.on('update-downloaded', (info: UpdateInfo) => emit({ type: 'downloaded', version: info.version }));
  autoUpdater.on('error', (error: unknown) => emit({ type: 'error', failure: failureOf(error) }));
  const platform = nodePlatform();
  return {
    currentVersion: app.getVersion(),
    installKind: installKindOf(platform, process.env),
    platform,
    async check({ download }) {
      // False when not packaged, or on Linux outside an AppImage without a package-type file.
      if (!autoUpdater.isUpdaterActive()) return 'inactive';
      autoUpdater.autoDownload = download;
      try {
        const result = await autoUpdater.checkForUpdates();
        // A failed download is also emitted as `error`; the promise must not go unhandled.
        result?.downloadPromise?.catch(() => undefined);
      } catch {
        // Reported through the `error` event.
      }
      return 'started';
    },
    quitAndInstall() {
      void options.prepareToQuit().finally(() => autoUpdater.quitAndInstall());
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => {
        listeners.delete(listener);
      };
    },
  };
}
