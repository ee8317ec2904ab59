import type { VaultPersistence } from '../storage/credential-vault';
import { isTemporaryRefusal } from '../storage/keyring-refusal';
import type { SecretCipher } from '../storage/secret-cipher';
import { readSecretsFile, removeSecretsFile, writeSecretsFile } from '../storage/secrets-file';
import { keyringLocked } from './api-clients-error';
import { API_KEY_PATTERN, newApiKey } from './api-key';

/** The key file's name in the app's data folder (beside the profiles' secrets files). */
export const API_KEY_FILE_NAME = 'api-clients-key.json';

/** What the key store is built from. */
export interface ApiKeyStoreOptions {
  /** The owner-only file the encrypted key lives in. */
  path: string;
  /** The same OS-keychain cipher the credential vaults use. */
  cipher: SecretCipher;
  /** The keychain's verdict: `session-only` keeps the key in memory, a new one each launch. */
  persistence: VaultPersistence;
  /** Receives a failure to store the key (the key then lives for this session only). */
  onError?: (error: unknown) => void;
  /** Registers each key the store holds with the log redaction; returns a function that forgets it. */
  hideInLogs?: (secret: string) => () => void;
}

/**
 * Keeps the API-client key encrypted with the OS keychain (Electron's safeStorage, like the password) in
 * its own owner-only file, written atomically. A file that is missing, damaged or no longer decrypts is
 * replaced by a new key; while the keychain refuses for now (locked) nothing is replaced and the call
 * rejects with `keyring-locked`. Loading and rotating run one at a time, in call order.
 */
export class ApiKeyStore {
  readonly #options: ApiKeyStoreOptions;
  #persistence: VaultPersistence;
  #key: string | undefined;
  #forgetInLogs: () => void = () => undefined;
  #queue: Promise<unknown> = Promise.resolve();

  constructor(options: ApiKeyStoreOptions) {
    this.#options = options;
    this.#persistence = options.persistence;
  }

  /** `keychain` while the key is stored encrypted; `session-only` when it lives until quit. */
  get persistence(): VaultPersistence {
    return this.#persistence;
  }

  /** The key held now, if `load()` or `rotate()` ran; the endpoint reads it on every request. */
  get current(): string | undefined {
    return this.#key;
  }

  /** The key: the stored one, else a new one (stored at once); rejects `keyring-locked` while the keychain is locked. */
  load(): Promise<string> {
    return this.#enqueue(async () => this.#key ?? (await this.#readStored()) ?? (await this.#replace()));
  }

  /** Replaces the key with a new random one, stored first; the old one is refused once this resolves. */
  rotate(): Promise<string> {
    return this.#enqueue(() => this.#replace());
  }

  #enqueue<T>(task: () => Promise<T>): Promise<T> {
    const run = this.#queue.then(task);
    this.#queue = run.catch(() => undefined);
    return run;
  }

  async #readStored(): Promise<string | undefined> {
    if (this.#persistence !== 'keychain') return undefined;
    const content = await readSecretsFile(this.#options.path);
    if (content.kind !== 'encrypted') return undefined;
    try {
      const decrypted = await this.#options.cipher.decrypt(content.blob);
      if (!API_KEY_PATTERN.test(decrypted.text)) return undefined;
      this.#hold(decrypted.text);
      if (decrypted.shouldReEncrypt) await this.#store(decrypted.text).catch(() => undefined); // the old blob still decrypts
      return this.#key;
    } catch (error) {
      if (isTemporaryRefusal(error)) throw keyringLocked();
      return undefined;
    }
  }

  async #replace(): Promise<string> {
    const key = newApiKey();
    await this.#store(key);
    this.#hold(key);
    return key;
  }

  /** Makes `key` the current one (from now on the only one accepted) and hides it in the logs. */
  #hold(key: string): void {
    this.#forgetInLogs();
    this.#forgetInLogs = this.#options.hideInLogs?.(key) ?? (() => undefined);
    this.#key = key;
  }

  /**
   * Writes the key encrypted. A locked keychain rejects `keyring-locked` and changes nothing; any other
   * failure keeps the key in memory for this session (an older stored key is removed) and is reported.
   */
  async #store(key: string): Promise<void> {
    if (this.#persistence !== 'keychain') return;
    let blob: Buffer;
    try {
      blob = await this.#options.cipher.encrypt(key);
    } catch (error) {
      if (isTemporaryRefusal(error)) throw keyringLocked();
      return this.#fallBackToSession(error);
    }
    await writeSecretsFile(this.#options.path, blob).catch((error: unknown) => this.#fallBackToSession(error));
  }

  async #fallBackToSession(error: unknown): Promise<void> {
    this.#persistence = 'session-only';
    await removeSecretsFile(this.#options.path).catch(() => undefined);
    this.#options.onError?.(error);
  }
}
