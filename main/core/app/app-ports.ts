import type { AboutInfo } from '../../../common/ipc-contract';
import type { LoginItemState } from '../autostart/login-item-state';
import type { ClipboardPort } from '../clipboard/clipboard-guard';
import type { PlannedNotification } from '../notify/notification-planner';
import type { TimeFormatter } from '../../../common/time-format';
import type { Result } from '../shared/result';
import type { UserAction } from '../shared/user-action';

/** A notification as the platform shows it; a click hands back `action` (for the profile it is about). */
export interface ShownNotification extends Pick<PlannedNotification, 'title' | 'body'> {
  action: UserAction;
}

/** Shows notifications; the Electron adapter wraps `Notification`. */
export interface NotifierPort {
  /** `Notification.isSupported()` on this platform. */
  readonly supported: boolean;
  /** Shows one notification; must not throw. */
  show(notification: ShownNotification): void;
}

/** "Install command-line tool…": puts `patchworks-token` on PATH (see `main/core/cli-link`); the message says where, or why not. */
export interface CliToolPort {
  install(): Promise<{ ok: boolean; message: string }>;
}

/** The OS "start at login" switch; both calls report the real state read back. */
export interface LoginItemPort {
  state(): Promise<LoginItemState>;
  setEnabled(enabled: boolean): Promise<LoginItemState>;
}

/** The global shortcut that copies the token; '' removes it. */
export interface ShortcutPort {
  set(accelerator: string): Result;
  /** False while the desktop may not have bound the current shortcut (Wayland), until a press proves it. */
  isConfirmed(): boolean;
}

/** Everything the app controller needs from the platform, as plain functions (Electron in the app). */
export interface AppPorts {
  clipboard: ClipboardPort;
  notifier: NotifierPort;
  loginItem: LoginItemPort;
  shortcut: ShortcutPort;
  /** Present only where no installer puts `patchworks-token` on PATH (AppImage, macOS). */
  cliTool?: CliToolPort;
  /** Opens an already allow-listed https URL in the browser. */
  openExternal(url: string): Promise<void>;
  /** Shows the settings window (creating it if needed). */
  openSettings(): void;
  /** Quits the app (which then calls the controller's `dispose`). */
  quit(): void;
  formatTime: TimeFormatter;
  /** Versions and desktop facts for About, the first-run panel and diagnostics. */
  about: AboutInfo;
  /** Opens the app's logs folder in the file manager. */
  openLogsFolder(): Promise<void>;
  /**
   * Part of "Reset all data": deletes what the controller does not own — the settings file, the window
   * position, any leftover secrets file — and keeps them from being written again before the app quits.
   */
  removeAppData(): Promise<void>;
  /** Registers a secret the logs must hide; returns a function that forgets it. */
  hideInLogs(secret: string): () => void;
  /** Records an unexpected failure (logged; never shown raw to the user). */
  reportError(error: unknown): void;
  /** Records something worth knowing that is not a failure (a PAC script that failed, say). */
  logWarning(message: string, error?: unknown): void;
  /** The system's proxy for a URL, as Electron's `session.resolveProxy` answers ("PROXY host:port; DIRECT"). */
  resolveProxy: (url: string) => Promise<string>;
  /** Shows the system's open-file dialog for a PEM certificate file; the path, or null when cancelled. */
  chooseCertificateFile(): Promise<string | null>;
}
