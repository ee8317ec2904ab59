// The stand-in for safeStorage's async API, encrypting for real with the AES-256-GCM keychain stand-in.
import type { CipherBackend } from '../../main/core/storage/secret-cipher';
import { FakeKeychainCipher } from '../storage/fake-keychain-cipher';
import { DEFAULT_PROFILE, type PlatformProfile } from './platform-profile';

/** Linux backend names `getSelectedStorageBackend()` can report. */
export type LinuxStorageBackend = ReturnType<Electron.SafeStorage['getSelectedStorageBackend']>;

/**
 * Which key the async encryptor uses on Linux: the Secret Service's (Chromium's
 * freedesktop_secret_key_provider, ciphertext tag `v11`) or the hard-coded fallback key that
 * posix_key_provider uses when no Secret Service answers (tag `v10`, PBKDF2 of "peanuts").
 * `getSelectedStorageBackend()` does not reflect this choice (it reports the synchronous API's).
 */
export type AsyncKeyProvider = 'secret-service' | 'fallback-key';

/** How the keychain behaves for a launch. */
export interface FakeSafeStorageOptions {
  backend?: LinuxStorageBackend;
  available?: boolean;
  /** Linux only: the async encryptor's key (default `secret-service`). */
  asyncProvider?: AsyncKeyProvider;
  /** The keyring starts locked: encrypt and decrypt reject as "temporarily unavailable" until `unlockKeyring()`. */
  locked?: boolean;
}

/** The rejection Electron 45 gives while the keyring is locked or a keychain prompt is unanswered. */
export function temporarilyUnavailable(method: string): Error {
  // Message as reported from Electron (qisoft/i-hate-making-calls #28) and quoted by issue 11;
  // PR #49054 "refactor: reject when temporarily unavailable". Electron 45's d.ts has no flag for it.
  return new Error(`safeStorage.${method} is temporarily unavailable. Please try again.`);
}

/**
 * Electron's async safeStorage over `FakeKeychainCipher`. The keyring (its keys) lives as long as
 * this object, so blobs written in one launch decrypt in the next; `keychain.resetKeyring()` loses them.
 * Ciphertexts carry Chromium's 3-byte version tag (`v10`/`v11`) in front, as real ones do.
 */
export class FakeSafeStorage
  implements
    Pick<
      Electron.SafeStorage,
      'isAsyncEncryptionAvailable' | 'getSelectedStorageBackend' | 'encryptStringAsync' | 'decryptStringAsync'
    >
{
  readonly keychain = new FakeKeychainCipher({ backend: 'gnome_libsecret' as CipherBackend });
  backend: LinuxStorageBackend = 'gnome_libsecret';
  available = true;
  asyncProvider: AsyncKeyProvider = 'secret-service';
  locked = false;
  profile: PlatformProfile = DEFAULT_PROFILE;
  /** Method names called, never the text. */
  calls: string[] = [];
  #held: { promise: Promise<void>; release: () => void } | undefined;
  #prompt: { promise: Promise<void>; release: () => void } | undefined;

  /** Applies `options` and clears the call record; the keys are kept. */
  reset(options: FakeSafeStorageOptions = {}, profile: PlatformProfile = DEFAULT_PROFILE): void {
    this.backend = options.backend ?? 'gnome_libsecret';
    this.available = options.available ?? true;
    this.asyncProvider = options.asyncProvider ?? 'secret-service';
    this.locked = options.locked ?? false;
    this.profile = profile;
    this.calls = [];
    this.releaseEncryption();
    this.answerPrompt();
  }

  /** Makes every `encryptStringAsync` wait, as a slow keyring would, until `releaseEncryption()`. */
  holdEncryption(): void {
    this.#held ??= gate();
  }

  /** Lets held and later encryptions run. */
  releaseEncryption(): void {
    this.#held?.release();
    this.#held = undefined;
  }

  /**
   * A keychain prompt waits for the user (macOS Keychain access, a Linux keyring unlock dialog): every
   * call, `isAsyncEncryptionAvailable()` included, waits until `answerPrompt()` (d.ts: the encryptor
   * initialises lazily on first use and "the returned promise resolves once initialization completes").
   */
  showPrompt(): void {
    this.#prompt ??= gate();
  }

  /** The user answers the keychain prompt. */
  answerPrompt(): void {
    this.#prompt?.release();
    this.#prompt = undefined;
  }

  /** The keyring locks (e.g. screen lock on some desktops); calls reject as temporarily unavailable. */
  lockKeyring(): void {
    this.locked = true;
  }

  /** The user unlocks the keyring. */
  unlockKeyring(): void {
    this.locked = false;
  }

  async isAsyncEncryptionAvailable(): Promise<boolean> {
    this.calls.push('isAsyncEncryptionAvailable');
    await this.#prompt?.promise;
    return this.available;
  }

  getSelectedStorageBackend(): LinuxStorageBackend {
    this.calls.push('getSelectedStorageBackend');
    return this.backend;
  }

  async encryptStringAsync(plainText: string): Promise<Buffer> {
    this.calls.push('encryptStringAsync');
    await this.#prompt?.promise;
    if (!this.available) throw new Error('Encryption is not available.');
    if (this.locked) throw temporarilyUnavailable('encryptStringAsync');
    await this.#held?.promise;
    return Buffer.concat([Buffer.from(this.#tag(), 'latin1'), await this.keychain.encrypt(plainText)]);
  }

  async decryptStringAsync(encrypted: Buffer): Promise<Electron.DecryptStringAsyncReturnValue> {
    this.calls.push('decryptStringAsync');
    await this.#prompt?.promise;
    if (this.locked) throw temporarilyUnavailable('decryptStringAsync');
    const { text, shouldReEncrypt } = await this.keychain.decrypt(encrypted.subarray(3));
    return { result: text, shouldReEncrypt };
  }

  /** Chromium's tag: `v11` for a Linux Secret Service key, `v10` for the fallback key and on macOS/Windows. */
  #tag(): string {
    const linux = this.profile === 'linux-wayland' || this.profile === 'linux-x11';
    return linux && this.asyncProvider === 'secret-service' ? 'v11' : 'v10';
  }
}

function gate(): { promise: Promise<void>; release: () => void } {
  let release: () => void = () => undefined;
  const promise = new Promise<void>((done) => (release = done));
  return { promise, release };
}
