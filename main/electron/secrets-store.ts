// The credential vault in userData, encrypted with safeStorage.
import { app } from 'electron';
import { CredentialVault } from '../core';
import { createSafeStorageCipher } from './safe-storage-cipher';

/** Creates the vault; call after `app.whenReady()`, then `await vault.load()` before using it. */
export function createAppVault(directory: string = app.getPath('userData')): CredentialVault {
  if (!app.isReady()) throw new Error('The credential vault needs the app to be ready (safeStorage).');
  return new CredentialVault({ directory, cipher: createSafeStorageCipher() });
}
