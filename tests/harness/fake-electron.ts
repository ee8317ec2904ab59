// The recording stand-in for the `electron` module, one per process (see tests/README.md).
import { EventEmitter } from 'node:events';
import { FakeApp, type FakeAppOptions } from './fake-app';
import { FakeClipboard, FakeClipboardItem, FakeGlobalShortcut, FakeNotification, FakeShell } from './fake-desktop';
import { FakeIpcMain } from './fake-ipc-main';
import { FakeSafeStorage, type FakeSafeStorageOptions } from './fake-safe-storage';
import { FakeProtocol, FakeSession } from './fake-session';
import { FakeTray, Menu, nativeImage } from './fake-tray';
import { FakeBrowserWindow, FakeWebContents, screen, webContents } from './fake-window';

/** What a launch sets up: app paths and lock, keychain backend, notification support. */
export interface FakeElectronOptions extends FakeAppOptions {
  safeStorage?: FakeSafeStorageOptions;
  notificationsSupported?: boolean;
}

/** The module's exports (the names main/ imports), plus the session of the current launch. */
function createFakeElectron() {
  let currentSession = new FakeSession();
  return {
    app: new FakeApp(),
    BrowserWindow: FakeBrowserWindow,
    clipboard: new FakeClipboard(),
    ClipboardItem: FakeClipboardItem,
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
      this.clipboard.reset();
      this.globalShortcut.reset();
      this.ipcMain.reset();
      this.powerMonitor.removeAllListeners();
      this.protocol.reset();
      this.safeStorage.reset(options.safeStorage);
      this.shell.reset();
      currentSession = new FakeSession();
      FakeNotification.supported = options.notificationsSupported ?? true;
      FakeNotification.shown = [];
      FakeTray.instances = [];
      FakeBrowserWindow.instances = [];
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
