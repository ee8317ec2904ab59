// The recording stand-in for electron-updater's `autoUpdater` (see tests/README.md).
import { EventEmitter } from 'node:events';
import type { AppUpdater, Logger, UpdateCheckResult, UpdateInfo } from 'electron-updater';
import { electron } from './fake-electron';

interface Deferred<T> {
  promise: Promise<T>;
  resolve(value: T): void;
  reject(error: Error): void;
}

function deferred<T>(): Deferred<T> {
  let resolve: (value: T) => void = () => undefined;
  let reject: (error: Error) => void = () => undefined;
  const promise = new Promise<T>((yes, no) => {
    resolve = yes;
    reject = no;
  });
  return { promise, resolve, reject };
}

function updateInfo(version: string): UpdateInfo {
  return { version, files: [], path: '', sha512: '', releaseDate: '2026-11-29T00:00:00.000Z' };
}

/** `a` newer than `b`, for plain `x.y.z` versions (what the harness uses). */
function isNewer(a: string, b: string): boolean {
  const [x, y] = [a, b].map((v) => v.split('.').map(Number));
  for (let i = 0; i < 3; i += 1) {
    const diff = (x?.[i] ?? 0) - (y?.[i] ?? 0);
    if (diff !== 0) return diff > 0;
  }
  return false;
}

/**
 * Behaves as electron-updater 6 documents and does (AppUpdater/BaseUpdater): inactive (no event, `null`)
 * unless the test makes it active, as an unpackaged app is; one check at a time (a second call shares
 * it); `checking-for-update` at once, then the test answers; with `autoDownload` the download starts at
 * `update-available` and the test finishes or fails it; a failure is emitted as `error` *and* rejects;
 * `quitAndInstall()` without a download emits `error`, a second call is ignored, otherwise it quits
 * the app on the next turn. Records every call.
 */
export class FakeAutoUpdater
  extends EventEmitter
  implements Pick<AppUpdater, 'checkForUpdates' | 'isUpdaterActive' | 'quitAndInstall' | 'setFeedURL' | 'autoDownload' | 'autoInstallOnAppQuit'>
{
  /** What `isUpdaterActive()` answers: false in an unpackaged app (and outside an AppImage on Linux). */
  active = false;
  autoDownload = true;
  autoInstallOnAppQuit = true;
  logger: Logger | null = null;
  /** Each call's name, in order (`checkForUpdates`, `quitAndInstall`, `setFeedURL`). */
  calls: string[] = [];
  /** The version `quitAndInstall()` handed to the installer, once. */
  installed: string | undefined;
  #check: Deferred<UpdateCheckResult | null> | undefined;
  #download: { version: string; done: Deferred<string[]> } | undefined;
  #downloaded: string | undefined;

  /** Forgets every record, listener and pending promise (each launch). */
  reset(): void {
    this.removeAllListeners();
    Object.assign(this, { active: false, autoDownload: true, autoInstallOnAppQuit: true, logger: null, calls: [], installed: undefined });
    this.#check = undefined;
    this.#download = undefined;
    this.#downloaded = undefined;
  }

  /** True while a check waits for the test's answer. */
  get checking(): boolean {
    return this.#check !== undefined;
  }

  isUpdaterActive(): boolean {
    return this.active;
  }

  setFeedURL(options: Parameters<AppUpdater['setFeedURL']>[0]): void {
    this.calls.push('setFeedURL');
    void options;
  }

  checkForUpdates(): Promise<UpdateCheckResult | null> {
    this.calls.push('checkForUpdates');
    if (!this.active) return Promise.resolve(null);
    if (this.#check) return this.#check.promise;
    this.#check = deferred();
    this.emit('checking-for-update');
    return this.#check.promise;
  }

  /** The feed answers with `version`: newer → `update-available` (and the download starts), else `update-not-available`. */
  answer(version: string): void {
    const check = this.#takeCheck();
    const info = updateInfo(version);
    if (!isNewer(version, electron.app.getVersion())) {
      this.emit('update-not-available', info);
      check.resolve({ isUpdateAvailable: false, updateInfo: info, versionInfo: info });
      return;
    }
    this.emit('update-available', info);
    let downloadPromise: Promise<string[]> | null = null;
    if (this.autoDownload) {
      this.#download = { version, done: deferred() };
      downloadPromise = this.#download.done.promise;
    }
    check.resolve({ isUpdateAvailable: true, updateInfo: info, versionInfo: info, downloadPromise });
  }

  /** The check fails (offline, 404, …): `error`, then the check's promise rejects. */
  failCheck(error: Error): void {
    const check = this.#takeCheck();
    this.emit('error', error, error.stack ?? error.message);
    check.reject(error);
  }

  /** The running download reports progress. */
  progress(percent: number): void {
    if (!this.#download) throw new Error('No download is running');
    this.emit('download-progress', { percent, total: 100, delta: 0, transferred: percent, bytesPerSecond: 0 });
  }

  /** The running download completes: `update-downloaded`. */
  finishDownload(): void {
    const download = this.#takeDownload();
    this.#downloaded = download.version;
    this.emit('update-downloaded', { ...updateInfo(download.version), downloadedFile: `/tmp/update-${download.version}` });
    download.done.resolve([`/tmp/update-${download.version}`]);
  }

  /** The running download fails (bad signature, checksum, …): `error`, then its promise rejects. */
  failDownload(error: Error): void {
    const download = this.#takeDownload();
    this.emit('error', error, error.stack ?? error.message);
    download.done.reject(error);
  }

  quitAndInstall(): void {
    this.calls.push('quitAndInstall');
    if (this.installed !== undefined) return;
    if (this.#downloaded === undefined) {
      this.emit('error', new Error("No update filepath provided, can't quit and install"));
      return;
    }
    this.installed = this.#downloaded;
    setImmediate(() => electron.app.quit());
  }

  #takeCheck(): Deferred<UpdateCheckResult | null> {
    const check = this.#check;
    if (!check) throw new Error('No update check is waiting for an answer');
    this.#check = undefined;
    return check;
  }

  #takeDownload(): { version: string; done: Deferred<string[]> } {
    const download = this.#download;
    if (!download) throw new Error('No download is running');
    this.#download = undefined;
    return download;
  }
}

const UPDATER_KEY = Symbol.for('patchworks-token-tray.fake-auto-updater');
const holder = globalThis as { [UPDATER_KEY]?: FakeAutoUpdater };

/** The stand-in every `electron-updater` import in this test process gets (as `autoUpdater`). */
export const autoUpdater: FakeAutoUpdater = (holder[UPDATER_KEY] ??= new FakeAutoUpdater());
