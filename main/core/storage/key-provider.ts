/**
 * Which key protects what Linux safeStorage encrypts. Electron 45 exposes nothing about the async
 * encryptor's key provider: `getSelectedStorageBackend()` reports the synchronous API's choice only.
 * The one observable signal is Chromium's 3-byte version tag in front of every ciphertext: `v11` for
 * a key from the Secret Service (freedesktop_secret_key_provider), `v10` for the hard-coded fallback
 * key ("peanuts", posix_key_provider) used when no Secret Service answers. A storage-format detail,
 * not an Electron promise; meaningful on Linux only (macOS and Windows write `v10` with real keys).
 */
export type LinuxKeyProvider = 'secret-service' | 'fallback-key' | 'unknown';

/** Reads the provider from a ciphertext's tag; anything but `v10`/`v11` is `unknown`. */
export function linuxKeyProviderOf(ciphertext: Uint8Array): LinuxKeyProvider {
  const tag = Buffer.from(ciphertext.subarray(0, 3)).toString('latin1');
  if (tag === 'v11') return 'secret-service';
  if (tag === 'v10') return 'fallback-key';
  return 'unknown';
}
