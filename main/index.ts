// Composition root: app lifecycle, single-instance lock and wiring. Behaviour lives in main/core.
import { join } from 'node:path';
import { app, session, shell } from 'electron';
import type { MainLogger } from 'electron-log';
import {
  API_KEY_FILE_NAME,
  APP_ID,
  ApiKeyStore,
  GLOBAL_SHORTCUTS_PORTAL_FEATURES,
  Redactor,
  TrayAppController,
  TrayRefresher,
  allowListedOpener,
  opensWindowAtLaunch,
  removeAppDataFiles,
  trayMissingMessage,
  createIpcHandlers,
  createSenderCheck,
  createTimeFormatter,
  menuAction,
  scriptAccessPathsForThisUser,
  settingsPageSource,
  startedHidden,
  trayLeftClick,
  unlockingTrayView,
  withFeatures,
  type StorageNotice,
  type TrayView,
  type UserAction,
} from './core';
import { collectAboutInfo } from './electron/about-info';
import { builtPaths, trayIconPath } from './electron/app-paths';
import { handleAppProtocol, registerAppScheme } from './electron/app-protocol';
import { chooseCertificateFile } from './electron/certificate-file-dialog';
import { systemClipboard } from './electron/clipboard';
import { createCliToolPort } from './electron/cli-tool';
import { concealedClipboard } from './electron/concealed-clipboard';
import { CopyShortcut } from './electron/global-shortcut';
import { registerIpcHandlers, sendStatus } from './electron/ipc';
import { exitAfterLaunchFailure } from './electron/launch-failure';
import { setUpLogging } from './electron/logger';
import { createLoginItemControl } from './electron/login-item';
import { createNotificationPresenter } from './electron/notifications';
import { onWake } from './electron/power-events';
import { createSafeStorageCipher } from './electron/safe-storage-cipher';
import { nodePlatform } from './electron/node-platform';
import { createPlatformClipboard } from './electron/platform-clipboard';
import { hostPlatform } from './electron/platform';
import { openAppVaults } from './electron/secrets-store';
import { createSettingsWindow, denyAllPermissions } from './electron/settings-window';
import { openAppSettings } from './electron/settings-store';
import { createTrayController } from './electron/tray';
import { detectTrayHost } from './electron/tray-host';
import { createUpdater } from './electron/updater';
import { openWindowPositionStore } from './electron/window-state';

declare const __E2E_HOOKS__: boolean;

if (__E2E_HOOKS__) (await import('./electron/e2e-hooks')).useE2eUserData();
registerAppScheme();

const platform = hostPlatform();
// Wayland: global shortcuts go through the XDG GlobalShortcuts portal (a feature switch, read after JS starts).
if (platform === 'linux-wayland') {
  app.commandLine.appendSwitch('enable-features', withFeatures(app.commandLine.getSwitchValue('enable-features'), GLOBAL_SHORTCUTS_PORTAL_FEATURES));
}
// Windows: toasts and their Action-Center clicks belong to the AppUserModelID the NSIS shortcut carries.
if (platform === 'windows') app.setAppUserModelId(APP_ID);

/**
 * What a second launch asks for: the settings window. Registered before anything slow (the keychain,
 * the vaults) so a second launch during startup is not lost; until `launch()` can show the window it
 * only remembers the request.
 */
let settingsRequested = false;
let showSettings: () => void = () => {
  settingsRequested = true;
};

if (app.requestSingleInstanceLock()) {
  app.on('second-instance', () => showSettings());
  app.on('window-all-closed', () => {
    // A tray app keeps running with no window open.
  });
  void app.whenReady().then(launchOrExit);
} else {
  app.quit();
}

/** Runs `launch()`; if anything in it fails, says so in an error box, logs it and exits non-zero. */
async function launchOrExit(): Promise<void> {
  let log: MainLogger | undefined;
  try {
    const redactor = new Redactor();
    log = setUpLogging({ logsDir: app.getPath('logs'), redactor });
    await launch(log, redactor);
  } catch (error) {
    exitAfterLaunchFailure(error, log);
  }
}

async function launch(log: MainLogger, redactor: Redactor): Promise<void> {
  app.dock?.hide();

  const paths = builtPaths(import.meta.dirname);
  const appSession = session.defaultSession;
  denyAllPermissions(appSession);
  handleAppProtocol(appSession, paths.renderer);

  // The tray comes first: opening the vaults may wait on a keychain prompt, and Quit must work meanwhile.
  // Filled in once the vaults are open; until then the tray offers Quit only.
  const started: { controller?: TrayAppController; trayRefresher?: TrayRefresher } = {};
  let shownView: TrayView = unlockingTrayView();
  const onTrayAction = (action: UserAction) => {
    if (started.controller) void started.controller.onAction(action);
    else if (action.kind === 'quit') app.quit();
  };
  const tray = createTrayController(
    {
      iconPath: trayIconPath,
      template: platform === 'macos',
      leftClick: trayLeftClick(platform),
      onAction: onTrayAction,
      onMenuOpen: () => void started.controller?.retryKeychain(),
    },
    shownView,
  );
  let quitting = false;
  let disposed = false;
  /** Stops the app's work and waits for its writes; quitting (or installing an update) follows. */
  const shutDown = async (): Promise<void> => {
    started.trayRefresher?.stop();
    try {
      await started.controller?.dispose();
    } finally {
      if (!disposed) tray.destroy();
      disposed = true;
    }
  };
  app.on('before-quit', (event) => {
    quitting = true;
    if (disposed) return;
    if (!started.controller) {
      started.trayRefresher?.stop();
      disposed = true;
      tray.destroy();
      return;
    }
    event.preventDefault();
    void shutDown().finally(() => app.quit());
  });

  const trayMissing = trayMissingMessage(nodePlatform(), await detectTrayHost());
  if (trayMissing) log.warn(trayMissing);
  const openedSettings = openAppSettings();
  const vaults = await openAppVaults(openedSettings.store.get());
  if (quitting) return;
  const notices = [openedSettings.notice].filter((n): n is StorageNotice => n !== undefined);

  const openExternal = allowListedOpener((url) => shell.openExternal(url));
  const windowPosition = openWindowPositionStore();
  // app:// in production; electron-vite's dev server (hot reload) only in development.
  const page = settingsPageSource({ isPackaged: app.isPackaged, env: process.env });
  if (page.devServer) log.info(`Settings page from the dev server at ${page.origin}`);
  const settingsWindow = createSettingsWindow({
    pageUrl: page.url,
    preloadPath: paths.preload,
    session: appSession,
    getPosition: () => windowPosition.get(),
    setPosition: (position) => windowPosition.set(position),
    onOpen: (contents) => trayApp.subscribe((snapshot) => sendStatus(contents, snapshot)),
    openExternal,
    ...(platform === 'macos' && { activateApp: () => app.focus({ steal: true }) }),
  });
  const reportError = (error: unknown) => log.error(error);
  const notifier = createNotificationPresenter({
    onAction: (action) => void trayApp.onAction(action),
    onError: reportError,
    onFailed: (error) => trayApp.notificationFailed(error),
  });
  const shortcut = new CopyShortcut(() => void trayApp.onAction({ kind: 'copy-token', format: 'token' }), platform);

  const feedUrl = __E2E_HOOKS__ ? (await import('./electron/e2e-hooks')).e2eUpdateFeed() : undefined;
  const updater = createUpdater({ logger: log, prepareToQuit: () => shutDown(), ...(feedUrl && { feedUrl }) });
  const { socketPath, secretFilePath, offMarkerPath } = scriptAccessPathsForThisUser();
  const trayApp = new TrayAppController({
    settings: openedSettings.store,
    vaults,
    notices,
    updates: { updater, log: (line) => log.warn(line) },
    scriptAccess: { socketPath, secretFilePath, offMarkerPath, log: (line) => log.warn(line) },
    apiClients: {
      keys: new ApiKeyStore({
        path: join(app.getPath('userData'), API_KEY_FILE_NAME),
        cipher: createSafeStorageCipher(),
        persistence: vaults.keyring.persistence,
        onError: reportError,
        hideInLogs: (secret) => redactor.register(secret),
      }),
      log: (line) => log.warn(line),
    },
    ports: {
      clipboard: createPlatformClipboard(platform, concealedClipboard(systemClipboard)),
      notifier,
      loginItem: createLoginItemControl(platform),
      shortcut,
      cliTool: createCliToolPort(reportError),
      openExternal,
      openSettings: () => settingsWindow.show(),
      quit: () => app.quit(),
      formatTime: createTimeFormatter(),
      about: collectAboutInfo(trayMissing),
      openLogsFolder: async () => {
        const failure = await shell.openPath(app.getPath('logs'));
        if (failure !== '') throw new Error(`Could not open the logs folder: ${failure}`);
      },
      removeAppData: async () => {
        windowPosition.forget();
        settingsWindow.close();
        await removeAppDataFiles(app.getPath('userData'));
      },
      hideInLogs: (secret) => redactor.register(secret),
      reportError,
      logWarning: (message, error) => log.warn(message, ...(error === undefined ? [] : [error])),
      resolveProxy: (url) => appSession.resolveProxy(url),
      chooseCertificateFile,
    },
  });
  started.controller = trayApp;

  // The tray re-renders when its text changes: on state changes, and by one timer armed for the next countdown step.
  const trayRefresher = new TrayRefresher({
    view: (now) => trayApp.trayView(now),
    changesAt: (now) => trayApp.trayChangesAt(now),
    show: (view) => {
      shownView = view;
      tray.render(view);
    },
    initial: shownView,
  });
  started.trayRefresher = trayRefresher;
  trayApp.subscribe(() => trayRefresher.update());
  trayRefresher.update();

  registerIpcHandlers(
    createIpcHandlers(trayApp, createSenderCheck({ isKnownWindow: settingsWindow.isKnownWindow, appOrigin: page.origin }), {
      onUnexpectedError: (method, error) => log.error(`IPC ${method} failed`, error),
    }),
  );
  onWake((reason) => {
    log.info(`Woke up (${reason}); re-checking the token`);
    trayApp.resync();
    void trayApp.retryKeychain();
  });
  showSettings = () => {
    settingsWindow.show();
    void trayApp.settingsOpened();
  };
  app.on('activate', () => showSettings());

  if (__E2E_HOOKS__) {
    (await import('./electron/e2e-hooks')).installTrayHook({
      view: () => shownView,
      click: async (id) => {
        const action = menuAction(shownView.items, id);
        if (action) await trayApp.onAction(action);
      },
    });
  }
  await trayApp.start();
  const opensWindow = opensWindowAtLaunch({
    requested: settingsRequested,
    signedIn: trayApp.signedIn,
    startedHidden: startedHidden(process.argv),
    trayMissing: trayMissing !== undefined,
  });
  if (opensWindow) settingsWindow.show();
}
