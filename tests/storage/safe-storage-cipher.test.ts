import { describe, expect, it, vi } from 'vitest';
import { createSafeStorageCipher } from '../../main/electron/safe-storage-cipher';

vi.mock('electron', () => ({ safeStorage: undefined }));

/** A recording stand-in for Electron's safeStorage: what the adapter asked, and canned answers. */
function recordingSafeStorage(backend: ReturnType<Electron.SafeStorage['getSelectedStorageBackend']>) {
  const asked: string[] = [];
  const storage = {
    isAsyncEncryptionAvailable: async () => (asked.push('isAsyncEncryptionAvailable'), true),
    getSelectedStorageBackend: () => (asked.push('getSelectedStorageBackend'), backend),
    encryptStringAsync: async (text: string) => (asked.push('encryptStringAsync'), Buffer.from(`enc:${text}`)),
    decryptStringAsync: async (blob: Buffer) => (
      asked.push('decryptStringAsync'), { result: blob.toString().replace(/^enc:/, ''), shouldReEncrypt: true }
    ),
  } as Partial<Electron.SafeStorage> as Electron.SafeStorage;
  return { storage, asked };
}

describe('safeStorage cipher adapter', () => {
  it('maps the async safeStorage API onto the cipher interface', async () => {
    const { storage, asked } = recordingSafeStorage('kwallet6');
    const cipher = createSafeStorageCipher(storage, 'linux');
    expect(await cipher.isAvailable()).toBe(true);
    expect(cipher.backend()).toBe('kwallet6');
    const blob = await cipher.encrypt('secret text');
    expect(await cipher.decrypt(blob)).toEqual({ text: 'secret text', shouldReEncrypt: true });
    expect(asked).toEqual(['isAsyncEncryptionAvailable', 'getSelectedStorageBackend', 'encryptStringAsync', 'decryptStringAsync']);
  });

  it('names the OS keychain on macOS and Windows without asking the Linux-only backend call', () => {
    const { storage, asked } = recordingSafeStorage('basic_text');
    expect(createSafeStorageCipher(storage, 'darwin').backend()).toBe('macos_keychain');
    expect(createSafeStorageCipher(storage, 'win32').backend()).toBe('windows_dpapi');
    expect(asked).toEqual([]);
  });

  it('on Linux reads the async key provider from a probe’s ciphertext tag; macOS and Windows have no probe', async () => {
    const fallback = { encryptStringAsync: async () => Buffer.from('v10\u0001\u0002', 'latin1') } as Partial<Electron.SafeStorage> as Electron.SafeStorage;
    const secretService = { encryptStringAsync: async () => Buffer.from('v11\u0001\u0002', 'latin1') } as Partial<Electron.SafeStorage> as Electron.SafeStorage;
    expect(await createSafeStorageCipher(fallback, 'linux').keyProvider?.()).toBe('fallback-key');
    expect(await createSafeStorageCipher(secretService, 'linux').keyProvider?.()).toBe('secret-service');
    expect(createSafeStorageCipher(fallback, 'darwin').keyProvider).toBeUndefined();
  });
});
