// The core's public surface (see DESIGN.md). Other layers, tests and tools import from here.

// Login client and token keeper
export type { IssuedToken } from './issued-token';
export { login, DEFAULT_LOGIN_TIMEOUT_MS } from './login/login';
export type { LoginRequest } from './login/login';
export { LoginError } from './login/login-error';
export type { LoginErrorKind, LoginErrorDetails } from './login/login-error';
export { TokenKeeper } from './keeper/token-keeper';
export type { TokenKeeperOptions } from './keeper/token-keeper';
export type { KeeperState, KeeperStatus, KeeperListener } from './keeper/keeper-state';

// The app controller and its profiles
export { TrayAppController } from './app/tray-app-controller';
export type { ApiClientsOptions, ScriptAccessOptions, TrayAppControllerOptions } from './app/tray-app-controller';
export { ProfileSession } from './app/profile-session';
export type { ProfileSessionOptions } from './app/profile-session';
export type { AppPorts, LoginItemPort, NotifierPort, ShortcutPort, ShownNotification } from './app/app-ports';

// Tray menu model
export type { KeeperView, TimeFormatter } from './tray/keeper-view';
export { hasUsableToken } from './tray/keeper-view';
export { createTimeFormatter, formatDuration } from './tray/format-time';
export type { TimeFormatOptions } from './tray/format-time';
export type { TrayInput } from './tray/tray-input';
export { statusLine, trayTooltip } from './tray/status-line';
export { trayIconState, TRAY_ICON_STATES } from './tray/tray-icon';
export type { TrayIconState } from './tray/tray-icon';
export { buildTrayMenu, buildTrayView, parseMenuItemId } from './tray/menu-model';
export type {
  ParsedMenuItemId,
  ProfileMenuAction,
  ProfileMenuInput,
  TrayMenuItem,
  TrayMenuItemId,
  TrayMenuInput,
  TrayMenuKey,
  TrayView,
} from './tray/menu-model';

// Notifications
export { planNotifications, MAX_CHECK_INTERVAL_MS } from './notify/notification-planner';
export type {
  CopiedToken,
  NotificationAction,
  NotificationKind,
  NotificationPlan,
  NotificationPlanInput,
  PlannedNotification,
} from './notify/notification-planner';
export { NotificationScheduler } from './notify/notification-scheduler';
export type { NotificationSchedulerOptions, NotificationSettings } from './notify/notification-scheduler';
export { fingerprint } from './notify/token-fingerprint';
export { titleForProfile } from './notify/profile-title';

// Clipboard, logging, start at login
export { ClipboardGuard, stillHolds } from './clipboard/clipboard-guard';
export type { ClipboardPort } from './clipboard/clipboard-guard';
export { textToCopy } from './clipboard/copy-text';
export type { CopyKind } from './clipboard/copy-text';
export { Redactor, REDACTED, redactTokenShapes } from './log/redact';
export type { LogMessageLike } from './log/redact';
export { desktopEntry, entryStartsApp, parseDesktopEntry, quoteExecArg } from './autostart/desktop-entry';
export type { LaunchCommand } from './autostart/desktop-entry';
export { XdgAutostart, xdgAutostartPath, AUTOSTART_FILE_NAME } from './autostart/xdg-autostart';
export { HIDDEN_FLAG, startedHidden } from './autostart/launch-flags';

// IPC (settings window), storage (vault, settings), script access (patchworks-token) and API clients (Postman…)
export * from './ipc';
export * from './storage';
export * from './script-access';
export * from './api-clients';
