// Runs the real main/index.ts against the electron stand-in and drives it as a user and a page would.
import { vi } from 'vitest';
import {
  INVOKE_CHANNELS,
  type InvokeMethod,
  type InvokeRequests,
  type InvokeResponses,
  type IpcResult,
  type StatusSnapshot,
} from '../../common/ipc-contract';
import { DEMO_ACCOUNT, type MockServer } from '../mock-server';
import type { AppDirs } from './app-dirs';
import { electron, type FakeElectronOptions } from './fake-electron';
import type { FakeSender } from './fake-ipc-main';
import { displayedLabel, type FakeMenu, type FakeTray } from './fake-tray';
import { autoUpdater } from './fake-updater';
import type { FakeBrowserWindow } from './fake-window';
import { routeNodeElectronToStandIn } from './node-electron-hook';
import { DEFAULT_PROFILE, nodePlatformOf, sessionEnvOf } from './platform-profile';
import { desktopToolsDir } from './desktop-tools';
import { until } from './until';

routeNodeElectronToStandIn();

/** How to launch: the folders to use, and how the stand-in behaves (lock, keychain, notifications). */
export interface LaunchOptions extends Omit<FakeElectronOptions, 'paths'> {
  dirs: AppDirs;
  /** Runs after main/index.ts loaded and before the app is ready (e.g. to emit an early event). */
  beforeReady?: () => void;
  /** Whether electron-updater is active (a packaged build; on Linux an AppImage); false by default. */
  updaterActive?: boolean;
  /**
   * A keychain prompt is open when the app starts (`safeStorage.showPrompt()`): the launch resolves as
   * soon as the tray exists instead of waiting for `launch()`, which waits for the user's answer.
   */
  keychainPrompt?: boolean;
}

/**
 * Launches the app: resets the stand-in, imports a fresh main/index.ts (its top-level code runs),
 * makes the app ready and waits for everything main chained onto `whenReady()` (its `launch()`).
 * A launch that throws rejects here.
 */
export async function launchApp(options: LaunchOptions): Promise<RunningApp> {
  const { dirs, beforeReady, keychainPrompt, updaterActive, ...behaviour } = options;
  electron.reset({
    ...behaviour,
    paths: {
      userData: dirs.userData,
      logs: dirs.logs,
      appData: dirs.root,
      home: dirs.root,
      temp: dirs.root,
      exe: '/opt/patchworks-token-tray/patchworks-token-tray',
    },
  });
  vi.stubGlobal('__E2E_HOOKS__', false);
  vi.stubEnv('XDG_CONFIG_HOME', dirs.configHome);
  const profile = behaviour.platform ?? DEFAULT_PROFILE;
  for (const [name, value] of Object.entries(sessionEnvOf(profile))) vi.stubEnv(name, value);
  // The app finds desktop tools (wl-copy) on PATH: only those a test installed (desktop-tools.ts).
  if (profile === 'linux-wayland') vi.stubEnv('PATH', await desktopToolsDir(dirs));
  vi.doMock('electron', () => electron);
  vi.doMock('../../main/electron/node-platform', () => ({ nodePlatform: () => nodePlatformOf(profile) }));
  autoUpdater.reset();
  autoUpdater.active = updaterActive ?? false;
  vi.doMock('electron-updater', () => ({ default: { autoUpdater }, autoUpdater }));
  vi.resetModules();
  await import('../../main/index');
  beforeReady?.();
  if (keychainPrompt) electron.safeStorage.showPrompt();
  electron.app.markReady();
  if (keychainPrompt) await until(() => electron.Tray.instances.length > 0, 'the tray while the keychain prompt waits');
  else await Promise.all(electron.app.readyChains);
  return new RunningApp(dirs);
}

/**
 * The sign-in the harness does through the settings window: the demo account on the stand-in server,
 * as a new profile named "demo" unless `overrides` say otherwise (e.g. the `profileId` to sign in again).
 */
export function demoSignIn(server: MockServer, overrides: Partial<InvokeRequests['signIn']> = {}): InvokeRequests['signIn'] {
  return { profileId: null, name: 'demo', ...DEMO_ACCOUNT, environment: 'custom', customBaseUrl: server.url, ...overrides };
}

/** A launched app, seen through the stand-in. */
export class RunningApp {
  constructor(readonly dirs: AppDirs) {}

  /** The one tray icon the app created (throws if there is not exactly one). */
  get tray(): FakeTray {
    const trays = electron.Tray.instances;
    if (trays.length !== 1) throw new Error(`Expected one tray, found ${trays.length}`);
    return trays[0] as FakeTray;
  }

  /** The tray's current context menu. */
  get menu(): FakeMenu {
    const menu = this.tray.menu;
    if (!menu) throw new Error('The tray has no context menu');
    return menu;
  }

  /**
   * The label a menu item of the tray's current menu shows (`copy-token`, or `copy-token@<profileId>` in a
   * submenu), after Electron's mnemonic handling (`&` hidden, `&&` drawn as `&`).
   */
  menuLabel(id: string): string {
    return displayedLabel(String(this.menu.item(id).label));
  }

  /** Whether a menu item of the current menu is enabled. */
  menuEnabled(id: string): boolean {
    return this.menu.item(id).enabled !== false;
  }

  /** Clicks a menu item as the user would; throws if it is disabled. */
  click(id: string): void {
    if (!this.menu.click(id)) throw new Error(`The menu item "${id}" is disabled`);
  }

  /** The settings window if one is open. */
  get settingsWindow(): FakeBrowserWindow | undefined {
    return electron.BrowserWindow.getAllWindows()[0];
  }

  /** The open settings window's page, as a trusted sender (its webContents and its loaded URL). */
  trustedSender(): FakeSender {
    const window = this.settingsWindow;
    if (!window) throw new Error('The settings window is not open');
    return { webContentsId: window.webContents.id, frameUrl: window.webContents.getURL() };
  }

  /** Calls a request channel as the preload would, from `sender` (the settings page by default). */
  invoke<M extends InvokeMethod>(
    method: M,
    payload: InvokeRequests[M],
    sender: FakeSender = this.trustedSender(),
  ): Promise<IpcResult<InvokeResponses[M]>> {
    return electron.ipcMain.invoke(INVOKE_CHANNELS[method], sender, payload) as Promise<IpcResult<InvokeResponses[M]>>;
  }

  /** Opens settings from the tray when needed and signs in there; fails unless the sign-in succeeds. */
  async signIn(request: InvokeRequests['signIn']): Promise<StatusSnapshot> {
    if (!this.settingsWindow) this.click('settings');
    const result = await this.invoke('signIn', request);
    if (!result.ok) throw new Error(`Sign-in failed: ${result.error.code} ${result.error.message}`);
    return result.value;
  }

  /** The current snapshot, as the page gets it; fails if the request does. */
  async snapshot(): Promise<StatusSnapshot> {
    if (!this.settingsWindow) this.click('settings');
    const result = await this.invoke('getSnapshot', undefined);
    if (!result.ok) throw new Error(`getSnapshot failed: ${result.error.code}`);
    return result.value;
  }

  /** The id of the profile named `name` (case-insensitive), or of the default profile without a name. */
  async profileId(name?: string): Promise<string> {
    const snapshot = await this.snapshot();
    const profile = name === undefined
      ? snapshot.profiles.find((p) => p.isDefault)
      : snapshot.profiles.find((p) => p.name.toLowerCase() === name.toLowerCase());
    if (!profile) throw new Error(`No profile ${name ?? '(default)'}`);
    return profile.id;
  }

  /** Quits as the tray's Quit would (`app.quit()`), and waits until the app really quit. */
  async quit(): Promise<void> {
    electron.app.quit();
    await until(() => electron.app.hasQuit, 'the app to quit');
  }
}

/** After each test: quits an app still running and undoes the launch's stubs. */
export async function shutDownApp(): Promise<void> {
  electron.safeStorage.releaseEncryption();
  electron.safeStorage.answerPrompt();
  if (electron.app.isReady() && !electron.app.hasQuit) {
    electron.app.quit();
    await until(() => electron.app.hasQuit, 'the app to quit');
  }
  vi.unstubAllGlobals();
  vi.unstubAllEnvs();
  vi.doUnmock('electron');
  vi.doUnmock('../../main/electron/node-platform');
  vi.doUnmock('electron-updater');
}

/** Fakes the app's clocks (timeouts, intervals, Date) but not setImmediate or nextTick, so real I/O still runs. */
export function useAppFakeTimers(now: Date): void {
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval', 'Date'], now });
}
