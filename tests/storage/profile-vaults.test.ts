import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, type ProfileSettings } from '../../common/settings';
import type { IssuedToken } from '../../main/core/login/issued-token';
import { CredentialVault } from '../../main/core/storage/credential-vault';
import { adoptLegacySecrets, openProfileVaults, profileSecretsFileName } from '../../main/core/storage/profile-vaults';
import { SECRETS_FILE_NAME } from '../../main/core/storage/secrets-file';
import { FakeKeychainCipher } from './fake-keychain-cipher';

const HOUR = 3_600_000;
const TOKEN: IssuedToken = {
  token: 'eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJsZWdhY3kifQ.bGVnYWN5LXNpZw',
  issuedAt: new Date(Date.now() - HOUR),
  expiresAt: new Date(Date.now() + 20 * HOUR),
};
const profile = (id: string, name: string): ProfileSettings => ({ id, name, environment: 'production', customBaseUrl: '', email: `${name}@example.com` });
const WORK = profile('p-work', 'work');
const HOME = profile('p-home', 'home');

let directory: string;
const fileNames = () => readdirSync(directory).sort();

/** Writes a vault file the way the app does, under `fileName`, for `email`, with the day-long token. */
async function storeAccount(cipher: FakeKeychainCipher, email: string, fileName?: string): Promise<void> {
  const vault = new CredentialVault({ directory, cipher, ...(fileName && { fileName }) });
  await vault.load();
  await vault.saveCredentials({ email, password: `${email}-password` });
  await vault.saveToken(TOKEN);
}

beforeEach(() => {
  directory = mkdtempSync(join(tmpdir(), 'profile-vaults-'));
});
afterEach(() => {
  rmSync(directory, { recursive: true, force: true });
});

describe('adoptLegacySecrets', () => {
  it('renames the single-account secrets.json to the profile file, once', async () => {
    const cipher = new FakeKeychainCipher();
    await storeAccount(cipher, 'work@example.com');
    expect(fileNames()).toEqual([SECRETS_FILE_NAME]);
    expect(await adoptLegacySecrets(directory, 'p-work')).toBe(true);
    expect(fileNames()).toEqual(['secrets-p-work.json']);
    expect(await adoptLegacySecrets(directory, 'p-work')).toBe(false);
  });

  it('never overwrites a profile file that already exists, and does nothing without a legacy file', async () => {
    const cipher = new FakeKeychainCipher();
    await storeAccount(cipher, 'new@example.com', profileSecretsFileName('p-work'));
    await storeAccount(cipher, 'old@example.com');
    expect(await adoptLegacySecrets(directory, 'p-work')).toBe(false);
    const vault = new CredentialVault({ directory, cipher, fileName: profileSecretsFileName('p-work') });
    expect((await vault.load()).credentials?.email).toBe('new@example.com');
    rmSync(join(directory, SECRETS_FILE_NAME));
    expect(await adoptLegacySecrets(directory, 'p-home')).toBe(false);
    expect(fileNames()).toEqual(['secrets-p-work.json']);
  });
});

describe('openProfileVaults', () => {
  it('asks the keychain once at launch for every profile, and again for a profile added later', async () => {
    const cipher = new FakeKeychainCipher();
    const settings = { ...DEFAULT_SETTINGS, profiles: [WORK, HOME, profile('p-ops', 'ops')], defaultProfileId: 'p-work' };
    const vaults = await openProfileVaults({ directory, cipher, settings });
    expect(vaults.loaded.size).toBe(3);
    expect([...vaults.loaded.values()].every((vault) => vault.status.persistence === 'keychain')).toBe(true);
    expect(cipher.calls.filter((call) => call === 'isAvailable')).toHaveLength(1);
    await vaults.open('p-new');
    expect(cipher.calls.filter((call) => call === 'isAvailable')).toHaveLength(2);
  });

  it("hands a legacy secrets.json to the default profile: its account and token load, signed in", async () => {
    const cipher = new FakeKeychainCipher();
    await storeAccount(cipher, 'work@example.com');
    const vaults = await openProfileVaults({ directory, cipher, settings: { profiles: [WORK], defaultProfileId: WORK.id } });
    const work = vaults.loaded.get(WORK.id);
    expect(work?.credentials).toEqual({ email: 'work@example.com', password: 'work@example.com-password' });
    expect(work?.token?.token).toBe(TOKEN.token);
    expect(vaults.keyring.persistence).toBe('keychain');
    expect(vaults.notices).toEqual([]);
    expect(fileNames()).toEqual(['secrets-p-work.json']);
  });

  it('loads each profile from its own file and opens empty vaults for new profiles', async () => {
    const cipher = new FakeKeychainCipher();
    await storeAccount(cipher, 'work@example.com', profileSecretsFileName(WORK.id));
    await storeAccount(cipher, 'home@example.com', profileSecretsFileName(HOME.id));
    const vaults = await openProfileVaults({ directory, cipher, settings: { profiles: [WORK, HOME], defaultProfileId: HOME.id } });
    expect(vaults.loaded.get(WORK.id)?.credentials?.email).toBe('work@example.com');
    expect(vaults.loaded.get(HOME.id)?.credentials?.email).toBe('home@example.com');
    const fresh = await vaults.open('p-new');
    expect(fresh.credentials).toBeUndefined();
    await fresh.saveCredentials({ email: 'new@example.com', password: 'pw' });
    expect(fileNames()).toEqual(['secrets-p-home.json', 'secrets-p-new.json', 'secrets-p-work.json']);
  });

  it("a profile's sign-out removes only its own file and its set-aside and temporary files", async () => {
    const cipher = new FakeKeychainCipher();
    await storeAccount(cipher, 'work@example.com', profileSecretsFileName(WORK.id));
    await storeAccount(cipher, 'home@example.com', profileSecretsFileName(HOME.id));
    writeFileSync(join(directory, 'secrets-p-work.json.unreadable-2026-11-28T10-03-00-000Z'), 'x');
    writeFileSync(join(directory, 'secrets-p-work.json.tmp-1764324180000abcdef'), 'x');
    writeFileSync(join(directory, 'secrets-p-home.json.unreadable-2026-11-28T10-03-00-000Z'), 'x');
    const vaults = await openProfileVaults({ directory, cipher, settings: { profiles: [WORK, HOME], defaultProfileId: WORK.id } });
    await vaults.loaded.get(WORK.id)?.signOut();
    expect(fileNames()).toEqual(['secrets-p-home.json', 'secrets-p-home.json.unreadable-2026-11-28T10-03-00-000Z']);
    expect((await vaults.open(HOME.id)).credentials?.email).toBe('home@example.com');
  });

  it('tells about a keyring that cannot store secrets once, whatever the number of profiles', async () => {
    const cipher = new FakeKeychainCipher({ backend: 'basic_text' });
    const vaults = await openProfileVaults({ directory, cipher, settings: { profiles: [WORK, HOME], defaultProfileId: WORK.id } });
    expect(vaults.keyring.persistence).toBe('session-only');
    expect(vaults.notices.map((notice) => notice.kind)).toEqual(['session-only']);
    const none = await openProfileVaults({ directory, cipher, settings: DEFAULT_SETTINGS });
    expect(none.notices.map((notice) => notice.kind)).toEqual(['session-only']);
    expect(none.loaded.size).toBe(0);
  });

  it("passes on one profile's unreadable file as its own notice and leaves the other signed in", async () => {
    const cipher = new FakeKeychainCipher();
    await storeAccount(cipher, 'work@example.com', profileSecretsFileName(WORK.id));
    writeFileSync(join(directory, profileSecretsFileName(HOME.id)), '{"format":1,"blob":"not base64!"}');
    const vaults = await openProfileVaults({ directory, cipher, settings: { profiles: [WORK, HOME], defaultProfileId: WORK.id } });
    expect(vaults.notices.map((notice) => notice.kind)).toEqual(['sign-in-again']);
    expect(vaults.loaded.get(WORK.id)?.credentials?.email).toBe('work@example.com');
    expect(vaults.loaded.get(HOME.id)?.credentials).toBeUndefined();
  });
});
