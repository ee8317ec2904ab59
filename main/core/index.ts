// What main/index.ts and the Electron adapters in main/electron use of the core; tests import the modules they test.

// The app controller and the ports the Electron adapters implement
export { TrayAppController } from './app/tray-app-controller';
export { LAUNCH_FAILURE_EXIT_CODE, launchFailureMessage } from './app/launch-failure';
export type { UpdatesOptions } from './app/tray-app-controller';
export type { LoginItemPort, NotifierPort, ShortcutPort, ShownNotification } from './app/app-ports';
export { shortcutConfirmedOnRegister } from './app/desktop-notes';
export { activationAction } from './notify/activation-route';
export { loginItemStateOf, type LoginItemState } from './autostart/login-item-state';
export { clipboardRoutes, CopyNotConfirmedError, type ClipboardRoute } from './clipboard/clipboard-route';
export { linuxKeyProviderOf } from './storage/key-provider';
export { allowListedOpener } from './window/external-opener';
export { literalMenuLabel } from './tray/menu-label';
export { trayLeftClick, type TrayLeftClick } from './tray/tray-click';
export { unlockingTrayView } from './tray/menu-model';
export { GLOBAL_SHORTCUTS_PORTAL_FEATURES, withFeatures } from './shared/chromium-features';
export type { ClipboardPort } from './clipboard/clipboard-guard';
export { concealedFormats, osClipboardType } from './clipboard/concealed-formats';
export { removeAppDataFiles } from './app/app-data-files';
export {
  STATUS_NOTIFIER_WATCHER, opensWindowAtLaunch, parseNameHasOwner, trayHint, trayMissingMessage,
} from './app/desktop-facts';
export type { Result } from './shared/result';
export type { UserAction } from './shared/user-action';
export { hostPlatformOf, isLinux } from './shared/host-platform';
export type { HostPlatform } from './shared/host-platform';
export { APP_ID, DESKTOP_FILE_NAME } from './shared/app-id';

// Tray
export { createTimeFormatter } from '../../common/time-format';
export { TrayRefresher } from './tray/tray-refresher';
export { menuAction } from './tray/menu-model';
export type { TrayMenuItem, TrayView } from './tray/menu-model';
export type { TrayIconState } from './tray/tray-icon';

// Logging and start at login
export { Redactor } from './log/redact';
export { XdgAutostart, xdgAutostartPath } from './autostart/xdg-autostart';
export { HIDDEN_FLAG, startedHidden } from './autostart/launch-flags';

// Storage and settings
export { ApiKeyStore, API_KEY_FILE_NAME } from './api-clients/api-key-store';
export { openProfileVaults } from './storage/profile-vaults';
export type { ProfileVaults } from './storage/profile-vaults';
export type { CipherBackend, SecretCipher } from './storage/secret-cipher';
export type { StorageNotice } from './storage/storage-notice';
export { openSettingsStore } from './settings/settings-store';
export type { OpenedSettings } from './settings/settings-store';

// The settings window: its origin, placement and links
export { APP_ORIGIN, APP_RESPONSE_HEADERS, APP_SCHEME, SETTINGS_PAGE_URL, contentTypeFor, resolveAppFile } from './window/app-origin';
export { restorablePosition } from './window/window-placement';
export type { WindowPosition } from './window/window-placement';
export { isAllowedExternalUrl } from './window/doc-links';
export { settingsPageSource } from './window/page-source';

// IPC
export { createIpcHandlers } from './ipc/ipc-handlers';
export type { IpcHandlers } from './ipc/ipc-handlers';
export { createSenderCheck } from './ipc/sender-check';
export type { SenderInfo } from './ipc/sender-check';

// Script access
export { scriptAccessPathsForThisUser } from './script-access/script-access-paths';

// Updates
export { installKindOf } from './updates/updater-port';
export type { UpdaterEvent, UpdaterFailure, UpdaterPort } from './updates/updater-port';
