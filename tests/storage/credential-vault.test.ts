import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { IssuedToken } from '../../main/core/login/issued-token';
import { CredentialVault } from '../../main/core/storage/credential-vault';
import { FakeKeychainCipher } from './fake-keychain-cipher';
import { readEveryFile } from './no-secrets-on-disk';

const PASSWORD = 'correct horse battery staple';
const CREDENTIALS = { email: 'dev@example.com', password: PASSWORD };
const HOUR = 3_600_000;
const tokenExpiringIn = (ms: number): IssuedToken => ({
  token: 'eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJkZXYifQ.c2lnbmF0dXJl',
  issuedAt: new Date(Date.now() - HOUR),
  expiresAt: new Date(Date.now() + ms),
});

let directory: string;
const secretsPath = () => join(directory, 'secrets.json');
const fileNames = () => readdirSync(directory).sort();
const openVault = (cipher: FakeKeychainCipher) => new CredentialVault({ directory, cipher });

/** Stores the account and a day-long token with a fresh keychain; returns that keychain. */
async function signedIn(
  cipher = new FakeKeychainCipher(),
  token = tokenExpiringIn(24 * HOUR),
): Promise<FakeKeychainCipher> {
  const vault = openVault(cipher);
  await vault.load();
  await vault.saveCredentials(CREDENTIALS);
  await vault.saveToken(token);
  return cipher;
}

beforeEach(() => {
  directory = mkdtempSync(join(tmpdir(), 'vault-'));
});
afterEach(() => {
  rmSync(directory, { recursive: true, force: true });
});

describe('credential vault with a working keychain', () => {
  it('round-trips the account and the token through the keychain into an owner-only file', async () => {
    const token = tokenExpiringIn(24 * HOUR);
    const cipher = await signedIn(new FakeKeychainCipher(), token);
    expect(fileNames()).toEqual(['secrets.json']);
    if (process.platform !== 'win32') expect(statSync(secretsPath()).mode & 0o777).toBe(0o600);

    const reopened = openVault(cipher);
    expect(await reopened.load()).toEqual({ credentials: CREDENTIALS, token });
    expect(reopened.status).toEqual({ persistence: 'keychain', backend: 'gnome_libsecret', hasCredentials: true });
  });

  it('does not offer a token that has expired, but keeps the account', async () => {
    const cipher = new FakeKeychainCipher();
    const vault = openVault(cipher);
    await vault.load();
    await vault.saveCredentials(CREDENTIALS);
    await vault.saveToken({ ...tokenExpiringIn(-1), token: 'expired.token.value' });
    expect(await openVault(cipher).load()).toEqual({ credentials: CREDENTIALS });
  });

  it('re-encrypts and saves when the keychain says the key was rotated', async () => {
    const cipher = await signedIn();
    const before = readFileSync(secretsPath());
    cipher.rotateKey();
    cipher.calls.length = 0;
    expect((await openVault(cipher).load()).credentials).toEqual(CREDENTIALS);
    expect(cipher.calls).toEqual(['isAvailable', 'backend', 'decrypt', 'encrypt']);
    const after = readFileSync(secretsPath());
    expect(after).not.toEqual(before);
    cipher.calls.length = 0;
    await openVault(cipher).load();
    expect(cipher.calls).toEqual(['isAvailable', 'backend', 'decrypt']);
  });

  it('sets an undecryptable blob aside, asks to sign in again, and recovers on the next sign-in', async () => {
    const cipher = await signedIn();
    const original = readFileSync(secretsPath());
    cipher.resetKeyring();
    const vault = openVault(cipher);
    const loaded = await vault.load();
    expect(loaded.credentials).toBeUndefined();
    expect(loaded.token).toBeUndefined();
    const aside = fileNames().find((name) => name.startsWith('secrets.json.unreadable-'));
    expect(fileNames()).toEqual([aside]);
    expect(readFileSync(join(directory, aside ?? ''))).toEqual(original);
    expect(loaded.notice).toEqual({
      kind: 'sign-in-again',
      title: 'Please sign in again',
      message: `Your saved sign-in could not be unlocked. This happens when the system keyring was reset, or the app's data folder was copied from another user account or computer. Sign in again to continue. The unreadable file was kept as ${join(directory, aside ?? '')}.`,
    });

    await vault.saveCredentials(CREDENTIALS);
    expect(vault.status.notice).toBeUndefined();
    expect((await openVault(cipher).load()).credentials).toEqual(CREDENTIALS);
  });

  it('treats a data folder moved to another keychain the same way', async () => {
    await signedIn();
    const loaded = await openVault(new FakeKeychainCipher()).load();
    expect(loaded.notice?.kind).toBe('sign-in-again');
    expect(loaded.credentials).toBeUndefined();
  });

  it('treats a damaged secrets file as unreadable instead of failing', async () => {
    writeFileSync(secretsPath(), '{"format":1,"blob":"not base64!!"}');
    const loaded = await openVault(new FakeKeychainCipher()).load();
    expect(loaded.notice?.kind).toBe('sign-in-again');
    expect(fileNames()).toHaveLength(1);
    expect(fileNames()[0]).toMatch(/^secrets\.json\.unreadable-/);
  });

  it('drops the old account token when the email changes, keeps it when only the password does', async () => {
    const cipher = await signedIn();
    const vault = openVault(cipher);
    await vault.load();
    await vault.saveCredentials({ ...CREDENTIALS, password: 'new password' });
    expect(vault.token).toBeDefined();
    await vault.saveCredentials({ email: 'other@example.com', password: 'x' });
    expect(vault.token).toBeUndefined();
    expect(await openVault(cipher).load()).toEqual({ credentials: { email: 'other@example.com', password: 'x' } });
  });

  it('signs out: nothing in memory, no secrets file and nothing set aside left', async () => {
    const cipher = await signedIn();
    cipher.resetKeyring();
    const vault = openVault(cipher);
    await vault.load();
    await vault.saveCredentials(CREDENTIALS);
    expect(fileNames()).toHaveLength(2);
    await vault.signOut();
    expect(vault.credentials).toBeUndefined();
    expect(vault.token).toBeUndefined();
    expect(vault.status.hasCredentials).toBe(false);
    expect(fileNames()).toEqual([]);
    expect(await openVault(cipher).load()).toEqual({});
  });

  it('lets a sign-out win over saves still in flight', async () => {
    const cipher = new FakeKeychainCipher();
    const vault = openVault(cipher);
    await vault.load();
    const saves = [vault.saveCredentials(CREDENTIALS), vault.saveToken(tokenExpiringIn(HOUR))];
    await Promise.all([...saves, vault.signOut()]);
    expect(fileNames()).toEqual([]);
  });

  it('keeps the password for the session when the keychain refuses to encrypt', async () => {
    const cipher = new FakeKeychainCipher();
    cipher.refuseEncryption = true;
    const vault = openVault(cipher);
    await vault.load();
    await vault.saveCredentials(CREDENTIALS);
    expect(vault.credentials).toEqual(CREDENTIALS);
    expect(vault.status.persistence).toBe('session-only');
    expect(vault.status.notice?.message).toContain('The system keyring refused to encrypt your password');
    expect(fileNames()).toEqual([]);
  });

  it('must be loaded before use', () => {
    expect(() => openVault(new FakeKeychainCipher()).saveCredentials(CREDENTIALS)).toThrow('load()');
  });
});

describe('credential vault without a usable keychain', () => {
  const sessionOnlyCases = [
    {
      name: 'no keyring found (basic_text)',
      cipher: () => new FakeKeychainCipher({ backend: 'basic_text' }),
      reason: 'No system keyring was found on this computer',
    },
    {
      name: 'keyring not known (unknown)',
      cipher: () => new FakeKeychainCipher({ backend: 'unknown' }),
      reason: 'The app could not tell which system keyring to use',
    },
    {
      name: 'GNOME Keyring locked (unavailable)',
      cipher: () => new FakeKeychainCipher({ backend: 'gnome_libsecret', available: false }),
      reason: 'GNOME Keyring is locked or not running',
    },
    {
      name: 'KWallet closed (unavailable)',
      cipher: () => new FakeKeychainCipher({ backend: 'kwallet6', available: false }),
      reason: 'KDE Wallet (KWallet) is closed or turned off',
    },
  ];

  for (const { name, cipher, reason } of sessionOnlyCases) {
    it(`keeps the password in memory only and says why: ${name}`, async () => {
      const keychain = cipher();
      const vault = openVault(keychain);
      const loaded = await vault.load();
      expect(loaded.notice?.kind).toBe('session-only');
      expect(loaded.notice?.title).toBe('Password kept for this session only');
      expect(loaded.notice?.message).toContain(reason);
      expect(loaded.notice?.message).toContain('it is kept only until you quit');

      await vault.saveCredentials(CREDENTIALS);
      await vault.saveToken(tokenExpiringIn(HOUR));
      expect(vault.credentials).toEqual(CREDENTIALS);
      expect(vault.token?.token).toBe(tokenExpiringIn(HOUR).token);
      expect(vault.status).toMatchObject({ persistence: 'session-only', hasCredentials: true });
      expect(keychain.calls).not.toContain('encrypt');
      expect(readEveryFile(directory)).toEqual([]);
    });
  }

  it('shows Linux users without a keyring which one to install', async () => {
    const { notice } = await openVault(new FakeKeychainCipher({ backend: 'basic_text' })).load();
    expect(notice?.message).toBe(
      'No system keyring was found on this computer, so your password is not saved: it is kept only until you quit, and you will be asked for it the next time the app starts. To have it remembered, install a keyring, GNOME Keyring (package "gnome-keyring") or KDE Wallet (KWallet), make sure it is unlocked when you log in, and restart the app. If one is installed but not detected (for example under a plain window manager), start the app with --password-store=gnome-libsecret (or --password-store=kwallet5).',
    );
  });

  it('leaves a blob stored earlier alone until the user signs in with the keyring locked', async () => {
    await signedIn();
    const stored = readFileSync(secretsPath());
    const locked = openVault(new FakeKeychainCipher({ backend: 'gnome_libsecret', available: false }));
    expect((await locked.load()).credentials).toBeUndefined();
    expect(readFileSync(secretsPath())).toEqual(stored);
    await locked.saveCredentials({ email: 'other@example.com', password: 'session only' });
    expect(fileNames()).toEqual([]);
  });
});
