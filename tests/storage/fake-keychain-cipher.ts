import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import type { CipherBackend, DecryptedText, SecretCipher } from '../../main/core/storage/secret-cipher';

/** A call the vault made, by method name only (never the text), for tests to assert on. */
export type FakeKeychainCall = 'isAvailable' | 'backend' | 'encrypt' | 'decrypt';

const IV_BYTES = 12;
const TAG_BYTES = 16;

/**
 * A stand-in for the OS keychain behind the cipher interface: real AES-256-GCM with random keys held
 * in memory. `rotateKey()` makes older blobs decrypt with `shouldReEncrypt`, `resetKeyring()` makes
 * them undecryptable, and `refuseEncryption` makes `encrypt` reject. The backend name and
 * availability simulate Linux without a keyring (`basic_text`, `unknown`) or a locked one.
 * Blob layout: key id (1 byte) | IV (12) | tag (16) | ciphertext.
 */
export class FakeKeychainCipher implements SecretCipher {
  readonly calls: FakeKeychainCall[] = [];
  refuseEncryption = false;
  #keys = new Map<number, Buffer>();
  #currentKeyId = 0;
  readonly #backend: CipherBackend;
  readonly #available: boolean;

  constructor(options: { backend?: CipherBackend; available?: boolean } = {}) {
    this.#backend = options.backend ?? 'gnome_libsecret';
    this.#available = options.available ?? true;
    this.#keys.set(0, randomBytes(32));
  }

  /** Resolves with the availability given to the constructor. */
  async isAvailable(): Promise<boolean> {
    this.calls.push('isAvailable');
    return this.#available;
  }

  /** The backend name given to the constructor. */
  backend(): CipherBackend {
    this.calls.push('backend');
    return this.#backend;
  }

  /** AES-256-GCM with the current key. */
  async encrypt(plainText: string): Promise<Buffer> {
    this.calls.push('encrypt');
    if (this.refuseEncryption) throw new Error('The keyring refused to encrypt.');
    const key = this.#keys.get(this.#currentKeyId) as Buffer;
    const iv = randomBytes(IV_BYTES);
    const cipher = createCipheriv('aes-256-gcm', key, iv);
    const body = Buffer.concat([cipher.update(plainText, 'utf8'), cipher.final()]);
    return Buffer.concat([Buffer.of(this.#currentKeyId), iv, cipher.getAuthTag(), body]);
  }

  /** Decrypts with the key the blob names; rejects when that key is gone or the blob was altered. */
  async decrypt(encrypted: Buffer): Promise<DecryptedText> {
    this.calls.push('decrypt');
    const keyId = encrypted[0] ?? -1;
    const key = this.#keys.get(keyId);
    if (!key) throw new Error('The key that encrypted this data is not in the keyring.');
    const iv = encrypted.subarray(1, 1 + IV_BYTES);
    const tag = encrypted.subarray(1 + IV_BYTES, 1 + IV_BYTES + TAG_BYTES);
    const decipher = createDecipheriv('aes-256-gcm', key, iv);
    decipher.setAuthTag(tag);
    const text = Buffer.concat([decipher.update(encrypted.subarray(1 + IV_BYTES + TAG_BYTES)), decipher.final()]);
    return { text: text.toString('utf8'), shouldReEncrypt: keyId !== this.#currentKeyId };
  }

  /** A new current key; blobs made with older keys still decrypt but ask to be re-encrypted. */
  rotateKey(): void {
    this.#currentKeyId += 1;
    this.#keys.set(this.#currentKeyId, randomBytes(32));
  }

  /** Forgets every key, as a reset keyring does; a new key is made for what comes next. */
  resetKeyring(): void {
    this.#keys.clear();
    this.rotateKey();
  }
}
