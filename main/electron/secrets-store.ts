// The profiles' credential vaults in userData, encrypted with safeStorage.
import { app } from 'electron';
import type { Settings } from '../../common/settings';
import { openProfileVaults, type ProfileVaults } from '../core';
import { createSafeStorageCipher } from './safe-storage-cipher';

/**
 * Opens every profile's vault (after handing a legacy single-account `secrets.json` to the default
 * profile); call after `app.whenReady()` (safeStorage).
 */
export function openAppVaults(
  settings: Pick<Settings, 'profiles' | 'defaultProfileId'>,
  directory: string = app.getPath('userData'),
): Promise<ProfileVaults> {
  if (!app.isReady()) throw new Error('The credential vaults need the app to be ready (safeStorage).');
  return openProfileVaults({ directory, cipher: createSafeStorageCipher(), settings });
}
