import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { CopyFormat, Preferences, SignInRequest, StatusSnapshot } from '../../common/ipc-contract';
import { ClipboardGuard, type ClipboardPort } from '../../main/core/clipboard/clipboard-guard';
import { textToCopy } from '../../main/core/clipboard/copy-text';
import {
  ControllerError,
  LoginError,
  TokenKeeper,
  buildStatusSnapshot,
  login,
  preferencesOf,
  resolveBaseUrl,
  type AppController,
  type IssuedToken,
} from '../../main/core';
import { CredentialVault } from '../../main/core/storage/credential-vault';
import { openSettingsStore, type SettingsStore } from '../../main/core/storage/settings-store';
import { SettingsValidationError } from '../../main/core/storage/settings-validation-error';
import { FakeKeychainCipher } from '../storage/fake-keychain-cipher';
import { openWithConf } from '../storage/conf-backing';

/** The Electron clipboard's stand-in: records what main wrote, so tests can check the page never saw it. */
export class RecordingClipboard implements ClipboardPort {
  readonly writes: string[] = [];
  #text = '';
  readText(): string {
    return this.#text;
  }
  writeText(text: string): void {
    this.writes.push(text);
    this.#text = text;
  }
}

/**
 * An `AppController` over the real pieces: the login client against the stand-in server, the real
 * TokenKeeper, the real settings store (conf, temp dir) and credential vault (keychain stand-in).
 * The lead's app controller replaces it in the app; the browser tests use this one until then.
 */
export class TestAppController implements AppController {
  readonly clipboard = new RecordingClipboard();
  readonly opened: string[] = [];
  readonly #guard = new ClipboardGuard(this.clipboard);
  readonly #listeners = new Set<(snapshot: StatusSnapshot) => void>();
  readonly #keeper = new TokenKeeper({ login: (signal) => this.#login(signal) });
  /** The account being tried by a sign-in; saved only once its login succeeded. */
  #trying: { baseUrl: string; email: string; password: string } | undefined;

  private constructor(
    private readonly directory: string,
    private readonly settings: SettingsStore,
    private readonly vault: CredentialVault,
  ) {
    this.#keeper.subscribe((state) => {
      if (state.token !== undefined && this.#trying === undefined && state.token !== this.vault.token) {
        void this.vault.saveToken(state.token);
      }
      this.#publish();
    });
  }

  /** Opens fresh storage in a temp dir; `sessionOnly` simulates a Linux desktop without a usable keyring. */
  static async create(options: { sessionOnly?: boolean } = {}): Promise<TestAppController> {
    const directory = await mkdtemp(join(tmpdir(), 'pw-settings-window-'));
    const { store } = openSettingsStore(directory, openWithConf);
    const cipher = new FakeKeychainCipher(options.sessionOnly ? { backend: 'basic_text' } : {});
    const vault = new CredentialVault({ directory, cipher });
    await vault.load();
    return new TestAppController(directory, store, vault);
  }

  #login(signal: AbortSignal): Promise<IssuedToken> {
    const stored = this.vault.credentials;
    const account = this.#trying ?? (stored && { baseUrl: resolveBaseUrl(this.settings.get()), ...stored });
    if (account === undefined) return Promise.reject(new LoginError('invalid-credentials', 'Sign in first.'));
    return login({ ...account, signal });
  }

  #publish(): void {
    const snapshot = this.getSnapshot();
    for (const listener of this.#listeners) listener(snapshot);
  }

  getSnapshot(): StatusSnapshot {
    const status = this.vault.status;
    return buildStatusSnapshot({
      keeper: this.#keeper.state,
      settings: this.settings.get(),
      passwordStored: status.hasCredentials,
      sessionOnly: status.persistence === 'session-only',
    });
  }

  async signIn(request: SignInRequest): Promise<StatusSnapshot> {
    const stored = this.vault.credentials;
    const password = request.password !== '' ? request.password : stored?.email === request.email ? stored.password : '';
    if (password === '') {
      throw new ControllerError('invalid-payload', 'Enter the password.', { password: ['Enter the password.'] });
    }
    const account = { environment: request.environment, customBaseUrl: request.customBaseUrl };
    this.#trying = { baseUrl: resolveBaseUrl(account), email: request.email, password };
    try {
      await this.#keeper.credentialsChanged({ sameAccount: stored?.email === request.email });
    } finally {
      this.#trying = undefined;
    }
    const state = this.#keeper.state;
    if (state.status !== 'valid' || state.token === undefined) {
      throw state.lastError ?? new ControllerError('internal', 'The sign-in did not finish.');
    }
    this.settings.update({ ...account, email: request.email });
    await this.vault.saveCredentials({ email: request.email, password });
    await this.vault.saveToken(state.token);
    this.#publish();
    return this.getSnapshot();
  }

  async signOut(): Promise<StatusSnapshot> {
    this.#keeper.stop();
    await this.vault.signOut();
    this.settings.update({ email: '' });
    this.#publish();
    return this.getSnapshot();
  }

  async refreshNow(): Promise<StatusSnapshot> {
    if (this.vault.credentials === undefined) throw new ControllerError('not-signed-in', 'Sign in first.');
    await this.#keeper.refreshNow();
    const state = this.#keeper.state;
    if (state.lastError !== undefined) throw state.lastError;
    return this.getSnapshot();
  }

  async copyToken(format: CopyFormat): Promise<{ format: CopyFormat; clearsAt?: number }> {
    const text = textToCopy(format === 'token' ? 'copy-token' : 'copy-header', this.#keeper.state, new Date());
    if (text === undefined) throw new ControllerError('no-token', 'There is no valid token to copy yet.');
    const seconds = this.settings.get().clipboardClearSeconds;
    this.#guard.copy(text, seconds);
    return seconds > 0 ? { format, clearsAt: Date.now() + seconds * 1000 } : { format };
  }

  async savePreferences(preferences: Preferences): Promise<Preferences> {
    try {
      const saved = preferencesOf(this.settings.update(preferences));
      this.#publish();
      return saved;
    } catch (error) {
      if (error instanceof SettingsValidationError) {
        throw new ControllerError('invalid-payload', error.message, error.fieldErrors);
      }
      throw error;
    }
  }

  async openExternal(url: string): Promise<void> {
    this.opened.push(url);
  }

  subscribe(listener: (snapshot: StatusSnapshot) => void): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }

  /** Stops timers and removes the temp dir. */
  async dispose(): Promise<void> {
    this.#keeper.stop();
    this.#guard.flush();
    await rm(this.directory, { recursive: true, force: true });
  }
}
