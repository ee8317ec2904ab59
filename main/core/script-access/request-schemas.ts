import { z } from 'zod';
import { MAX_WAIT_MS, requestKinds } from './protocol';

/** A 32-byte nonce or HMAC-SHA256 proof as base64url without padding. */
const base64Url32 = z.string().regex(/^[A-Za-z0-9_-]{43}$/);

/** The part of a request that proves the client knows the secret; checked before anything else. */
export const requestProofSchema = z.object({ clientNonce: base64Url32, proof: base64Url32 });

/** The fields a request asks for (validated once its proof holds). */
export const requestFieldsSchema = z.object({
  kind: z.enum(requestKinds).default('token'),
  profile: z.string().min(1).max(200).optional(),
  waitMs: z.number().finite().min(0).transform((ms) => Math.min(ms, MAX_WAIT_MS)).optional(),
  minValidityMs: z.number().finite().min(0).max(MAX_WAIT_MS).optional(),
});

/** A request's fields once validated. */
export type RequestFields = z.output<typeof requestFieldsSchema>;
