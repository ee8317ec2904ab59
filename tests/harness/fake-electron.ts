// The recording stand-in for the `electron` module, one per process (see tests/README.md).
import { EventEmitter } from 'node:events';
import { FakeApp, type FakeAppOptions } from './fake-app';
import { FakeClipboard, FakeClipboardItem, FakeDialog, FakeGlobalShortcut, FakeNotification, FakeShell } from './fake-desktop';
import { FakeIpcMain } from './fake-ipc-main';
import { FakeSafeStorage, type FakeSafeStorageOptions } from './fake-safe-storage';
import { FakeProtocol, FakeSession } from './fake-session';
import { FakeTray, Menu, nativeImage } from './fake-tray';
import { FakeBrowserWindow, FakeWebContents, screen, webContents } from './fake-window';

/** What a launch sets up: app paths and lock, keychain backend, notification support. */
export interface FakeElectronOptions extends FakeAppOptions {
  safeStorage?: FakeSafeStorageOptions;
  notificationsSupported?: boolean;
  /** macOS: an unsigned build, whose notifications emit `failed` and are never delivered. */
  unsignedBuild?: boolean;
}

/** Whether a window asking for focus gets it now (see `FakeBrowserWindow.focusGranted`). */
function focusGranted(app: FakeApp): boolean {
  if (app.profile === 'macos') return app.active;
  if (app.profile === 'linux-wayland') return FakeBrowserWindow.getFocusedWindow() !== null;
  return true;
}

/** The module's exports (the names main/ imports), plus the session of the current launch. */
function createFakeElectron() {
  let currentSession = new FakeSession();
  const app = new FakeApp();
  return {
    app,
    BrowserWindow: FakeBrowserWindow,
    clipboard: new FakeClipboard(),
    ClipboardItem: FakeClipboardItem,
    dialog: new FakeDialog(() => app.isReady()),
    globalShortcut: new FakeGlobalShortcut(),
    ipcMain: new FakeIpcMain(),
    Menu,
    nativeImage,
    Notification: FakeNotification,
    powerMonitor: new EventEmitter(),
    protocol: new FakeProtocol(),
    safeStorage: new FakeSafeStorage(),
    screen,
    session: {
      get defaultSession(): FakeSession {
        return currentSession;
      },
    },
    shell: new FakeShell(),
    Tray: FakeTray,
    webContents,
    /** Forgets every record and listener of a previous launch; keeps the keychain's keys. */
    reset(options: FakeElectronOptions): void {
      this.app.reset(options);
      const profile = this.app.profile;
      this.clipboard.reset();
      this.dialog.reset();
      this.clipboard.dropsUnfocusedWrites = profile === 'linux-wayland';
      this.clipboard.hasFocus = () => FakeBrowserWindow.getFocusedWindow() !== null;
      this.globalShortcut.reset(profile === 'linux-wayland');
      this.ipcMain.reset();
      this.powerMonitor.removeAllListeners();
      this.protocol.reset();
      this.safeStorage.reset(options.safeStorage, profile);
      this.shell.reset();
      currentSession = new FakeSession();
      FakeNotification.resetFor(
        { actionCenter: profile === 'windows', failsUnsigned: profile === 'macos' && options.unsignedBuild === true },
        options.notificationsSupported ?? true,
      );
      FakeTray.instances = [];
      FakeTray.profile = profile;
      FakeBrowserWindow.instances = [];
      FakeBrowserWindow.focusGranted = () => focusGranted(this.app);
      FakeBrowserWindow.onUserActivation = () => (this.app.active = true);
      FakeWebContents.sent = [];
    },
  };
}

/** The stand-in's type: what tests reach through `electron`. */
export type FakeElectron = ReturnType<typeof createFakeElectron>;

/** Where the process-wide stand-in lives, so the Node-level hook (node-electron-hook.ts) finds the same one. */
export const FAKE_ELECTRON_KEY = Symbol.for('patchworks-token-tray.fake-electron');

const holder = globalThis as { [FAKE_ELECTRON_KEY]?: FakeElectron };

/** The stand-in every `electron` import in this test process gets. */
export const electron: FakeElectron = (holder[FAKE_ELECTRON_KEY] ??= createFakeElectron());
