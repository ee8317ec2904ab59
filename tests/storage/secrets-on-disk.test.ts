import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CredentialVault } from '../../main/core/storage/credential-vault';
import { profileSecretsFileName } from '../../main/core/storage/profile-vaults';
import { openSettingsStore } from '../../main/core/settings/settings-store';
import { openWithConf } from './conf-backing';
import { FakeKeychainCipher } from './fake-keychain-cipher';
import { expectNoSecretsOnDisk, readEveryFile } from './no-secrets-on-disk';

const PASSWORD = 'Pa55-word-never-on-disk';
const TOKEN = 'eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJkZXZAZXhhbXBsZS5jb20ifQ.dG9rZW4tc2lnbmF0dXJl';
const EMAIL = 'dev@example.com';

let directory: string;
beforeEach(() => {
  directory = mkdtempSync(join(tmpdir(), 'userdata-'));
});
afterEach(() => {
  rmSync(directory, { recursive: true, force: true });
});

const PROFILE_ID = 'p-stage';
const SECRETS_FILE = profileSecretsFileName(PROFILE_ID);

/** Signs in the way the app does: the profile into the settings, account and token into its vault. */
async function signIn(cipher: FakeKeychainCipher): Promise<CredentialVault> {
  const { store } = openSettingsStore(directory, openWithConf);
  store.update({
    profiles: [{ id: PROFILE_ID, name: 'Staging', email: EMAIL, environment: 'staging', customBaseUrl: '' }],
    defaultProfileId: PROFILE_ID,
  });
  const vault = new CredentialVault({ directory, cipher, fileName: SECRETS_FILE });
  await vault.load();
  await vault.saveCredentials({ email: EMAIL, password: PASSWORD });
  await vault.saveToken({ token: TOKEN, issuedAt: new Date(), expiresAt: new Date(Date.now() + 86_400_000) });
  return vault;
}

describe('secrets on disk', () => {
  it('the self-check finds a secret written in any of the forms it looks for', () => {
    const probe = mkdtempSync(join(tmpdir(), 'probe-'));
    try {
      const embedded = (prefix: string) => Buffer.from(`${prefix}{"password":"${PASSWORD}"}`).toString('base64');
      const forms = [PASSWORD, embedded(''), embedded('a'), embedded('ab'), Buffer.from(TOKEN).toString('hex')];
      for (const form of forms) {
        writeFileSync(join(probe, 'leak.txt'), `prefix ${form} suffix`);
        expect(() => expectNoSecretsOnDisk(probe, [PASSWORD, TOKEN])).toThrow('holds a secret');
      }
    } finally {
      rmSync(probe, { recursive: true, force: true });
    }
  });

  for (const backend of ['gnome_libsecret', 'basic_text'] as const) {
    it(`keeps the password and the token out of every file after sign-in and sign-out (${backend})`, async () => {
      const vault = await signIn(new FakeKeychainCipher({ backend }));
      const written = readEveryFile(directory).map(({ path }) => path.slice(directory.length + 1));
      expect(written).toContain('settings.json');
      if (backend === 'gnome_libsecret') expect(written).toContain(SECRETS_FILE);
      else expect(written).not.toContain(SECRETS_FILE);
      expectNoSecretsOnDisk(directory, [PASSWORD, TOKEN]);

      await vault.signOut();
      expect(readEveryFile(directory).map(({ path }) => path.slice(directory.length + 1))).toEqual(['settings.json']);
      expectNoSecretsOnDisk(directory, [PASSWORD, TOKEN]);
      expect(vault.credentials).toBeUndefined();
      expect(vault.token).toBeUndefined();
    });
  }
});
