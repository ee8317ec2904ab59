import type {
  CopyFormat,
  CopyTokenResult,
  Preferences,
  SignInRequest,
  StatusSnapshot,
} from '../../../common/ipc-contract';
import type { Settings } from '../../../common/settings';
import { ClipboardGuard } from '../clipboard/clipboard-guard';
import { textToCopy } from '../clipboard/copy-text';
import { ControllerError, type AppController } from '../ipc/app-controller';
import { buildStatusSnapshot, preferencesOf, resolveBaseUrl } from '../ipc/status-view';
import type { IssuedToken } from '../issued-token';
import { TokenKeeper } from '../keeper/token-keeper';
import { login } from '../login/login';
import type { NotificationAction } from '../notify/notification-planner';
import { NotificationScheduler } from '../notify/notification-scheduler';
import type { CredentialVault } from '../storage/credential-vault';
import type { SettingsStore } from '../storage/settings-store';
import { SettingsValidationError } from '../storage/settings-validation-error';
import type { StorageNotice } from '../storage/storage-notice';
import { buildTrayView, type TrayMenuItemId, type TrayView } from '../tray/menu-model';
import type { AppPorts } from './app-ports';
import { PendingWork } from './pending-work';

const MINUTE = 60_000;

/** What the controller is built from: opened stores and the platform's ports. */
export interface TrayAppControllerOptions {
  settings: SettingsStore;
  /** A vault whose `load()` has finished. */
  vault: CredentialVault;
  ports: AppPorts;
  /** Notices found while opening the stores (settings recovered, keyring refused, sign in again). */
  notices?: readonly StorageNotice[];
}

/**
 * The app's behaviour, free of Electron: owns the token keeper for the stored account, the
 * notification scheduler and the clipboard guard, and answers the tray menu and the settings
 * window. Secrets stay here; what leaves is a snapshot with a masked token preview.
 */
export class TrayAppController implements AppController {
  readonly #settings: SettingsStore;
  readonly #vault: CredentialVault;
  readonly #ports: AppPorts;
  readonly #keeper: TokenKeeper;
  readonly #notifications: NotificationScheduler;
  readonly #clipboard: ClipboardGuard;
  readonly #listeners = new Set<(snapshot: StatusSnapshot) => void>();
  readonly #pending = new PendingWork();
  #signInAttempt: AbortController | undefined;
  #forgetPassword: () => void = () => undefined;
  #startAtLogin = false;
  #disposed = false;
  #disposing: Promise<void> | undefined;

  constructor(options: TrayAppControllerOptions) {
    this.#settings = options.settings;
    this.#vault = options.vault;
    this.#ports = options.ports;
    const settings = this.#settings.get();
    const stored = this.#vault.token;
    this.#keeper = new TokenKeeper({
      login: (signal) => this.#loginWithStoredAccount(signal),
      refreshLeadMs: settings.refreshLeadMinutes * MINUTE,
      ...(stored && { initialToken: stored }),
    });
    this.#clipboard = new ClipboardGuard(this.#ports.clipboard, (error) => this.#ports.reportError(error));
    this.#notifications = new NotificationScheduler({
      show: (notification) => this.#ports.notifier.show(notification),
      supported: this.#ports.notifier.supported,
      formatTime: this.#ports.formatTime,
      state: this.#keeper.state,
      settings,
    });
    this.#keeper.subscribe((state) => {
      if (state.token && state.token.token !== this.#vault.token?.token) this.#persistToken(state.token);
      this.#notifications.updateState(state);
      this.#publish();
    });
    for (const notice of options.notices ?? []) this.#tell(notice);
  }

  /** Reads the real "start at login" state and, with a stored account, logs in (the launch login). */
  async start(): Promise<void> {
    this.#startAtLogin = await this.#ports.loginItem.isEnabled().catch((error: unknown) => {
      this.#ports.reportError(error);
      return this.#settings.get().startAtLogin;
    });
    this.#applyShortcut(this.#settings.get().globalShortcut);
    const credentials = this.#vault.credentials;
    if (credentials) {
      this.#forgetPassword = this.#ports.hideInLogs(credentials.password);
      this.#keeper.start();
    }
    this.#publish();
  }

  /** True when an account (email and password) is held, on disk or for this session. */
  get signedIn(): boolean {
    return this.#vault.credentials !== undefined;
  }

  getSnapshot(): StatusSnapshot {
    const status = this.#vault.status;
    return buildStatusSnapshot({
      keeper: this.#keeper.state,
      settings: { ...this.#settings.get(), startAtLogin: this.#startAtLogin },
      passwordStored: status.hasCredentials,
      sessionOnly: status.persistence === 'session-only',
    });
  }

  /** What the tray shows now: menu items, tooltip and icon. */
  trayView(now: Date = new Date()): TrayView {
    const settings = this.#settings.get();
    return buildTrayView({
      state: this.#keeper.state,
      email: this.signedIn ? settings.email : '',
      now,
      notifyLeadMs: settings.notifyLeadMinutes * MINUTE,
      formatTime: this.#ports.formatTime,
      startAtLogin: this.#startAtLogin,
    });
  }

  /**
   * Tries the account with one login and keeps it only if Patchworks accepts it: a refused or
   * failed attempt throws `LoginError` and leaves the stored account and its token as they were.
   */
  async signIn(request: SignInRequest): Promise<StatusSnapshot> {
    const stored = this.#vault.credentials;
    const password = request.password !== '' ? request.password : stored?.email === request.email ? stored.password : '';
    if (password === '') {
      throw new ControllerError('invalid-payload', 'Enter the password.', { password: ['Enter the password.'] });
    }
    const account = { environment: request.environment, customBaseUrl: request.customBaseUrl };
    this.#signInAttempt?.abort();
    const attempt = new AbortController();
    this.#signInAttempt = attempt;
    const forgetAttempt = this.#ports.hideInLogs(password);
    let token: IssuedToken;
    try {
      token = await login({ baseUrl: resolveBaseUrl(account), email: request.email, password, signal: attempt.signal });
    } finally {
      forgetAttempt();
      if (this.#signInAttempt === attempt) this.#signInAttempt = undefined;
    }
    this.#settings.update({ ...account, email: request.email });
    this.#forgetPassword();
    this.#forgetPassword = this.#ports.hideInLogs(password);
    await this.#pending.track(this.#vault.saveCredentials({ email: request.email, password }));
    this.#keeper.adopt(token);
    return this.getSnapshot();
  }

  /** Stops refreshing and removes the password and the token from memory and disk; keeps the email. */
  async signOut(): Promise<StatusSnapshot> {
    this.#signInAttempt?.abort();
    this.#keeper.stop();
    await this.#pending.track(this.#vault.signOut());
    this.#forgetPassword();
    this.#forgetPassword = () => undefined;
    this.#publish();
    return this.getSnapshot();
  }

  async refreshNow(): Promise<StatusSnapshot> {
    if (!this.signedIn) throw new ControllerError('not-signed-in', 'Sign in first.');
    if (this.#keeper.state.status === 'stopped' || this.#keeper.state.status === 'idle') this.#keeper.start();
    await this.#keeper.refreshNow();
    const error = this.#keeper.state.lastError;
    if (error) throw error;
    return this.getSnapshot();
  }

  async copyToken(format: CopyFormat): Promise<CopyTokenResult> {
    const state = this.#keeper.state;
    const now = new Date();
    const text = textToCopy(format === 'token' ? 'copy-token' : 'copy-header', state, now);
    if (text === undefined || state.token === undefined) {
      throw new ControllerError('no-token', 'There is no valid token to copy yet.');
    }
    const seconds = this.#settings.get().clipboardClearSeconds;
    await this.#clipboard.copy(text, seconds);
    this.#notifications.noteCopied(state.token);
    return seconds > 0 ? { format, clearsAt: now.getTime() + seconds * 1000 } : { format };
  }

  /**
   * Saves a complete set of preferences. The shortcut is bound first and the file written next, so a
   * refused shortcut or value saves nothing; "start at login" then stores the state the OS reports.
   */
  async savePreferences(preferences: Preferences): Promise<Preferences> {
    const before = this.#settings.get();
    const shortcut = this.#applyShortcut(preferences.globalShortcut);
    if (!shortcut.ok) {
      throw new ControllerError('invalid-payload', shortcut.message, { globalShortcut: [shortcut.message] });
    }
    let saved: Settings;
    try {
      saved = this.#settings.update(preferences);
    } catch (error) {
      this.#applyShortcut(before.globalShortcut);
      if (error instanceof SettingsValidationError) {
        throw new ControllerError('invalid-payload', error.message, error.fieldErrors);
      }
      throw error;
    }
    if (preferences.startAtLogin !== this.#startAtLogin) {
      this.#startAtLogin = await this.#ports.loginItem.setEnabled(preferences.startAtLogin);
      if (this.#startAtLogin !== saved.startAtLogin) saved = this.#settings.update({ startAtLogin: this.#startAtLogin });
    }
    this.#keeper.setRefreshLead(saved.refreshLeadMinutes * MINUTE);
    this.#notifications.updateSettings(saved);
    this.#publish();
    return preferencesOf({ ...saved, startAtLogin: this.#startAtLogin });
  }

  async openExternal(url: string): Promise<void> {
    await this.#ports.openExternal(url);
  }

  subscribe(listener: (snapshot: StatusSnapshot) => void): () => void {
    this.#listeners.add(listener);
    return () => {
      this.#listeners.delete(listener);
    };
  }

  /** Runs a tray menu item; failures are reported, never thrown into Electron's event loop. */
  async onMenuItem(id: TrayMenuItemId): Promise<void> {
    try {
      await this.#runMenuItem(id);
    } catch (error) {
      this.#ports.reportError(error);
    }
  }

  /** Runs what a clicked notification asks for. */
  onNotificationAction(action: NotificationAction): Promise<void> {
    return this.onMenuItem(action === 'copy-token' ? 'copy-token' : 'settings');
  }

  /** Re-checks the token against the wall clock (after resume from sleep or a screen unlock). */
  resync(): void {
    this.#keeper.resync();
    this.#notifications.updateState(this.#keeper.state);
  }

  /**
   * Stops the keeper (aborting a login in flight), the notification timer and the sign-in attempt,
   * clears a token it put on the clipboard if a clear was pending, and waits for every store write.
   * Every call (a second Quit while the first is saving) resolves only when that work is done.
   */
  dispose(): Promise<void> {
    this.#disposing ??= this.#dispose();
    return this.#disposing;
  }

  async #dispose(): Promise<void> {
    this.#disposed = true;
    this.#signInAttempt?.abort();
    this.#keeper.stop();
    this.#notifications.stop();
    this.#listeners.clear();
    this.#applyShortcut('');
    await this.#clipboard.flush().catch((error: unknown) => this.#ports.reportError(error));
    await this.#pending.settled();
  }

  async #runMenuItem(id: TrayMenuItemId): Promise<void> {
    switch (id) {
      case 'copy-token':
      case 'copy-header':
        await this.copyToken(id === 'copy-token' ? 'token' : 'authorization-header');
        return;
      case 'refresh-now':
        if (this.signedIn) await this.#keeper.refreshNow();
        return;
      case 'settings':
        this.#ports.openSettings();
        return;
      case 'start-at-login':
        await this.savePreferences({ ...preferencesOf(this.#settings.get()), startAtLogin: !this.#startAtLogin });
        return;
      case 'quit':
        this.#ports.quit();
        return;
      case 'status':
        return;
    }
  }

  #loginWithStoredAccount(signal: AbortSignal): Promise<IssuedToken> {
    const credentials = this.#vault.credentials;
    if (!credentials) throw new ControllerError('not-signed-in', 'Sign in first.');
    return login({ baseUrl: resolveBaseUrl(this.#settings.get()), ...credentials, signal });
  }

  #persistToken(token: IssuedToken): void {
    this.#pending.track(this.#vault.saveToken(token)).catch((error: unknown) => this.#ports.reportError(error));
  }

  #applyShortcut(accelerator: string): { ok: true } | { ok: false; message: string } {
    return this.#ports.shortcut.set(accelerator);
  }

  #tell(notice: StorageNotice): void {
    this.#ports.notifier.show({ title: notice.title, body: notice.message, action: 'open-settings' });
  }

  #publish(): void {
    if (this.#disposed) return;
    const snapshot = this.getSnapshot();
    for (const listener of [...this.#listeners]) {
      try {
        listener(snapshot);
      } catch (error) {
        this.#ports.reportError(error);
      }
    }
  }
}
