import { readdir, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { isExpired, type IssuedToken } from '../login/issued-token';
import { isTemporaryRefusal } from './keyring-refusal';
import type { CipherBackend, SecretCipher } from './secret-cipher';
import { readSecretsFile, removeSecretsFile, SECRETS_FILE_NAME, writeSecretsFile } from './secrets-file';
import { moveAside } from './set-aside';
import type { StorageNotice } from './storage-notice';
import { decodeVaultContents, encodeVaultContents, type StoredCredentials } from './vault-payload';
import { describeFileProblem } from '../shared/file-problem';
import { fallbackKeyNotice, notSavedNotice, sessionOnlyNotice, signInAgainNotice, unusableFileNotice } from './vault-notices';

/** Where the password lives: encrypted on disk by the OS keychain, or in memory until quit. */
export type VaultPersistence = 'keychain' | 'session-only';

/** What the UI shows about the vault; `notice` holds for as long as its reason does. */
export interface VaultStatus {
  persistence: VaultPersistence;
  backend: CipherBackend;
  hasCredentials: boolean;
  /** Present while the keychain refuses for now (locked, prompt unanswered): the stored account waits, its file kept. */
  locked?: true;
  notice?: StorageNotice;
}

/** What a launch finds: the stored account, a token that has not expired, and a notice if any. */
export interface VaultLoadResult {
  credentials?: StoredCredentials;
  token?: IssuedToken;
  notice?: StorageNotice;
}

/** Where secrets may live with this keychain, decided once per vault at load. */
export interface KeyringVerdict {
  persistence: VaultPersistence;
  backend: CipherBackend;
  /** Why secrets stay in memory (absent when the keychain is used). */
  notice?: StorageNotice;
}

/** Backends that do not protect a key: a hard-coded one, or none chosen. */
const WEAK_BACKENDS: ReadonlySet<CipherBackend> = new Set(['basic_text', 'unknown']);

/**
 * Asks the keychain whether secrets may be stored: only with a backend that protects its key;
 * otherwise they stay in memory for the session, and the notice says why.
 */
export async function keyringVerdict(cipher: SecretCipher): Promise<KeyringVerdict> {
  const available = await cipher.isAvailable().catch(() => false);
  const backend = cipher.backend();
  if (!available || WEAK_BACKENDS.has(backend)) {
    return { persistence: 'session-only', backend, notice: sessionOnlyNotice(backend, available) };
  }
  // A refusal of the probe (locked keyring) or an unreadable tag leaves the backend's word standing.
  const provider = await cipher.keyProvider?.().catch(() => 'unknown' as const);
  if (provider === 'fallback-key') return { persistence: 'session-only', backend, notice: fallbackKeyNotice() };
  return { persistence: 'keychain', backend };
}

/** What a vault is built from; `fileName` defaults to the single-account `secrets.json`. */
export interface CredentialVaultOptions {
  directory: string;
  cipher: SecretCipher;
  /** The secrets file's name in `directory` (one per profile: see `profileSecretsFileName`). */
  fileName?: string;
  /** The keychain's verdict when the caller already asked for it (several vaults opened together); else `load()` asks. */
  keyring?: KeyringVerdict;
}

/**
 * Keeps one account's email and password and the last token, encrypted by the OS keychain in an
 * owner-only secrets file beside the settings. Where the keychain is weak or unusable it keeps them
 * in memory for the session only and says why. Writes run one at a time, in call order, so a
 * sign-out always wins over a save that started before it. Call `load()` once before anything else.
 */
export class CredentialVault {
  readonly #cipher: SecretCipher;
  readonly #directory: string;
  readonly #fileName: string;
  readonly #path: string;
  readonly #knownKeyring: KeyringVerdict | undefined;
  #loaded = false;
  #persistence: VaultPersistence = 'session-only';
  #backend: CipherBackend = 'unknown';
  #notice: StorageNotice | undefined;
  #locked = false;
  /** What memory holds was not written because the keychain refused for now. */
  #unsaved = false;
  #credentials: StoredCredentials | undefined;
  #token: IssuedToken | undefined;
  #queue: Promise<void> = Promise.resolve();

  constructor(options: CredentialVaultOptions) {
    this.#cipher = options.cipher;
    this.#directory = options.directory;
    this.#fileName = options.fileName ?? SECRETS_FILE_NAME;
    this.#path = join(options.directory, this.#fileName);
    this.#knownKeyring = options.keyring;
  }

  /** Decides where secrets may live and reads what was stored; never rejects for a bad file. */
  async load(): Promise<VaultLoadResult> {
    const verdict = this.#knownKeyring ?? (await keyringVerdict(this.#cipher));
    this.#backend = verdict.backend;
    this.#persistence = verdict.persistence;
    this.#notice = verdict.notice;
    this.#loaded = true;
    if (this.#persistence === 'keychain') {
      // A file that cannot be read at all (a folder, a disk error) leaves this profile signed out, with a notice naming it.
      await this.#enqueue(() => this.#readStored()).catch((error: unknown) => {
        this.#notice = unusableFileNotice(describeFileProblem(error, this.#path));
      });
    }
    return {
      ...(this.#credentials && { credentials: { ...this.#credentials } }),
      ...(this.#token && { token: { ...this.#token } }),
      ...(this.#notice && { notice: this.#notice }),
    };
  }

  /** Where secrets live now, and the notice to show. */
  get status(): VaultStatus {
    return {
      persistence: this.#persistence,
      backend: this.#backend,
      hasCredentials: this.#credentials !== undefined,
      ...(this.#locked && { locked: true as const }),
      ...(this.#notice && { notice: this.#notice }),
    };
  }

  /** True while the keychain refuses for now and the stored account could not be read yet. */
  get locked(): boolean {
    return this.#locked;
  }

  /** True while the keychain refuses for now and something waits for it: the stored account, or a write. */
  get waitsForKeychain(): boolean {
    return this.#locked || this.#unsaved;
  }

  /**
   * After a refusal "for now": reads the stored account again (unless the user signed in meanwhile,
   * whose account is then written instead). Resolves true while the keychain still refuses.
   */
  retryUnlock(): Promise<boolean> {
    this.#assertLoaded();
    if (!this.#locked && !this.#unsaved) return Promise.resolve(false);
    return this.#enqueue(async () => {
      if (this.#credentials) {
        this.#locked = false;
        await this.#writeCurrent();
      } else {
        this.#locked = false;
        await this.#readStored();
      }
    }).then(() => this.#locked || this.#unsaved);
  }

  /** The account held now (stored or session-only). */
  get credentials(): StoredCredentials | undefined {
    return this.#credentials && { ...this.#credentials };
  }

  /** The last token saved, if it has not expired. */
  get token(): IssuedToken | undefined {
    return this.#token && !isExpired(this.#token, Date.now()) ? { ...this.#token } : undefined;
  }

  /**
   * Holds the account and stores it encrypted. A different email drops the old account's token.
   * Session-only, the secrets file is removed instead, so an older account cannot come back.
   */
  saveCredentials(credentials: StoredCredentials): Promise<void> {
    this.#assertLoaded();
    if (this.#credentials?.email !== credentials.email) this.#token = undefined;
    this.#credentials = { ...credentials };
    // The user's new account replaces whatever the locked file holds; it is written once the keychain allows.
    this.#locked = false;
    if (this.#notice?.kind === 'sign-in-again') this.#notice = undefined;
    return this.#enqueue(() => (this.#persistence === 'keychain' ? this.#writeCurrent() : removeSecretsFile(this.#path)));
  }

  /** Holds the newest token and stores it with the account (only while an account is held). */
  saveToken(token: IssuedToken): Promise<void> {
    this.#assertLoaded();
    this.#token = { token: token.token, issuedAt: token.issuedAt, expiresAt: token.expiresAt };
    if (this.#persistence !== 'keychain' || !this.#credentials) return this.#queue;
    return this.#enqueue(() => this.#writeCurrent());
  }

  /** Forgets the password and the token in memory and removes this vault's secrets files from disk (no other's). */
  signOut(): Promise<void> {
    this.#assertLoaded();
    this.#credentials = undefined;
    this.#token = undefined;
    if (this.#notice?.kind === 'sign-in-again') this.#notice = undefined;
    return this.#enqueue(() => this.#removeAll());
  }

  #assertLoaded(): void {
    if (!this.#loaded) throw new Error('CredentialVault.load() must finish before the vault is used.');
  }

  #enqueue(task: () => Promise<void>): Promise<void> {
    const run = this.#queue.then(task);
    this.#queue = run.catch(() => undefined);
    return run;
  }

  async #readStored(): Promise<void> {
    const content = await readSecretsFile(this.#path);
    if (content.kind === 'missing') return;
    if (content.kind === 'unreadable') return this.#setAside();
    let decrypted;
    try {
      decrypted = await this.#cipher.decrypt(content.blob);
    } catch (error) {
      // Locked for now: the file is fine and stays where it is; KeychainRetry reads it again later.
      if (isTemporaryRefusal(error)) {
        this.#locked = this.#credentials === undefined;
        return;
      }
      return this.#setAside();
    }
    // The user signed in while this read waited for the keychain: the newer account in memory wins.
    if (this.#credentials) return;
    const contents = decodeVaultContents(decrypted.text);
    if (!contents) return this.#setAside();
    this.#credentials = contents.credentials;
    this.#token = contents.token && !isExpired(contents.token, Date.now()) ? contents.token : undefined;
    if (decrypted.shouldReEncrypt) await this.#writeCurrent();
  }

  #setAside(): void {
    let asidePath: string | undefined;
    try {
      asidePath = moveAside(this.#path, 'unreadable');
    } catch {
      asidePath = undefined;
    }
    this.#notice = signInAgainNotice(asidePath);
  }

  /** Writes what memory holds; on failure falls back to session-only and removes the stale file. */
  async #writeCurrent(): Promise<void> {
    if (this.#persistence !== 'keychain') return;
    const credentials = this.#credentials;
    if (!credentials) return removeSecretsFile(this.#path);
    const token = this.#token && !isExpired(this.#token, Date.now()) ? this.#token : undefined;
    let blob: Buffer;
    try {
      blob = await this.#cipher.encrypt(encodeVaultContents({ credentials, ...(token && { token }) }));
    } catch (error) {
      // Refused for now: keep the file as it is and write again on the next retry.
      if (isTemporaryRefusal(error)) {
        this.#unsaved = true;
        return;
      }
      return this.#fallBackToSession('keyring-refused');
    }
    this.#unsaved = false;
    try {
      await writeSecretsFile(this.#path, blob);
    } catch {
      return this.#fallBackToSession('write-failed');
    }
  }

  async #fallBackToSession(cause: 'keyring-refused' | 'write-failed'): Promise<void> {
    this.#persistence = 'session-only';
    this.#notice = notSavedNotice(cause);
    await removeSecretsFile(this.#path).catch(() => undefined);
  }

  /** This vault's secrets file, files set aside from it, and temporary files an interrupted write left. */
  async #removeAll(): Promise<void> {
    const names = await readdir(this.#directory).catch(() => []);
    const ours = names.filter((name) => name === this.#fileName || name.startsWith(`${this.#fileName}.`));
    await Promise.all(ours.map((name) => rm(join(this.#directory, name), { force: true })));
  }
}

