// The stand-in for Electron's `app`: lifecycle events, paths, the single-instance lock, login items.
import { EventEmitter } from 'node:events';
import { resolve } from 'node:path';
import { FakeBrowserWindow } from './fake-window';
import { DEFAULT_PROFILE, type PlatformProfile } from './platform-profile';

/** An event object a listener may cancel, as Electron passes to `before-quit` and `will-quit`. */
export interface PreventableEvent {
  defaultPrevented: boolean;
  preventDefault(): void;
}

function preventableEvent(): PreventableEvent {
  const event = {
    defaultPrevented: false,
    preventDefault: () => {
      event.defaultPrevented = true;
    },
  };
  return event;
}

/** What a launch configures before main/index.ts runs. */
export interface FakeAppOptions {
  /** Folders `getPath` answers with (at least userData and logs). */
  paths: Record<string, string>;
  /** What `requestSingleInstanceLock()` returns; true by default. */
  singleInstanceLock?: boolean;
  /** The desktop to behave like (default linux-x11). */
  platform?: PlatformProfile;
  /**
   * macOS 13+: a login item the user has not approved in System Settings yet. Electron then reports
   * `status: 'requires-approval'` with `openAtLogin: false` (shell/browser/browser_mac.mm:
   * `settings.open_at_login = status == "enabled"`).
   */
  loginItemNeedsApproval?: boolean;
}

/** `app.commandLine`: the switches main appended (Chromium keeps only the last value of a switch). */
export class FakeCommandLine implements Pick<Electron.CommandLine, 'appendSwitch' | 'getSwitchValue' | 'hasSwitch'> {
  readonly switches = new Map<string, string>();

  appendSwitch(name: string, value = ''): void {
    this.switches.set(name, value);
  }

  getSwitchValue(name: string): string {
    return this.switches.get(name) ?? '';
  }

  hasSwitch(name: string): boolean {
    return this.switches.has(name);
  }
}

/** The repository root: `getAppPath()` in a checkout, where build/tray holds the icons. */
const APP_PATH = resolve(import.meta.dirname, '../..');

/** Records every call; `markReady()` resolves `whenReady()`, `quit()` runs Electron's quit sequence. */
export class FakeApp
  extends EventEmitter
  implements
    Pick<
      Electron.App,
      | 'whenReady'
      | 'isReady'
      | 'requestSingleInstanceLock'
      | 'quit'
      | 'exit'
      | 'getAppPath'
      | 'getVersion'
      | 'getName'
      | 'setLoginItemSettings'
      | 'getLoginItemSettings'
    >
{
  readonly isPackaged = false;
  readonly name = 'Patchworks Token Tray';
  /** Each call's name, in order (`getPath:userData`, `quit`, `requestSingleInstanceLock`, …). */
  calls: string[] = [];
  /** The promises main chained onto `whenReady()`; awaiting them waits for `launch()`. */
  readyChains: Promise<unknown>[] = [];
  /** True once a quit was not prevented and `will-quit`/`quit` were emitted. */
  hasQuit = false;
  /** How many `before-quit` events a listener prevented. */
  preventedQuits = 0;
  /** The code `exit()` was called with; undefined while the app has not exited that way. */
  exitCode: number | undefined;
  /** The `dock` (macOS only in Electron; always present here so a test can see `hide()` was asked). */
  dock = { hidden: false, hide: () => void (this.dock.hidden = true), show: async () => void (this.dock.hidden = false) };
  loginItem: Electron.Settings = { openAtLogin: false };
  commandLine = new FakeCommandLine();
  /** The desktop this launch behaves like. */
  profile: PlatformProfile = DEFAULT_PROFILE;
  /**
   * Whether the app is the active (frontmost) app. A macOS menu-bar app (LSUIElement) starts inactive
   * and `BrowserWindow.focus()` no longer activates it (electron/electron #19920, since PR #16400);
   * only `app.focus({ steal: true })` does (`activateIgnoringOtherApps:`, browser_mac.mm).
   */
  active = true;
  /** The AppUserModelID set, Windows only (undefined until `setAppUserModelId`). */
  appUserModelId: string | undefined;
  /** `app.setAppUserModelId` exists on Windows only (d.ts: @platform win32); elsewhere it is undefined. */
  setAppUserModelId: ((id: string) => void) | undefined;
  #loginItemNeedsApproval = false;
  #paths: Record<string, string> = {};
  #lock = true;
  #ready = false;
  #markReady: () => void = () => undefined;
  #readyPromise: Promise<void> = Promise.resolve();

  /** Clears every record and listener and applies `options`; the app is not ready until `markReady()`. */
  reset(options: FakeAppOptions): void {
    this.removeAllListeners();
    this.calls = [];
    this.readyChains = [];
    this.hasQuit = false;
    this.preventedQuits = 0;
    this.exitCode = undefined;
    this.dock.hidden = false;
    this.loginItem = { openAtLogin: false };
    this.commandLine = new FakeCommandLine();
    this.profile = options.platform ?? DEFAULT_PROFILE;
    this.active = this.profile !== 'macos';
    this.appUserModelId = undefined;
    this.setAppUserModelId =
      this.profile === 'windows'
        ? (id) => {
            this.calls.push('setAppUserModelId');
            this.appUserModelId = id;
          }
        : undefined;
    this.#loginItemNeedsApproval = options.loginItemNeedsApproval ?? false;
    this.#paths = { ...options.paths };
    this.#lock = options.singleInstanceLock ?? true;
    this.#ready = false;
    this.#readyPromise = new Promise((done) => (this.#markReady = done));
  }

  /** Makes the app ready: emits `ready` and resolves `whenReady()`. */
  markReady(): void {
    this.#ready = true;
    this.emit('ready');
    this.#markReady();
  }

  whenReady(): Promise<void> {
    this.calls.push('whenReady');
    const ready = this.#readyPromise.then(() => undefined);
    const then = ready.then.bind(ready);
    const chains = this.readyChains;
    // Keep what main chains on, so the harness can wait for launch() and see its failure.
    ready.then = ((onFulfilled, onRejected) => {
      const chained = then(onFulfilled, onRejected);
      chains.push(chained);
      return chained;
    }) as typeof ready.then;
    return ready;
  }

  isReady(): boolean {
    return this.#ready;
  }

  requestSingleInstanceLock(): boolean {
    this.calls.push('requestSingleInstanceLock');
    return this.#lock;
  }

  /** Electron's order: `before-quit` (preventable), then `will-quit` (preventable), then `quit`. */
  quit(): void {
    this.calls.push('quit');
    if (this.hasQuit) return;
    const beforeQuit = preventableEvent();
    this.emit('before-quit', beforeQuit);
    if (beforeQuit.defaultPrevented) {
      this.preventedQuits += 1;
      return;
    }
    const willQuit = preventableEvent();
    this.emit('will-quit', willQuit);
    if (willQuit.defaultPrevented) return;
    this.hasQuit = true;
    this.emit('quit', preventableEvent(), 0);
  }

  /** Electron exits at once: no `before-quit` or `will-quit`, windows closed without asking. */
  exit(exitCode = 0): void {
    this.calls.push(`exit:${exitCode}`);
    this.exitCode ??= exitCode;
    this.hasQuit = true;
  }

  getPath(name: Parameters<Electron.App['getPath']>[0]): string {
    this.calls.push(`getPath:${name}`);
    const path = this.#paths[name];
    if (path === undefined) throw new Error(`Failed to get '${name}' path`);
    return path;
  }

  setPath(name: string, path: string): void {
    this.calls.push(`setPath:${name}`);
    this.#paths[name] = path;
  }

  getAppPath(): string {
    return APP_PATH;
  }

  getVersion(): string {
    return '0.1.0';
  }

  getName(): string {
    return this.name;
  }

  setLoginItemSettings(settings: Electron.Settings): void {
    this.calls.push('setLoginItemSettings');
    this.loginItem = { ...settings };
  }

  getLoginItemSettings(): Electron.LoginItemSettings {
    this.calls.push('getLoginItemSettings');
    const requested = this.loginItem.openAtLogin ?? false;
    if (this.profile !== 'macos') return { openAtLogin: requested } as Electron.LoginItemSettings;
    const status = !requested ? 'not-registered' : this.#loginItemNeedsApproval ? 'requires-approval' : 'enabled';
    return { openAtLogin: status === 'enabled', status } as Electron.LoginItemSettings;
  }

  /** The user switches to another application: this app is no longer active and its windows lose focus. */
  userSwitchesAway(): void {
    this.active = this.profile !== 'macos';
    for (const window of FakeBrowserWindow.getAllWindows()) window.blur();
  }

  /** The user approves the login item in System Settings → Login Items (macOS). */
  approveLoginItem(): void {
    this.#loginItemNeedsApproval = false;
  }

  /**
   * `app.focus(options)`: on macOS only `{ steal: true }` activates an inactive app, which then gives
   * focus to the window that last asked for it. Elsewhere it asks the window manager (no change here).
   */
  focus(options?: Electron.FocusOptions): void {
    this.calls.push(options?.steal ? 'focus:steal' : 'focus');
    if (this.profile !== 'macos' || !options?.steal) return;
    this.active = true;
    FakeBrowserWindow.focusLastRequested();
  }
}
