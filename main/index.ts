// Composition root: app lifecycle, single-instance lock and wiring. Behaviour lives in main/core.
import { join } from 'node:path';
import { app, session, shell } from 'electron';
import {
  API_KEY_FILE_NAME,
  APP_ORIGIN,
  ApiKeyStore,
  Redactor,
  TrayAppController,
  createIpcHandlers,
  createSenderCheck,
  createTimeFormatter,
  menuAction,
  scriptAccessPathsForThisUser,
  startedHidden,
  type StorageNotice,
  type TrayView,
} from './core';
import { builtPaths, trayIconPath } from './electron/app-paths';
import { handleAppProtocol, registerAppScheme } from './electron/app-protocol';
import { systemClipboard } from './electron/clipboard';
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
import { openWindowPositionStore } from './electron/window-state';

declare const __E2E_HOOKS__: boolean;

/** How often the tray re-renders so its "expires in …" text stays current. */
const TRAY_REFRESH_MS = 60_000;

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
      clipboard: systemClipboard,
      notifier,
      loginItem: createLoginItemControl(),
      shortcut,
      openExternal: (url) => shell.openExternal(url),
      openSettings: () => settingsWindow.show(),
      quit: () => app.quit(),
      formatTime: createTimeFormatter(),
      hideInLogs: (secret) => redactor.register(secret),
      reportError,
    },
  });

  let shownView: TrayView = trayApp.trayView();
  const tray = createTrayController(
    { iconPath: trayIconPath, template: process.platform === 'darwin', onAction: (action) => void trayApp.onAction(action) },
    shownView,
  );
  const renderTray = () => {
    shownView = trayApp.trayView();
    tray.render(shownView);
  };
  trayApp.subscribe(renderTray);
  const trayTimer = setInterval(renderTray, TRAY_REFRESH_MS);

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
    clearInterval(trayTimer);
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
  if (settingsRequested || (!trayApp.signedIn && !startedHidden(process.argv))) settingsWindow.show();
}
