// The stand-in for safeStorage's async API, encrypting for real with the AES-256-GCM keychain stand-in.
import type { CipherBackend } from '../../main/core/storage/secret-cipher';
import { FakeKeychainCipher } from '../storage/fake-keychain-cipher';

/** Linux backend names `getSelectedStorageBackend()` can report. */
export type LinuxStorageBackend = ReturnType<Electron.SafeStorage['getSelectedStorageBackend']>;

/** How the keychain behaves for a launch. */
export interface FakeSafeStorageOptions {
  backend?: LinuxStorageBackend;
  available?: boolean;
}

/**
 * Electron's async safeStorage over `FakeKeychainCipher`. The keyring (its keys) lives as long as
 * this object, so blobs written in one launch decrypt in the next; `keychain.resetKeyring()` loses them.
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
  /** Method names called, never the text. */
  calls: string[] = [];
  #held: { promise: Promise<void>; release: () => void } | undefined;

  /** Applies `options` and clears the call record; the keys are kept. */
  reset(options: FakeSafeStorageOptions = {}): void {
    this.backend = options.backend ?? 'gnome_libsecret';
    this.available = options.available ?? true;
    this.calls = [];
    this.releaseEncryption();
  }

  /** Makes every `encryptStringAsync` wait, as a slow keyring would, until `releaseEncryption()`. */
  holdEncryption(): void {
    if (this.#held) return;
    let release: () => void = () => undefined;
    const promise = new Promise<void>((done) => (release = done));
    this.#held = { promise, release };
  }

  /** Lets held and later encryptions run. */
  releaseEncryption(): void {
    this.#held?.release();
    this.#held = undefined;
  }

  async isAsyncEncryptionAvailable(): Promise<boolean> {
    this.calls.push('isAsyncEncryptionAvailable');
    return this.available;
  }

  getSelectedStorageBackend(): LinuxStorageBackend {
    this.calls.push('getSelectedStorageBackend');
    return this.backend;
  }

  async encryptStringAsync(plainText: string): Promise<Buffer> {
    this.calls.push('encryptStringAsync');
    if (!this.available) throw new Error('Encryption is not available.');
    await this.#held?.promise;
    return this.keychain.encrypt(plainText);
  }

  async decryptStringAsync(encrypted: Buffer): Promise<Electron.DecryptStringAsyncReturnValue> {
    this.calls.push('decryptStringAsync');
    const { text, shouldReEncrypt } = await this.keychain.decrypt(encrypted);
    return { result: text, shouldReEncrypt };
  }
}
