import { describe, expect, it } from 'vitest';
import { linuxKeyProviderOf } from './key-provider';
import { isTemporaryRefusal, keychainRetryDelay } from './keyring-refusal';

describe('isTemporaryRefusal', () => {
  it('tells "temporarily unavailable" from every other refusal', () => {
    expect(isTemporaryRefusal(new Error('safeStorage.decryptStringAsync is temporarily unavailable. Please try again.'))).toBe(true);
    expect(isTemporaryRefusal(new Error('Error while decrypting the ciphertext provided to safeStorage.decryptString.'))).toBe(false);
    expect(isTemporaryRefusal('temporarily unavailable')).toBe(false);
  });
});

describe('keychainRetryDelay', () => {
  it('backs off from 5 s to at most 5 minutes', () => {
    expect([0, 1, 2, 3, 4, 5, 6, 50].map(keychainRetryDelay)).toEqual([5_000, 15_000, 30_000, 60_000, 120_000, 300_000, 300_000, 300_000]);
  });
});

describe('linuxKeyProviderOf', () => {
  it('reads Chromium’s ciphertext tag: v11 Secret Service, v10 the built-in fallback key', () => {
    expect(linuxKeyProviderOf(Buffer.from('v11xyz', 'latin1'))).toBe('secret-service');
    expect(linuxKeyProviderOf(Buffer.from('v10xyz', 'latin1'))).toBe('fallback-key');
    expect(linuxKeyProviderOf(Buffer.from('abc', 'latin1'))).toBe('unknown');
    expect(linuxKeyProviderOf(Buffer.alloc(0))).toBe('unknown');
  });
});
