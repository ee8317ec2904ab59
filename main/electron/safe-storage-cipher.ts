// Electron's async safeStorage behind the core's SecretCipher interface.
import { safeStorage } from 'electron';
import { linuxKeyProviderOf, type CipherBackend, type SecretCipher } from '../core';
import { nodePlatform } from './node-platform';

/** The key store's name: Linux reports its own; macOS and Windows always use the OS keychain. */
function backendOf(storage: Electron.SafeStorage, platform: NodeJS.Platform): CipherBackend {
  if (platform === 'darwin') return 'macos_keychain';
  if (platform === 'win32') return 'windows_dpapi';
  return platform === 'linux' ? storage.getSelectedStorageBackend() : 'unknown';
}

/** What the Linux key-provider probe encrypts: a fixed, non-secret text. */
const PROBE_TEXT = 'patchworks-token-tray key probe';

/**
 * A SecretCipher over `safeStorage`'s async API (Electron 45). Use it only after the app is ready:
 * before that the backend reads `unknown` and the vault would fall back to session-only. On Linux it
 * also reports which key the async encryptor chose, read from a probe's ciphertext tag (key-provider.ts).
 */
export function createSafeStorageCipher(
  storage: Electron.SafeStorage = safeStorage,
  platform: NodeJS.Platform = nodePlatform(),
): SecretCipher {
  return {
    isAvailable: () => storage.isAsyncEncryptionAvailable(),
    backend: () => backendOf(storage, platform),
    encrypt: (plainText) => storage.encryptStringAsync(plainText),
    decrypt: async (encrypted) => {
      const { result, shouldReEncrypt } = await storage.decryptStringAsync(encrypted);
      return { text: result, shouldReEncrypt };
    },
    ...(platform === 'linux' && {
      keyProvider: async () => linuxKeyProviderOf(await storage.encryptStringAsync(PROBE_TEXT)),
    }),
  };
}
