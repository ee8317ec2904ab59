import { randomUUID } from 'node:crypto';
import { rm } from 'node:fs/promises';
import { dirname } from 'node:path';
import type {
  ApiClientsSettings,
  ApiClientsView,
  CopyApiKeyResult,
  AboutInfo,
  CopyFormat,
  CopyTokenResult,
  Preferences,
  SignInRequest,
  StatusSnapshot,
  UpdatesView,
} from '../../../common/ipc-contract';
import { PREFERENCE_LABELS } from '../../../common/preference-fields';
import type { ProfileSettings, Settings } from '../../../common/settings';
import { ApiClientsError } from '../api-clients/api-clients-error';
import { ApiClientsService } from '../api-clients/api-clients-service';
import type { ApiKeyStore } from '../api-clients/api-key-store';
import { postmanPreRequestScript } from '../api-clients/postman-script';
import { ClipboardGuard } from '../clipboard/clipboard-guard';
import { CopyNotConfirmedError } from '../clipboard/clipboard-route';
import { isAllowedExternalUrl } from '../window/doc-links';
import { desktopNotes } from './desktop-notes';
import { KeychainRetry } from './keychain-retry';
import { ControllerError, type AppController } from './app-controller';
import { buildStatusSnapshot, preferencesOf } from './status-view';
import { resolveBaseUrl } from '../settings/base-url';
import { CaFileError, readCaFile } from '../network/ca-file';
import { NetworkAccess } from '../network/network-access';
import { tokenSourceFromKeepers } from '../script-access/keeper-token-source';
import { ScriptAccessSwitch, type ScriptAccessSwitchOptions } from '../script-access/script-access-switch';
import type { TokenSource } from '../script-access/token-source';
import type { CredentialVault } from '../storage/credential-vault';
import type { ProfileVaults } from '../storage/profile-vaults';
import type { SettingsStore } from '../settings/settings-store';
import { SettingsValidationError } from '../settings/settings-validation-error';
import type { StorageNotice } from '../storage/storage-notice';
import type { Result } from '../shared/result';
import type { UserAction } from '../shared/user-action';
import { copyNotice } from '../clipboard/copy-notice';
import { buildTrayView, type TrayMenuInput, type TrayView } from '../tray/menu-model';
import { trayChangesAt } from '../tray/tray-changes-at';
import type { CopyNotice } from '../tray/tray-input';
import type { LoginItemState } from '../autostart/login-item-state';
import { UpdateService } from '../updates/update-service';
import type { UpdaterPort } from '../updates/updater-port';
import type { AppPorts } from './app-ports';
import { buildDiagnostics } from './diagnostics';
import { PendingWork } from './pending-work';
import { defaultFirst, isNameTaken, withProfileAdded, withProfileRemoved, withProfileUpdated } from '../settings/profile-list';
import { ProfileSession } from './profile-session';
import { SignInAttempt } from './sign-in-attempt';

const MINUTE = 60_000;

/** Where the script-access channel listens and leaves its off marker, and where it logs refused requests. */
export type ScriptAccessOptions = Omit<ScriptAccessSwitchOptions, 'tokens'>;

/** Refuses a CA file that cannot be read or holds no certificate, with the reason beside the field. */
async function checkCaFile(path: string): Promise<void> {
  try {
    await readCaFile(path);
  } catch (error) {
    if (!(error instanceof CaFileError)) throw error;
    const message = `${PREFERENCE_LABELS.caFile}: ${error.message}`;
    throw new ControllerError('invalid-payload', message, { caFile: [message] });
  }
}

/** The API-client endpoint's key store, and where the endpoint logs faults. */
export interface ApiClientsOptions {
  keys: ApiKeyStore;
  log?: (line: string) => void;
}

/** The updater and where the update service logs what went wrong (failures are never pop-ups). */
export interface UpdatesOptions {
  updater: UpdaterPort;
  log(line: string): void;
}

/** What the controller is built from: opened stores and the platform's ports. */
export interface TrayAppControllerOptions {
  settings: SettingsStore;
  /** Every profile's vault, loaded (see `openProfileVaults`), and how to open one for a new profile. */
  vaults: ProfileVaults;
  ports: AppPorts;
  /** Notices found while opening the settings (the vaults bring their own). */
  notices?: readonly StorageNotice[];
  /** The `patchworks-token` channel; without it the preference is stored but nothing listens. */
  scriptAccess?: ScriptAccessOptions;
  /** The loopback endpoint for API clients; without it the window offers none. */
  apiClients?: ApiClientsOptions;
  /** Update checks and installs; without it the app has no update items. */
  updates?: UpdatesOptions;
}

/**
 * The app's behaviour, free of Electron: a registry of profile sessions (each with its own keeper,
 * vault and notifications) plus the shared clipboard guard, settings and script-access channel. It
 * answers the tray menu and the settings window; what leaves is a snapshot with masked previews only.
 */
export class TrayAppController implements AppController {
  readonly #settings: SettingsStore;
  readonly #vaults: ProfileVaults;
  readonly #ports: AppPorts;
  readonly #sessions = new Map<string, ProfileSession>();
  readonly #clipboard: ClipboardGuard;
  readonly #scriptAccess: ScriptAccessSwitch | undefined;
  readonly #apiClients: { service: ApiClientsService; keys: ApiKeyStore } | undefined;
  /** The script-access folder (secret file and socket), removed by "Reset all data". */
  readonly #scriptAccessDir: string | undefined;
  readonly #newProfileAttempt: SignInAttempt;
  readonly #listeners = new Set<(snapshot: StatusSnapshot) => void>();
  readonly #pending = new PendingWork();
  readonly #network: NetworkAccess;
  readonly #updates: UpdateService | undefined;
  readonly #keychainRetry: KeychainRetry;
  #loginItem: LoginItemState = 'disabled';
  #notificationFailure: string | undefined;
  #copyAdviceShown = false;
  /** What the tray says after the last copy, until it ends. */
  #copyNotice: CopyNotice | undefined;
  #disposed = false;
  #disposing: Promise<void> | undefined;

  constructor(options: TrayAppControllerOptions) {
    this.#settings = options.settings;
    this.#vaults = options.vaults;
    this.#ports = options.ports;
    this.#clipboard = new ClipboardGuard(this.#ports.clipboard, (error) => this.#ports.reportError(error));
    const ports = this.#ports;
    this.#network = new NetworkAccess({
      settings: () => this.#settings.get(),
      systemProxy: ports.resolveProxy,
      log: (message, error) => ports.logWarning(message, error),
      hideInLogs: (secret) => void ports.hideInLogs(secret),
    });
    this.#newProfileAttempt = new SignInAttempt(this.#ports.hideInLogs, this.#network);
    this.#scriptAccessDir = options.scriptAccess && dirname(options.scriptAccess.secretFilePath);
    this.#scriptAccess =
      options.scriptAccess &&
      new ScriptAccessSwitch({ ...options.scriptAccess, tokens: this.tokenSource() }, (error) => this.#ports.reportError(error));
    this.#apiClients = options.apiClients && {
      keys: options.apiClients.keys,
      service: new ApiClientsService({
        keys: options.apiClients.keys,
        tokens: this.tokenSource(),
        onError: (error) => this.#ports.reportError(error),
        ...(options.apiClients.log && { log: options.apiClients.log }),
      }),
    };
    this.#updates = options.updates && this.#createUpdateService(options.updates);
    for (const profile of this.#settings.get().profiles) {
      const vault = this.#vaults.loaded.get(profile.id);
      if (vault) this.#addSession(profile.id, vault);
      else this.#ports.reportError(new Error(`No vault was opened for a profile; it starts signed out`));
    }
    for (const notice of [...(options.notices ?? []), ...this.#vaults.notices]) this.#tell(notice);
    this.#keychainRetry = new KeychainRetry(() => this.#retryWhatWaitsForKeychain(), (error) => this.#ports.reportError(error));
    if (this.#waitingForKeychain()) this.#keychainRetry.start();
  }

  /** Whether "start at login" is on as far as the user is concerned (approval pending counts). */
  get #startAtLogin(): boolean {
    return this.#loginItem !== 'disabled';
  }

  /**
   * Reads the real "start at login" state, binds the shortcut, opens the script-access channel when
   * it is on, opens the API-client endpoint when it is on, and logs every profile with a stored account
   * in (the launch logins).
   */
  async start(): Promise<void> {
    await this.#readLoginItem();
    this.#ports.shortcut.set(this.#settings.get().globalShortcut);
    for (const session of this.#sessions.values()) session.start();
    if (this.#settings.get().scriptAccessEnabled && this.#scriptAccess) {
      const started = await this.#scriptAccess.set(true);
      if (!started.ok) this.#tell({ title: 'Script access is off', message: started.message });
    } else {
      await this.#scriptAccess?.set(false); // leaves the marker that tells the CLI "off", not "not running"
    }
    const settings = this.#settings.get();
    if (settings.apiClientsEnabled && this.#apiClients) {
      const started = await this.#apiClients.service.apply(true, settings.apiClientsPort);
      if (!started.ok) this.#tell({ title: 'API clients cannot connect', message: started.message });
      if (this.#apiClients.service.waitsForKeychain) this.#keychainRetry.start();
    }
    this.#updates?.start();
    this.#publish();
  }

  /** True when any profile holds an account (email and password), on disk or for this session, or waits for the keychain to give it. */
  get signedIn(): boolean {
    return [...this.#sessions.values()].some((session) => session.signedIn || session.keychainLocked);
  }

  /**
   * Tries a keychain that refused for now again, at once (resume, screen unlock, the settings window
   * or tray menu opened); does nothing when no vault waits for it.
   */
  retryKeychain(): Promise<void> {
    return this.#waitingForKeychain() ? this.#keychainRetry.nudge() : Promise.resolve();
  }

  /**
   * The user opened the settings window: reads again what may have changed outside the app (a login
   * item approved in System Settings) and retries a keychain that refused for now.
   */
  async settingsOpened(): Promise<void> {
    await Promise.all([this.retryKeychain(), this.#readLoginItem()]);
    this.#publish();
  }

  /** Records that the OS refused to show a notification (macOS `failed`); the window says so. */
  notificationFailed(error: string): void {
    this.#ports.reportError(new Error(`A notification could not be shown: ${error}`));
    this.#notificationFailure = error;
    this.#publish();
  }

  /** Tokens for the `patchworks-token` channel: the profiles by name, the default one first; never a login. */
  tokenSource(): TokenSource {
    return tokenSourceFromKeepers(() =>
      this.#orderedSessions(true).map(({ profile, session }) => ({
        name: profile.name,
        environment: profile.environment,
        baseUrl: resolveBaseUrl(profile),
        keeper: session.keeper,
      })),
    );
  }

  getSnapshot(): StatusSnapshot {
    const settings = { ...this.#settings.get(), startAtLogin: this.#startAtLogin };
    const sessions = this.#orderedSessions(false);
    const notes = desktopNotes({
      shortcutSet: settings.globalShortcut !== '',
      shortcutConfirmed: this.#ports.shortcut.isConfirmed(),
      loginItemAwaitsApproval: this.#loginItem === 'requires-approval',
      ...(this.#notificationFailure !== undefined && { notificationFailure: this.#notificationFailure }),
      keychainLocked: this.#keychainLocked(),
    });
    return {
      ...buildStatusSnapshot({
        profiles: sessions.map(({ profile, session }) => session.snapshot(profile.id === settings.defaultProfileId)),
        settings,
        sessionOnly: this.#vaults.keyring.persistence === 'session-only' || sessions.some(({ session }) => session.sessionOnly),
        sessionOnlyReason:
          this.#vaults.keyring.notice?.message ?? sessions.map(({ session }) => session.sessionOnlyReason).find(Boolean),
        ...(this.#apiClients && { apiClients: this.#apiClientsView() }),
      }),
      ...(notes && { desktopNotes: notes }),
      ...(this.#updates && { updates: this.#updates.view() }),
    };
  }

  /** What the tray shows now: the default profile's items on top, each other profile in a submenu. */
  trayView(now: Date = new Date()): TrayView {
    return buildTrayView(this.#trayInput(now));
  }

  /** When the tray's view next changes with time alone (a countdown, an expiry, the copy notice ending). */
  trayChangesAt(now: Date = new Date()): Date | undefined {
    return trayChangesAt(this.#trayInput(now));
  }

  #trayInput(now: Date): TrayMenuInput {
    const settings = this.#settings.get();
    const [first, ...others] = this.#orderedSessions(true).map(({ session }) => session.menuInput());
    const copied = this.#copyNotice && now < this.#copyNotice.until ? this.#copyNotice : undefined;
    return {
      state: first?.state ?? { status: 'stopped' },
      email: first?.email ?? '',
      keychainLocked: first?.keychainLocked === true,
      now,
      notifyLeadMs: settings.notifyLeadMinutes * MINUTE,
      formatTime: this.#ports.formatTime,
      startAtLogin: this.#startAtLogin,
      ...(first && { defaultName: first.name }),
      ...(copied && { copied }),
      others,
      cliToolInstallable: this.#ports.cliTool !== undefined,
      ...(this.#updates && { updates: this.#updates.view() }),
    };
  }

  /**
   * Tries the account with one login and keeps it only if Patchworks accepts it: a refused or failed
   * attempt throws `LoginError` and leaves the profile, its stored account and its token as they were.
   * With `profileId` null, an accepted account becomes a new profile (the default if it is the first).
   */
  async signIn(request: SignInRequest): Promise<StatusSnapshot> {
    const session = request.profileId === null ? undefined : this.#session(request.profileId);
    this.#assertNameFree(request.name, request.profileId);
    const account = { environment: request.environment, customBaseUrl: request.customBaseUrl };
    const baseUrl = resolveBaseUrl(account);
    const password = session ? session.passwordFor(request.email, baseUrl, request.password) : request.password;
    if (password === '') {
      const message = session?.signedIn
        ? 'Type the password again: the address or email changed since it was saved.'
        : 'Enter the password.';
      throw new ControllerError('invalid-payload', message, { password: [message] });
    }
    const attempt = { baseUrl, email: request.email, password };
    const login = await (session ? session.attemptLogin(attempt) : this.#newProfileAttempt.run(attempt)).finally(() =>
      this.#updates?.appChanged(),
    );
    this.#assertNameFree(request.name, request.profileId);
    const credentials = { email: request.email, password, baseUrl };
    const fields = { name: request.name, ...account, email: request.email };
    if (session) {
      this.#session(session.profileId); // removed while the login ran?
      this.#updateProfile(session.profileId, fields);
      await session.accept(credentials, login);
    } else {
      const id = randomUUID();
      const vault = await this.#vaults.open(id);
      this.#saveSettings(withProfileAdded(this.#settings.get(), { id, ...fields }));
      await this.#addSession(id, vault).accept(credentials, login);
    }
    return this.getSnapshot();
  }

  /** Stops the profile's refreshing and removes its password and token from memory and disk; keeps its email. */
  async signOut(profileId: string): Promise<StatusSnapshot> {
    await this.#session(profileId).signOut();
    return this.getSnapshot();
  }

  async refreshNow(profileId: string): Promise<StatusSnapshot> {
    await this.#session(profileId).refreshNow();
    return this.getSnapshot();
  }

  async copyToken(profileId: string, format: CopyFormat): Promise<CopyTokenResult> {
    const session = this.#session(profileId);
    const now = new Date();
    const { text, token } = session.textToCopy(format, now);
    const seconds = this.#settings.get().clipboardClearSeconds;
    try {
      await this.#clipboard.copy(text, seconds);
    } catch (error) {
      if (error instanceof CopyNotConfirmedError) this.#adviseOnCopy(error);
      throw error;
    }
    session.noteCopied(token);
    this.#copyNotice = copyNotice(now, seconds);
    this.#publish();
    return seconds > 0 ? { format, clearsAt: now.getTime() + seconds * 1000 } : { format };
  }

  async renameProfile(profileId: string, name: string): Promise<StatusSnapshot> {
    this.#session(profileId);
    this.#assertNameFree(name, profileId);
    this.#updateProfile(profileId, { name });
    this.#publish();
    return this.getSnapshot();
  }

  /** Wipes the profile's secrets (its own files only), then drops it; the default moves to the first remaining one. */
  async removeProfile(profileId: string): Promise<StatusSnapshot> {
    const session = this.#session(profileId);
    session.stop();
    await session.signOut();
    this.#sessions.delete(profileId);
    this.#saveSettings(withProfileRemoved(this.#settings.get(), profileId));
    this.#publish();
    return this.getSnapshot();
  }

  async setDefaultProfile(profileId: string): Promise<StatusSnapshot> {
    this.#session(profileId);
    this.#saveSettings({ defaultProfileId: profileId });
    this.#publish();
    return this.getSnapshot();
  }

  /**
   * Saves a complete set of preferences. A new CA file is read first, the shortcut is bound and the
   * script-access channel switched next and the file written last, so a refused CA file, shortcut,
   * channel or value saves nothing; "start at login" then stores the state the OS reports.
   */
  async savePreferences(preferences: Preferences): Promise<Preferences> {
    const before = this.#settings.get();
    if (preferences.caFile !== '' && preferences.caFile !== before.caFile) await checkCaFile(preferences.caFile);
    const shortcut = this.#ports.shortcut.set(preferences.globalShortcut);
    if (!shortcut.ok) {
      throw new ControllerError('invalid-payload', shortcut.message, { globalShortcut: [shortcut.message] });
    }
    const channel = await this.#switchScriptAccess(preferences.scriptAccessEnabled);
    if (!channel.ok) {
      this.#ports.shortcut.set(before.globalShortcut);
      throw new ControllerError('unavailable', channel.message, { scriptAccessEnabled: [channel.message] });
    }
    let saved: Settings;
    try {
      saved = this.#saveSettings(preferences);
    } catch (error) {
      this.#ports.shortcut.set(before.globalShortcut);
      await this.#switchScriptAccess(before.scriptAccessEnabled);
      throw error;
    }
    if (preferences.startAtLogin !== this.#startAtLogin) {
      this.#loginItem = await this.#ports.loginItem.setEnabled(preferences.startAtLogin);
      if (this.#startAtLogin !== saved.startAtLogin) saved = this.#saveSettings({ startAtLogin: this.#startAtLogin });
    }
    for (const session of this.#sessions.values()) session.updatePreferences(saved);
    this.#publish();
    return preferencesOf({ ...saved, startAtLogin: this.#startAtLogin });
  }

  /**
   * Turns the API-client endpoint on or off, or moves it to another port. The endpoint is switched first
   * and the setting saved next, so a taken port saves nothing (the endpoint goes back to how it was) and
   * the refusal names the port; another port is never picked instead.
   */
  async saveApiClients(request: ApiClientsSettings): Promise<ApiClientsView> {
    const { service } = this.#requireApiClients();
    const before = this.#settings.get();
    const applied = await service.apply(request.enabled, request.port);
    if (!applied.ok) {
      await service.apply(before.apiClientsEnabled, before.apiClientsPort);
      this.#publish();
      throw new ControllerError('unavailable', applied.message, { port: [applied.message] });
    }
    try {
      this.#saveSettings({ apiClientsEnabled: request.enabled, apiClientsPort: request.port });
    } catch (error) {
      await service.apply(before.apiClientsEnabled, before.apiClientsPort);
      throw error;
    }
    this.#publish();
    return this.#apiClientsView();
  }

  /** Puts the API-client key on the clipboard in main (cleared like a token); the key never leaves main otherwise. */
  async copyApiKey(): Promise<CopyApiKeyResult> {
    const key = await this.#withKeys((keys) => keys.load());
    const seconds = this.#settings.get().clipboardClearSeconds;
    const now = Date.now();
    await this.#clipboard.copy(key, seconds);
    return seconds > 0 ? { clearsAt: now + seconds * 1000 } : {};
  }

  /** Replaces the API-client key; the old one is refused from this moment. */
  async rotateApiKey(): Promise<ApiClientsView> {
    await this.#withKeys((keys) => keys.rotate());
    this.#publish();
    return this.#apiClientsView();
  }

  /** Puts Postman's collection-level pre-request script for the configured port on the clipboard (it holds no secret). */
  async copyPostmanScript(): Promise<null> {
    this.#requireApiClients();
    await this.#ports.clipboard.writeText(postmanPreRequestScript(this.#settings.get().apiClientsPort));
    return null;
  }

  async checkForUpdates(): Promise<UpdatesView> {
    const updates = this.#updater();
    await updates.checkNow();
    return updates.view();
  }

  async restartToUpdate(): Promise<UpdatesView> {
    const updates = this.#updater();
    if (!updates.requestRestart()) throw new ControllerError('unavailable', 'No update has been downloaded yet.');
    return updates.view();
  }

  async setAutomaticUpdateChecks(enabled: boolean): Promise<UpdatesView> {
    const updates = this.#updater();
    this.#saveSettings({ autoUpdateChecks: enabled });
    updates.setAutomaticChecks(enabled);
    return updates.view();
  }

  async openExternal(url: string): Promise<void> {
    if (!isAllowedExternalUrl(url)) throw new ControllerError('invalid-payload', 'That link is not one the app opens.');
    await this.#ports.openExternal(url);
  }

  about(): AboutInfo {
    return this.#ports.about;
  }

  async copyDiagnostics(): Promise<string> {
    const text = buildDiagnostics({
      about: this.#ports.about,
      snapshot: this.getSnapshot(),
      keyringBackend: this.#vaults.keyring.backend,
      now: new Date(),
    });
    await this.#ports.clipboard.writeText(text);
    return text;
  }

  openLogs(): Promise<void> {
    return this.#ports.openLogsFolder();
  }

  chooseCaFile(): Promise<string | null> {
    return this.#ports.chooseCertificateFile();
  }

  /**
   * Signs every profile out (their secrets files go), closes and removes the script-access folder,
   * turns start at login off, releases the shortcut, clears our copy from the clipboard, lets the
   * platform delete the settings and window position, and quits.
   */
  async resetAllData(): Promise<void> {
    this.#newProfileAttempt.abort();
    for (const session of this.#sessions.values()) {
      session.stop();
      await session.signOut();
    }
    this.#sessions.clear();
    this.#copyNotice = undefined;
    this.#ports.shortcut.set('');
    await this.#switchScriptAccess(false);
    await this.#apiClients?.service.close();
    if (this.#scriptAccessDir !== undefined) await rm(this.#scriptAccessDir, { recursive: true, force: true });
    this.#loginItem = await this.#ports.loginItem.setEnabled(false);
    await this.#clipboard.flush();
    await this.#pending.settled();
    await this.#ports.removeAppData();
    this.#publish();
    this.#ports.quit();
  }

  subscribe(listener: (snapshot: StatusSnapshot) => void): () => void {
    this.#listeners.add(listener);
    return () => {
      this.#listeners.delete(listener);
    };
  }

  /** Runs what a tray menu item, a notification click or the shortcut asks for; failures are reported, never thrown. */
  async onAction(action: UserAction): Promise<void> {
    try {
      await this.#runAction(action);
    } catch (error) {
      this.#ports.reportError(error);
    }
  }

  /** Re-checks every profile's token against the wall clock (after resume from sleep or a screen unlock). */
  resync(): void {
    for (const session of this.#sessions.values()) session.resync();
    this.#updates?.resync();
  }

  /**
   * Stops every session (aborting logins in flight), the script-access channel and the API-client endpoint, clears a token it
   * put on the clipboard if a clear was pending, and waits for every store write. Every call (a second
   * Quit while the first is saving) resolves only when that work is done.
   */
  dispose(): Promise<void> {
    this.#disposing ??= this.#dispose();
    return this.#disposing;
  }

  async #dispose(): Promise<void> {
    this.#disposed = true;
    this.#keychainRetry.stop();
    this.#newProfileAttempt.abort();
    this.#updates?.dispose();
    for (const session of this.#sessions.values()) session.stop();
    this.#listeners.clear();
    this.#ports.shortcut.set('');
    await Promise.all([
      this.#scriptAccess?.close(),
      this.#apiClients?.service.close(),
      this.#clipboard.flush().catch((error: unknown) => this.#ports.reportError(error)),
    ]);
    await this.#pending.settled();
  }

  async #runAction(action: UserAction): Promise<void> {
    switch (action.kind) {
      case 'copy-token':
        await this.copyToken(action.profileId ?? this.#settings.get().defaultProfileId, action.format);
        return;
      case 'refresh-now':
        await this.#sessions.get(action.profileId ?? this.#settings.get().defaultProfileId)?.refreshFromMenu();
        return;
      case 'open-settings':
        this.#ports.openSettings();
        await this.settingsOpened();
        return;
      case 'toggle-start-at-login':
        await this.savePreferences({ ...preferencesOf(this.#settings.get()), startAtLogin: !this.#startAtLogin });
        return;
      case 'check-for-updates':
        await this.#updates?.checkNow();
        return;
      case 'restart-to-update':
        this.#updates?.requestRestart();
        return;
      case 'install-cli-tool':
        await this.#installCliTool();
        return;
      case 'quit':
        this.#ports.quit();
        return;
    }
  }

  #createUpdateService({ updater, log }: UpdatesOptions): UpdateService {
    return new UpdateService({
      updater,
      automaticChecks: this.#settings.get().autoUpdateChecks,
      isBusy: () => this.#newProfileAttempt.running || [...this.#sessions.values()].some((session) => session.busy),
      notify: ({ title, body }) => {
        if (this.#settings.get().notificationsEnabled) this.#ports.notifier.show({ title, body, action: { kind: 'open-settings' } });
      },
      onChange: () => this.#publish(),
      log,
    });
  }

  /** The update service; `unavailable` when the app runs without one. */
  #updater(): UpdateService {
    if (!this.#updates) throw new ControllerError('unavailable', 'This copy of the app has no updater.');
    return this.#updates;
  }

  /** Runs "Install command-line tool…" and tells how it went in a notification (a click opens the settings). */
  async #installCliTool(): Promise<void> {
    const result = await this.#ports.cliTool?.install().catch((error: unknown) => {
      this.#ports.reportError(error);
      return { ok: false, message: 'See the log for details.' };
    });
    if (!result) return;
    const title = result.ok ? 'Command-line tool installed' : 'Command-line tool not installed';
    this.#ports.notifier.show({ title, body: result.message, action: { kind: 'open-settings' } });
  }

  async #readLoginItem(): Promise<void> {
    this.#loginItem = await this.#ports.loginItem.state().catch((error: unknown): LoginItemState => {
      this.#ports.reportError(error);
      return this.#settings.get().startAtLogin ? 'enabled' : 'disabled';
    });
  }

  #keychainLocked(): boolean {
    return [...this.#sessions.values()].some((session) => session.keychainLocked);
  }

  #waitingForKeychain(): boolean {
    return [...this.#sessions.values()].some((session) => session.waitsForKeychain) || (this.#apiClients?.service.waitsForKeychain ?? false);
  }

  /** One retry of every vault, and of the API-client endpoint, the keychain refused for now; resolves true while any still waits. */
  async #retryWhatWaitsForKeychain(): Promise<boolean> {
    const locked = [...this.#sessions.values()].filter((session) => session.waitsForKeychain);
    const results = await Promise.all([...locked.map((session) => session.retryKeychain()), this.#retryApiClients()]);
    this.#publish();
    return results.some(Boolean);
  }

  /** Starts the API-client endpoint again if the keychain kept it from starting; resolves true while it still does. */
  async #retryApiClients(): Promise<boolean> {
    const service = this.#apiClients?.service;
    if (!service?.waitsForKeychain) return false;
    const { apiClientsEnabled, apiClientsPort } = this.#settings.get();
    await service.apply(apiClientsEnabled, apiClientsPort);
    return service.waitsForKeychain;
  }

  /** Tells the user once per run what to do when a copy cannot reach this desktop's clipboard. */
  #adviseOnCopy(error: CopyNotConfirmedError): void {
    if (this.#copyAdviceShown) return;
    this.#copyAdviceShown = true;
    this.#ports.notifier.show({ title: 'Copy did not reach the clipboard', body: error.message, action: { kind: 'open-settings' } });
  }

  #addSession(profileId: string, vault: CredentialVault): ProfileSession {
    const session = new ProfileSession({
      profileId,
      vault,
      profile: () => this.#profile(profileId),
      settings: () => this.#settings.get(),
      notificationName: () => (this.#settings.get().profiles.length > 1 ? this.#profile(profileId).name : undefined),
      ports: this.#ports,
      pending: this.#pending,
      network: this.#network,
      onChange: () => this.#publish(),
    });
    this.#sessions.set(profileId, session);
    return session;
  }

  /** The session of `profileId`; `unknown-profile` when there is none. */
  #session(profileId: string): ProfileSession {
    const session = this.#sessions.get(profileId);
    if (!session) throw new ControllerError('unknown-profile', 'That profile does not exist (any more).');
    return session;
  }

  #profile(profileId: string): ProfileSettings {
    const profile = this.#settings.get().profiles.find((candidate) => candidate.id === profileId);
    if (!profile) throw new ControllerError('unknown-profile', 'That profile does not exist (any more).');
    return profile;
  }

  /** The profiles that have a session, in settings order, or with the default one first. */
  #orderedSessions(defaultOnTop: boolean): { profile: ProfileSettings; session: ProfileSession }[] {
    const settings = this.#settings.get();
    const entries = settings.profiles.flatMap((profile) => {
      const session = this.#sessions.get(profile.id);
      return session ? [{ profile, session }] : [];
    });
    return defaultOnTop ? defaultFirst(entries, settings.defaultProfileId) : entries;
  }

  /** Refuses a name another profile has, regardless of case, with a field error on `name`. */
  #assertNameFree(name: string, ownId: string | null): void {
    if (isNameTaken(this.#settings.get().profiles, name, ownId)) {
      const message = `Another profile is already named "${name.trim()}".`;
      throw new ControllerError('invalid-payload', message, { name: [message] });
    }
  }

  #updateProfile(profileId: string, fields: Partial<Omit<ProfileSettings, 'id'>>): void {
    this.#saveSettings(withProfileUpdated(this.#settings.get(), profileId, fields));
  }

  /** Writes a settings patch; a refusal becomes `invalid-payload` with the store's field errors. */
  #saveSettings(patch: Partial<Settings>): Settings {
    try {
      return this.#settings.update(patch);
    } catch (error) {
      if (error instanceof SettingsValidationError) {
        throw new ControllerError('invalid-payload', error.message, error.fieldErrors);
      }
      throw error;
    }
  }

  #requireApiClients(): { service: ApiClientsService; keys: ApiKeyStore } {
    if (!this.#apiClients) throw new ControllerError('unavailable', 'API clients are not available in this build.');
    return this.#apiClients;
  }

  /** Runs `work` on the key store; a locked keychain becomes `unavailable` with its sentence. */
  async #withKeys<T>(work: (keys: ApiKeyStore) => Promise<T>): Promise<T> {
    try {
      return await work(this.#requireApiClients().keys);
    } catch (error) {
      if (error instanceof ApiClientsError) throw new ControllerError('unavailable', `${error.message}.`);
      throw error;
    }
  }

  #apiClientsView(): ApiClientsView {
    const settings = this.#settings.get();
    return this.#requireApiClients().service.view(settings.apiClientsEnabled, settings.apiClientsPort);
  }

  async #switchScriptAccess(enabled: boolean): Promise<Result> {
    if (!this.#scriptAccess || this.#scriptAccess.enabled === enabled) return { ok: true };
    return this.#scriptAccess.set(enabled);
  }

  #tell(notice: Pick<StorageNotice, 'title' | 'message'>): void {
    this.#ports.notifier.show({ title: notice.title, body: notice.message, action: { kind: 'open-settings' } });
  }

  #publish(): void {
    if (this.#disposed) return;
    // A write the keychain refused for now (or a locked stored account) is retried on the backoff.
    if (this.#waitingForKeychain()) this.#keychainRetry.start();
    const snapshot = this.getSnapshot();
    for (const listener of [...this.#listeners]) {
      try {
        listener(snapshot);
      } catch (error) {
        this.#ports.reportError(error);
      }
    }
    // A restart to update that waited for a sign-in or refresh goes ahead once the app is idle.
    this.#updates?.appChanged();
  }
}
