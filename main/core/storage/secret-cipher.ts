import type { LinuxKeyProvider } from './key-provider';

/**
 * Where the encryption key lives: Linux's safeStorage backends by their Electron names, or the
 * macOS keychain / Windows DPAPI. `basic_text` is a hard-coded key; `unknown` means not decided.
 */
export type CipherBackend =
  | 'basic_text'
  | 'gnome_libsecret'
  | 'kwallet'
  | 'kwallet5'
  | 'kwallet6'
  | 'unknown'
  | 'macos_keychain'
  | 'windows_dpapi';

/** A decrypted secret, and whether it should be encrypted again (the key was rotated or upgraded). */
export interface DecryptedText {
  text: string;
  shouldReEncrypt: boolean;
}

/** The OS keychain as the vault uses it; Electron's async safeStorage in the app, AES-GCM in tests. */
export interface SecretCipher {
  /** Whether encryption can be used now; may start the OS keychain, so call it first. */
  isAvailable(): Promise<boolean>;
  /** Which store holds the key; meaningful after `isAvailable` resolved. */
  backend(): CipherBackend;
  /** Encrypts text; rejects when the keychain refuses. */
  encrypt(plainText: string): Promise<Buffer>;
  /** Decrypts what `encrypt` made; rejects when the key that made it is gone. */
  decrypt(encrypted: Buffer): Promise<DecryptedText>;
  /**
   * Linux only: which key the encryptor really uses (see `linuxKeyProviderOf`); absent where the
   * backend's name says it all (macOS, Windows, tests).
   */
  keyProvider?(): Promise<LinuxKeyProvider>;
}
