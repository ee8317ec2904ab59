import { nodeCrypto } from './node-crypto';

const NONCE_BYTES = 32;
const CLIENT_LABEL = 'patchworks-token/v2/client';
const SERVER_LABEL = 'patchworks-token/v2/server';

/** A fresh random nonce: 32 bytes, base64url without padding (43 characters). */
export function newNonce(): string {
  return nodeCrypto().randomBytes(NONCE_BYTES).toString('base64url');
}

/** A request's own fields as sent, before any validation (any JSON on the app's side). */
export interface SentFields {
  kind?: unknown;
  profile?: unknown;
  waitMs?: unknown;
  minValidityMs?: unknown;
}

/**
 * The request fields the client's proof covers, in one fixed form: `[kind, profile, waitMs, minValidityMs]`
 * as JSON, with null for a field left out. Built from the values as sent (before any validation), on both sides.
 */
export function canonicalRequestFields(fields: SentFields): string {
  return JSON.stringify([fields.kind ?? null, fields.profile ?? null, fields.waitMs ?? null, fields.minValidityMs ?? null]);
}

/** HMAC-SHA256 keyed with the 32-byte secret (64 hex digits) over the lines of `parts`, base64url. */
function mac(secret: string, parts: readonly string[]): string {
  return nodeCrypto().createHmac('sha256', Buffer.from(secret, 'hex')).update(parts.join('\n'), 'utf8').digest('base64url');
}

/** The client's proof that it knows the secret, bound to both nonces and the request fields. */
export function clientProof(secret: string, serverNonce: string, clientNonce: string, canonicalFields: string): string {
  return mac(secret, [CLIENT_LABEL, serverNonce, clientNonce, canonicalFields]);
}

/** The app's proof that it knows the secret, bound to both nonces and the whole answer (`responseOutcome`). */
export function serverProof(secret: string, serverNonce: string, clientNonce: string, outcome: string): string {
  return mac(secret, [SERVER_LABEL, serverNonce, clientNonce, outcome]);
}

/** Compares an expected proof with a given one in constant time (as bytes of equal length; other lengths never match). */
export function proofsMatch(expected: string, given: string): boolean {
  const want = Buffer.from(expected, 'base64url');
  const got = Buffer.from(given, 'base64url');
  return want.length === got.length && nodeCrypto().timingSafeEqual(want, got);
}
