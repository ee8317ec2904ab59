import { readdir, rename, rm, stat } from 'node:fs/promises';
import { join } from 'node:path';
import type { Settings } from '../../../common/settings';
import { CredentialVault, keyringVerdict, type KeyringVerdict } from './credential-vault';
import type { SecretCipher } from './secret-cipher';
import { SECRETS_FILE_NAME } from './secrets-file';
import type { StorageNotice } from './storage-notice';
import { orphansRemovedNotice } from './vault-notices';

/** The secrets file of one profile: `secrets-<id>.json` (ids are plain file-name characters). */
export function profileSecretsFileName(profileId: string): string {
  return `secrets-${profileId}.json`;
}

async function exists(path: string): Promise<boolean> {
  try {
    await stat(path);
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return false;
    throw error;
  }
}

/**
 * Hands the single-account secrets file (`secrets.json`) to the profile the migration made of that
 * account: renames it to the profile's file name unless that file already exists. Returns whether it moved.
 */
export async function adoptLegacySecrets(directory: string, profileId: string): Promise<boolean> {
  const legacy = join(directory, SECRETS_FILE_NAME);
  const target = join(directory, profileSecretsFileName(profileId));
  if (!(await exists(legacy)) || (await exists(target))) return false;
  await rename(legacy, target);
  return true;
}

/** The profiles' vaults as a launch finds them, and how to make one for a new profile. */
export interface ProfileVaults {
  /** One loaded vault per profile of the settings at launch, by profile id. */
  readonly loaded: ReadonlyMap<string, CredentialVault>;
  /** Whether secrets can be stored on disk at all (the same keychain serves every profile). */
  readonly keyring: KeyringVerdict;
  /** What to tell the user: the keyring's notice once, then each vault's own (e.g. "sign in again"). */
  readonly notices: readonly StorageNotice[];
  /** Creates and loads the vault of a (new) profile. */
  open(profileId: string): Promise<CredentialVault>;
}

/**
 * Opens every profile's vault in `directory`: first hands a legacy `secrets.json` to the default
 * profile (so a migrated single account stays signed in), asks the keychain once, then loads each vault.
 */
export async function openProfileVaults(options: {
  directory: string;
  cipher: SecretCipher;
  settings: Pick<Settings, 'profiles' | 'defaultProfileId'>;
}): Promise<ProfileVaults> {
  const { directory, cipher, settings } = options;
  if (settings.defaultProfileId !== '') await adoptLegacySecrets(directory, settings.defaultProfileId);
  const keyring = await keyringVerdict(cipher);
  // Vaults opened now share the verdict just read; one added later asks the keychain again (it may be unlocked by then).
  const open = async (profileId: string, known?: KeyringVerdict): Promise<CredentialVault> => {
    const vault = new CredentialVault({ directory, cipher, fileName: profileSecretsFileName(profileId), ...(known && { keyring: known }) });
    await vault.load();
    return vault;
  };
  const loaded = new Map<string, CredentialVault>();
  const notices: StorageNotice[] = keyring.notice ? [keyring.notice] : [];
  for (const profile of settings.profiles) {
    const vault = await open(profile.id, keyring);
    loaded.set(profile.id, vault);
    const notice = vault.status.notice;
    if (notice && notice.kind !== 'session-only') notices.push(notice);
  }
  const orphans = await removeOrphanedSecrets(directory, new Set(settings.profiles.map((profile) => profile.id)));
  if (orphans) notices.push(orphans);
  return { loaded, keyring, notices, open: (profileId) => open(profileId) };
}

/** `secrets-<id>.json` and the files beside it (`.corrupt-…`, `.tmp-…`), by the profile id they belong to. */
const PROFILE_SECRETS = /^secrets-(.+?)\.json(?:\..*)?$/;

/**
 * Removes the secrets files of profiles the settings no longer have (a damaged settings file lost them,
 * or a removal was cut short), so no password stays on disk with no profile to sign it out. Returns
 * the notice naming what was removed, and what could not be; undefined when there was nothing.
 */
async function removeOrphanedSecrets(directory: string, profileIds: ReadonlySet<string>): Promise<StorageNotice | undefined> {
  const names = await readdir(directory).catch(() => []);
  const orphans = names.filter((name) => {
    const id = PROFILE_SECRETS.exec(name)?.[1];
    return id !== undefined && !profileIds.has(id);
  });
  if (orphans.length === 0) return undefined;
  const removed: string[] = [];
  const failed: string[] = [];
  for (const name of orphans) {
    const path = join(directory, name);
    await rm(path, { force: true, recursive: false }).then(
      () => removed.push(path),
      () => failed.push(path),
    );
  }
  return orphansRemovedNotice(removed, failed);
}
