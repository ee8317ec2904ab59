// Electron's async safeStorage behind the core's SecretCipher interface.
import { safeStorage } from 'electron';
import type { CipherBackend, SecretCipher } from '../core';

/** The key store's name: Linux reports its own; macOS and Windows always use the OS keychain. */
function backendOf(storage: Electron.SafeStorage, platform: NodeJS.Platform): CipherBackend {
  if (platform === 'darwin') return 'macos_keychain';
  if (platform === 'win32') return 'windows_dpapi';
  return platform === 'linux' ? storage.getSelectedStorageBackend() : 'unknown';
}

/**
 * A SecretCipher over `safeStorage`'s async API (Electron 45). Use it only after the app is ready:
 * before that the backend reads `unknown` and the vault would fall back to session-only.
 */
export function createSafeStorageCipher(
  storage: Electron.SafeStorage = safeStorage,
  platform: NodeJS.Platform = process.platform,
): SecretCipher {
  return {
    isAvailable: () => storage.isAsyncEncryptionAvailable(),
    backend: () => backendOf(storage, platform),
    encrypt: (plainText) => storage.encryptStringAsync(plainText),
    decrypt: async (encrypted) => {
      const { result, shouldReEncrypt } = await storage.decryptStringAsync(encrypted);
      return { text: result, shouldReEncrypt };
    },
  };
}
