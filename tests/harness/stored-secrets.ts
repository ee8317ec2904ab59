// Reads a profile's secrets file as the app wrote it, decrypted with the keychain stand-in's keys.
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { profileSecretsFileName } from '../../main/core/storage/profile-vaults';
import { electron } from './fake-electron';

/** What one secrets file holds once decrypted. */
export interface StoredSecrets {
  email: string;
  password: string;
  token?: { token: string; issuedAt: string; expiresAt: string };
}

/** The decrypted contents of profile `profileId`'s secrets file in `userData`. */
export async function storedSecrets(userData: string, profileId: string): Promise<StoredSecrets> {
  const envelope = JSON.parse(await readFile(join(userData, profileSecretsFileName(profileId)), 'utf8')) as { blob: string };
  const { result } = await electron.safeStorage.decryptStringAsync(Buffer.from(envelope.blob, 'base64'));
  return JSON.parse(result) as StoredSecrets;
}

/** The names of every secrets file in `userData` (including set-aside and temporary ones), sorted. */
export async function secretsFileNames(userData: string): Promise<string[]> {
  return (await readdir(userData)).filter((name) => name.startsWith('secrets')).sort();
}
