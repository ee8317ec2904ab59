import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';

const KEY_BYTES = 32;

/** A well-formed key: 32 random bytes as base64url without padding (43 characters). */
export const API_KEY_PATTERN = /^[A-Za-z0-9_-]{43}$/;

/** A fresh random key: 32 bytes, base64url. */
export function newApiKey(): string {
  return randomBytes(KEY_BYTES).toString('base64url');
}

/**
 * True when `given` is the key `expected`. Both are hashed first (SHA-256), so the constant-time compare
 * always sees two 32-byte buffers and the time tells nothing about the key's length. An empty key never matches.
 */
export function apiKeysMatch(expected: string, given: string | undefined): boolean {
  if (given === undefined || given === '' || expected === '') return false;
  const want = createHash('sha256').update(expected, 'utf8').digest();
  const got = createHash('sha256').update(given, 'utf8').digest();
  return timingSafeEqual(want, got);
}
