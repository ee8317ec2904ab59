import type { CopyFormat, ProfileSnapshot } from '../../../common/ipc-contract';
import type { ProfileSettings, Settings } from '../../../common/settings';
import { textToCopy } from '../clipboard/copy-text';
import { ControllerError } from './app-controller';
import { buildProfileSnapshot } from './status-view';
import { resolveBaseUrl } from '../settings/base-url';
import type { IssuedToken } from '../login/issued-token';
import type { KeeperState } from '../keeper/keeper-state';
import { TokenKeeper } from '../keeper/token-keeper';
import { LoginError } from '../login/login-error';
import type { NetworkAccess, RoutedToken } from '../network/network-access';
import { routeLabel, type ProxyRoute } from '../login/proxy-route';
import { NotificationScheduler } from '../notify/notification-scheduler';
import { titleForProfile } from '../notify/profile-title';
import type { CredentialVault } from '../storage/credential-vault';
import type { StoredCredentials } from '../storage/vault-payload';
import type { ProfileMenuInput } from '../tray/menu-model';
import type { AppPorts } from './app-ports';
import type { PendingWork } from './pending-work';
import { SignInAttempt, type AttemptRequest } from './sign-in-attempt';

const MINUTE = 60_000;

/** What a session is built from: its profile's vault and settings, and what it shares with the app. */
export interface ProfileSessionOptions {
  profileId: string;
  /** The profile's vault; its `load()` has finished. */
  vault: CredentialVault;
  /** The profile's current settings (name, environment, email). */
  profile: () => ProfileSettings;
  /** The app's current settings (refresh lead, notification preferences). */
  settings: () => Settings;
  /** The name its notifications carry in their titles; undefined while it is the only profile. */
  notificationName: () => string | undefined;
  ports: Pick<AppPorts, 'notifier' | 'formatTime' | 'hideInLogs' | 'reportError'>;
  /** Store writes, so quitting can wait for them. */
  pending: PendingWork;
  /** How logins reach Patchworks (proxy, trusted roots). */
  network: NetworkAccess;
  /** Called after every change of the session's state. */
  onChange: () => void;
}

/**
 * One profile's live state: its token keeper, credential vault and notification scheduler. A failing
 * or signed-out session never touches another: each has its own keeper, vault file and timers.
 */
export class ProfileSession {
  readonly profileId: string;
  readonly #vault: CredentialVault;
  readonly #options: ProfileSessionOptions;
  readonly #keeper: TokenKeeper;
  readonly #notifications: NotificationScheduler;
  readonly #attempt: SignInAttempt;
  #forgetPassword: () => void = () => undefined;
  /** The profile's address when the session was created: what a stored account without one was saved for. */
  readonly #launchBaseUrl: string;
  #route: ProxyRoute | undefined;

  constructor(options: ProfileSessionOptions) {
    this.profileId = options.profileId;
    this.#vault = options.vault;
    this.#options = options;
    this.#launchBaseUrl = resolveBaseUrl(options.profile());
    const { ports } = options;
    const settings = options.settings();
    const stored = this.#vault.token;
    this.#attempt = new SignInAttempt(ports.hideInLogs, options.network);
    this.#keeper = new TokenKeeper({
      login: (signal) => this.#loginWithStoredAccount(signal),
      refreshLeadMs: settings.refreshLeadMinutes * MINUTE,
      ...(stored && { initialToken: stored }),
    });
    this.#notifications = new NotificationScheduler({
      show: (notification) =>
        ports.notifier.show({
          title: titleForProfile(notification.title, options.notificationName()),
          body: notification.body,
          action:
            notification.action === 'copy-token'
              ? { kind: 'copy-token', format: 'token', profileId: this.profileId }
              : { kind: 'open-settings' },
        }),
      supported: ports.notifier.supported,
      formatTime: ports.formatTime,
      state: this.#keeper.state,
      settings,
    });
    this.#keeper.subscribe((state) => {
      if (state.token && state.token.token !== this.#vault.token?.token) this.#persistToken(state.token);
      this.#notifications.updateState(state);
      options.onChange();
    });
  }

  /** With a stored account, logs in (the launch login) while offering the stored token. */
  start(): void {
    const credentials = this.#vault.credentials;
    if (!credentials) return;
    this.#forgetPassword = this.#options.ports.hideInLogs(credentials.password);
    this.#keeper.start();
  }

  /** True when an account (email and password) is held, on disk or for this session. */
  get signedIn(): boolean {
    return this.#vault.credentials !== undefined;
  }

  /** True while the keychain refuses for now and the stored account waits to be read. */
  get keychainLocked(): boolean {
    return this.#vault.locked;
  }

  /** True while anything of this profile (its stored account, or a write) waits for the keychain. */
  get waitsForKeychain(): boolean {
    return this.#vault.waitsForKeychain;
  }

  /**
   * Tries a keychain that refused for now again; once it gives the stored account up, starts keeping
   * its token as a launch would (the stored token if still valid, else a login). Resolves true while
   * it still refuses.
   */
  async retryKeychain(): Promise<boolean> {
    const wasLocked = this.#vault.locked;
    const stillLocked = await this.#options.pending.track(this.#vault.retryUnlock());
    const credentials = this.#vault.credentials;
    if (wasLocked && !this.#vault.locked && credentials) {
      this.#forgetPassword();
      this.#forgetPassword = this.#options.ports.hideInLogs(credentials.password);
      const stored = this.#vault.token;
      if (stored) this.#keeper.adopt(stored);
      else this.#keeper.start();
    }
    this.#options.onChange();
    return stillLocked;
  }

  /** True when its secrets live in memory only (the keychain refused or is unusable). */
  get sessionOnly(): boolean {
    return this.#vault.status.persistence === 'session-only';
  }

  /** Why this profile's vault keeps its secrets in memory, when it does. */
  get sessionOnlyReason(): string | undefined {
    const notice = this.#vault.status.notice;
    return notice?.kind === 'session-only' ? notice.message : undefined;
  }

  /** True while a login is in flight: the keeper's sign-in or refresh, or a sign-in form's attempt. */
  get busy(): boolean {
    const status = this.#keeper.state.status;
    return status === 'signing-in' || status === 'refreshing' || this.#attempt.running;
  }

  /** The keeper, read-only (for script access). */
  get keeper(): Pick<TokenKeeper, 'state' | 'subscribe'> {
    return this.#keeper;
  }

  /**
   * The password to try: the one given, or the stored one when the form left it empty for exactly the
   * email and base URL it was saved with; '' otherwise (it is never sent to another address or account).
   */
  passwordFor(email: string, baseUrl: string, given: string): string {
    if (given !== '') return given;
    const stored = this.#vault.credentials;
    return stored?.email === email && this.#savedBaseUrl(stored) === baseUrl ? stored.password : '';
  }

  /** Tries one login with the form's values; nothing is stored. A newer attempt aborts an older one. */
  attemptLogin(request: AttemptRequest): Promise<RoutedToken> {
    return this.#attempt.run(request);
  }

  /** Keeps an account Patchworks accepted: stores it and hands the keeper the token (and route) that login gave. */
  async accept(credentials: StoredCredentials, { token, route }: RoutedToken): Promise<void> {
    this.#route = route;
    this.#forgetPassword();
    this.#forgetPassword = this.#options.ports.hideInLogs(credentials.password);
    await this.#options.pending.track(this.#vault.saveCredentials(credentials));
    this.#keeper.adopt(token);
  }

  /**
   * Stops refreshing and removes the password and the token from memory (always) and from its own
   * secrets file; rejects with the fs error naming a file that could not be removed.
   */
  async signOut(): Promise<void> {
    this.#attempt.abort();
    this.#keeper.stop();
    try {
      await this.#options.pending.track(this.#vault.signOut());
    } finally {
      // Memory is cleared whatever the disk did; a file that could not be removed is the error's to name.
      this.#forgetPassword();
      this.#forgetPassword = () => undefined;
      this.#options.onChange();
    }
  }

  /** Logs in again now (starting a stopped keeper); throws the login's error or `not-signed-in`. */
  async refreshNow(): Promise<void> {
    if (!this.signedIn) throw new ControllerError('not-signed-in', 'Sign in first.');
    if (this.#keeper.state.status === 'stopped' || this.#keeper.state.status === 'idle') this.#keeper.start();
    await this.#keeper.refreshNow();
    const error = this.#keeper.state.lastError;
    if (error) throw error;
  }

  /** "Refresh now" from the tray: only when signed in; failures show in the state, not as errors. */
  async refreshFromMenu(): Promise<void> {
    if (this.signedIn) await this.#keeper.refreshNow();
  }

  /** The text a copy puts on the clipboard and the token it came from; throws `no-token` without a valid one. */
  textToCopy(format: CopyFormat, now: Date): { text: string; token: IssuedToken } {
    const state = this.#keeper.state;
    const text = textToCopy(format, state, now);
    if (text === undefined || state.token === undefined) {
      throw new ControllerError('no-token', 'There is no valid token to copy yet.');
    }
    return { text, token: state.token };
  }

  /** Remembers that the user copied `token`, for the "copied token expiring" reminder. */
  noteCopied(token: IssuedToken): void {
    this.#notifications.noteCopied(token);
  }

  /** Follows changed preferences (refresh lead, notifications). */
  updatePreferences(settings: Settings): void {
    this.#keeper.setRefreshLead(settings.refreshLeadMinutes * MINUTE);
    this.#notifications.updateSettings(settings);
  }

  /** Re-checks the token against the wall clock (after resume from sleep or a screen unlock). */
  resync(): void {
    this.#keeper.resync();
    this.#notifications.updateState(this.#keeper.state);
  }

  /** What the window may see of this profile. */
  snapshot(isDefault: boolean): ProfileSnapshot {
    return buildProfileSnapshot({
      profile: this.#options.profile(),
      isDefault,
      keeper: this.#keeper.state,
      passwordStored: this.#vault.status.hasCredentials,
      ...(this.#route && { connection: routeLabel(this.#route) }),
    });
  }

  /** What the tray shows of this profile. */
  menuInput(): ProfileMenuInput & { state: KeeperState } {
    const profile = this.#options.profile();
    return {
      id: this.profileId,
      name: profile.name,
      state: this.#keeper.state,
      email: this.signedIn ? profile.email : '',
      keychainLocked: this.#vault.locked,
    };
  }

  /** Stops the keeper (aborting a login in flight), the sign-in attempt and the notification timer. */
  stop(): void {
    this.#attempt.abort();
    this.#keeper.stop();
    this.#notifications.stop();
  }

  #loginWithStoredAccount(signal: AbortSignal): Promise<IssuedToken> {
    const credentials = this.#vault.credentials;
    // Without an account the keeper must stop at needs-sign-in rather than retry an unexplained failure.
    if (!credentials) return Promise.reject(new LoginError('invalid-credentials', 'Sign in to this profile first.'));
    const baseUrl = resolveBaseUrl(this.#options.profile());
    if (this.#savedBaseUrl(credentials) !== baseUrl) {
      const message = 'The Patchworks address changed since the password was saved; sign in again to use it there.';
      return Promise.reject(new LoginError('invalid-credentials', message));
    }
    return this.#options.network
      .login({ baseUrl, email: credentials.email, password: credentials.password, signal }, (route) => this.#noteRoute(route))
      .then(({ token }) => token);
  }

  /** Where `credentials` were accepted; for a file from before addresses were kept, the address at launch. */
  #savedBaseUrl(credentials: StoredCredentials): string {
    return credentials.baseUrl ?? this.#launchBaseUrl;
  }

  /** Remembers the route of the latest login for the window's Status; tells the window when it changed. */
  #noteRoute(route: ProxyRoute): void {
    const changed = this.#route === undefined || routeLabel(this.#route) !== routeLabel(route);
    this.#route = route;
    if (changed) this.#options.onChange();
  }

  #persistToken(token: IssuedToken): void {
    this.#options.pending
      .track(this.#vault.saveToken(token))
      .then(() => {
        // A save the keychain refused for now waits for a retry: let the app arm one.
        if (this.#vault.waitsForKeychain) this.#options.onChange();
      })
      .catch((error: unknown) => this.#options.ports.reportError(error));
  }
}
