// Composition root: app lifecycle, single-instance lock and wiring. Behaviour lives in main/core.
import { join } from 'node:path';
import { app, session, shell } from 'electron';
import {
  API_KEY_FILE_NAME,
  APP_ORIGIN,
  ApiKeyStore,
  Redactor,
  TrayAppController,
  TrayRefresher,
  opensWindowAtLaunch,
  removeAppDataFiles,
  trayMissingMessage,
  createIpcHandlers,
  createSenderCheck,
  createTimeFormatter,
  menuAction,
  scriptAccessPathsForThisUser,
  startedHidden,
  type StorageNotice,
  type TrayView,
} from './core';
import { collectAboutInfo } from './electron/about-info';
import { builtPaths, trayIconPath } from './electron/app-paths';
import { handleAppProtocol, registerAppScheme } from './electron/app-protocol';
import { systemClipboard } from './electron/clipboard';
import { concealedClipboard } from './electron/concealed-clipboard';
import { CopyShortcut } from './electron/global-shortcut';
import { registerIpcHandlers, sendStatus } from './electron/ipc';
import { setUpLogging } from './electron/logger';
import { createLoginItemControl } from './electron/login-item';
import { createNotificationPresenter } from './electron/notifications';
import { onWake } from './electron/power-events';
import { createSafeStorageCipher } from './electron/safe-storage-cipher';
import { openAppVaults } from './electron/secrets-store';
import { createSettingsWindow, denyAllPermissions } from './electron/settings-window';
import { openAppSettings } from './electron/settings-store';
import { createTrayController } from './electron/tray';
import { detectTrayHost } from './electron/tray-host';
import { openWindowPositionStore } from './electron/window-state';

declare const __E2E_HOOKS__: boolean;

if (__E2E_HOOKS__) (await import('./electron/e2e-hooks')).useE2eUserData();
registerAppScheme();

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
  void app.whenReady().then(launch);
} else {
  app.quit();
}

async function launch(): Promise<void> {
  const redactor = new Redactor();
  const log = setUpLogging({ logsDir: app.getPath('logs'), redactor });
  app.dock?.hide();

  const paths = builtPaths(import.meta.dirname);
  const appSession = session.defaultSession;
  denyAllPermissions(appSession);
  handleAppProtocol(appSession, paths.renderer);

  const trayMissing = trayMissingMessage(process.platform, await detectTrayHost());
  if (trayMissing) log.warn(trayMissing);
  const openedSettings = openAppSettings();
  const vaults = await openAppVaults(openedSettings.store.get());
  const notices = [openedSettings.notice].filter((n): n is StorageNotice => n !== undefined);

  const windowPosition = openWindowPositionStore();
  const settingsWindow = createSettingsWindow({
    preloadPath: paths.preload,
    session: appSession,
    getPosition: () => windowPosition.get(),
    setPosition: (position) => windowPosition.set(position),
    onOpen: (contents) => trayApp.subscribe((snapshot) => sendStatus(contents, snapshot)),
  });
  const reportError = (error: unknown) => log.error(error);
  const notifier = createNotificationPresenter(
    (notification) => void trayApp.onAction(notification.action),
    reportError,
  );
  const shortcut = new CopyShortcut(() => void trayApp.onAction({ kind: 'copy-token', format: 'token' }));

  const { socketPath, secretFilePath } = scriptAccessPathsForThisUser();
  const trayApp = new TrayAppController({
    settings: openedSettings.store,
    vaults,
    notices,
    scriptAccess: { socketPath, secretFilePath, log: (line) => log.warn(line) },
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
      clipboard: concealedClipboard(systemClipboard),
      notifier,
      loginItem: createLoginItemControl(),
      shortcut,
      openExternal: (url) => shell.openExternal(url),
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
    },
  });

  let shownView: TrayView = trayApp.trayView();
  const tray = createTrayController(
    { iconPath: trayIconPath, template: process.platform === 'darwin', onAction: (action) => void trayApp.onAction(action) },
    shownView,
  );
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
  trayApp.subscribe(() => trayRefresher.update());
  trayRefresher.update();

  registerIpcHandlers(
    createIpcHandlers(trayApp, createSenderCheck({ isKnownWindow: settingsWindow.isKnownWindow, appOrigin: APP_ORIGIN }), {
      onUnexpectedError: (method, error) => log.error(`IPC ${method} failed`, error),
    }),
  );
  onWake((reason) => {
    log.info(`Woke up (${reason}); re-checking the token`);
    trayApp.resync();
  });
  showSettings = () => settingsWindow.show();
  app.on('activate', () => settingsWindow.show());

  let disposed = false;
  app.on('before-quit', (event) => {
    if (disposed) return;
    event.preventDefault();
    trayRefresher.stop();
    void trayApp.dispose().finally(() => {
      disposed = true;
      tray.destroy();
      app.quit();
    });
  });

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
