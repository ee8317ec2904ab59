import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { API_KEY_PATTERN } from '../../main/core/api-clients/api-key';
import { API_KEY_FILE_NAME, ApiKeyStore } from '../../main/core/api-clients/api-key-store';
import { FakeKeychainCipher } from '../storage/fake-keychain-cipher';

let directory: string;
const keyPath = () => join(directory, API_KEY_FILE_NAME);
const open = (cipher: FakeKeychainCipher, persistence: 'keychain' | 'session-only' = 'keychain', extra = {}) =>
  new ApiKeyStore({ path: keyPath(), cipher, persistence, ...extra });

beforeEach(() => {
  directory = mkdtempSync(join(tmpdir(), 'pw-api-key-'));
});
afterEach(() => rmSync(directory, { recursive: true, force: true }));

describe('ApiKeyStore', () => {
  it('makes a key on first use and keeps it encrypted in an owner-only file; the next launch reads the same key', async () => {
    const cipher = new FakeKeychainCipher();
    const key = await open(cipher).load();
    expect(key).toMatch(API_KEY_PATTERN);
    const text = readFileSync(keyPath(), 'utf8');
    expect(text).not.toContain(key);
    expect(JSON.parse(text)).toMatchObject({ format: 1, blob: expect.any(String) });
    if (process.platform !== 'win32') expect(statSync(keyPath()).mode & 0o777).toBe(0o600);
    expect(await open(cipher).load()).toBe(key);
  });

  it('rotates to a new key that is stored at once; the old one is gone from memory and disk', async () => {
    const cipher = new FakeKeychainCipher();
    const store = open(cipher);
    const old = await store.load();
    const next = await store.rotate();
    expect(next).not.toBe(old);
    expect(store.current).toBe(next);
    expect(await open(cipher).load()).toBe(next);
  });

  it('replaces a damaged file or one the keychain can no longer decrypt with a new key', async () => {
    const cipher = new FakeKeychainCipher();
    const first = await open(cipher).load();
    cipher.resetKeyring();
    const second = await open(cipher).load();
    expect(second).not.toBe(first);
    writeFileSync(keyPath(), '{not json');
    const third = await open(cipher).load();
    expect(third).toMatch(API_KEY_PATTERN);
    expect(await open(cipher).load()).toBe(third);
  });

  it('re-encrypts with the current keychain key when asked to', async () => {
    const cipher = new FakeKeychainCipher();
    const key = await open(cipher).load();
    const before = readFileSync(keyPath(), 'utf8');
    cipher.rotateKey();
    expect(await open(cipher).load()).toBe(key);
    expect(readFileSync(keyPath(), 'utf8')).not.toBe(before);
  });

  it('session-only keeps the key in memory and writes nothing; a refused write falls back to that and reports it', async () => {
    const sessionOnly = open(new FakeKeychainCipher({ backend: 'basic_text' }), 'session-only');
    expect(await sessionOnly.load()).toMatch(API_KEY_PATTERN);
    expect(readdirSync(directory)).toEqual([]);

    const cipher = new FakeKeychainCipher();
    cipher.refuseEncryption = true;
    const errors: unknown[] = [];
    const refused = open(cipher, 'keychain', { onError: (error: unknown) => errors.push(error) });
    const key = await refused.load();
    expect(key).toMatch(API_KEY_PATTERN);
    expect(refused.persistence).toBe('session-only');
    expect(errors).toHaveLength(1);
    expect(readdirSync(directory)).toEqual([]);
  });

  it('hides each key it holds in the logs and forgets the old one on rotation', async () => {
    const hidden = new Set<string>();
    const store = open(new FakeKeychainCipher(), 'keychain', {
      hideInLogs: (secret: string) => (hidden.add(secret), () => hidden.delete(secret)),
    });
    const old = await store.load();
    expect([...hidden]).toEqual([old]);
    const next = await store.rotate();
    expect([...hidden]).toEqual([next]);
  });
});

describe('ApiKeyStore with a locked keychain', () => {
  /** The keychain stand-in, refusing "for now" as Electron 45 does while the keyring is locked. */
  class LockableCipher extends FakeKeychainCipher {
    locked = false;
    override async encrypt(plainText: string): Promise<Buffer> {
      if (this.locked) throw new Error('safeStorage.encryptStringAsync is temporarily unavailable. Please try again.');
      return super.encrypt(plainText);
    }
    override async decrypt(encrypted: Buffer) {
      if (this.locked) throw new Error('safeStorage.decryptStringAsync is temporarily unavailable. Please try again.');
      return super.decrypt(encrypted);
    }
  }

  it('refuses with keyring-locked and keeps the stored key; once unlocked the same key loads', async () => {
    const cipher = new LockableCipher();
    const key = await open(cipher).load();
    const stored = readFileSync(keyPath(), 'utf8');
    cipher.locked = true;
    await expect(open(cipher).load()).rejects.toMatchObject({ kind: 'keyring-locked' });
    const store = open(cipher);
    await expect(store.rotate()).rejects.toMatchObject({ kind: 'keyring-locked' });
    expect(store.current).toBeUndefined();
    expect(store.persistence).toBe('keychain');
    expect(readFileSync(keyPath(), 'utf8')).toBe(stored);
    cipher.locked = false;
    expect(await open(cipher).load()).toBe(key);
  });
});
