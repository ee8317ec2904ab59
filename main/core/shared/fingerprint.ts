import { createHash } from 'node:crypto';

/**
 * A short, one-way id of a token (or any secret text), so code can recognise it later without
 * keeping the raw value: the first 16 hex digits of its SHA-256.
 */
export function fingerprint(text: string): string {
  return createHash('sha256').update(text).digest('hex').slice(0, 16);
}
