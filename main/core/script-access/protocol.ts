import { z } from 'zod';

/** Largest request line the app reads (bytes, newline included); bigger requests are refused. */
export const MAX_REQUEST_BYTES = 4 * 1024;
/** Largest greeting or answer line the client reads (bytes). */
export const MAX_RESPONSE_BYTES = 64 * 1024;
/** How long the app waits for a whole request line after greeting a client. */
export const REQUEST_READ_TIMEOUT_MS = 5_000;
/** The longest a request may ask the app to wait for a login in flight; longer waits are cut to this. */
export const MAX_WAIT_MS = 120_000;
/** How long the app lets an answer drain to a client before it closes the connection regardless. */
export const ANSWER_FLUSH_MS = 2_000;
/** The protocol version the app's greeting names. */
export const PROTOCOL_VERSION = 1;

/** A 32-byte nonce or HMAC-SHA256 proof as base64url without padding. */
const base64Url32 = z.string().regex(/^[A-Za-z0-9_-]{43}$/);

/** The first line the app writes on every connection: the version and a fresh server nonce. */
export const greetingSchema = z.object({ v: z.literal(PROTOCOL_VERSION), nonce: base64Url32 });

/** The line the app sends instead of a greeting when it is serving as many clients as it can. */
export const busySchema = z.object({ ok: z.literal(false), code: z.literal('busy'), message: z.string() });

/** A parsed greeting. */
export type Greeting = z.infer<typeof greetingSchema>;

/** The part of a request that proves the client knows the secret; checked before anything else. */
export const requestProofSchema = z.object({ clientNonce: base64Url32, proof: base64Url32 });

/** The fields a request asks for (validated once its proof holds). */
export const tokenRequestSchema = z.object({
  profile: z.string().min(1).max(200).optional(),
  waitMs: z.number().finite().min(0).transform((ms) => Math.min(ms, MAX_WAIT_MS)).optional(),
});

/** A request's fields as the client chooses them (the client adds `clientNonce` and `proof`). */
export type TokenRequest = z.input<typeof tokenRequestSchema>;

/**
 * Why the app did not hand out a token. `busy` is sent in place of the greeting (so without a proof)
 * when every connection slot is taken.
 */
export const failureCodes = ['signed-out', 'expired', 'pending', 'unknown-profile', 'refused', 'bad-request', 'busy'] as const;

/** One of `failureCodes`. */
export type FailureCode = (typeof failureCodes)[number];

/** Every answer the app sends: a token with its expiry and profile, or a failure code with a message. */
export const tokenResponseSchema = z.discriminatedUnion('ok', [
  z.object({ ok: z.literal(true), token: z.string().min(1), expiresAt: z.iso.datetime(), profile: z.string() }),
  z.object({ ok: z.literal(false), code: z.enum(failureCodes), message: z.string() }),
]);

/** A parsed answer from the app. */
export type TokenResponse = z.infer<typeof tokenResponseSchema>;

/** The proof every answer line carries beside the answer's own fields. */
export const responseProofSchema = z.object({ serverProof: base64Url32 });

/** What the app's `serverProof` covers: every field of the answer, in one fixed JSON form. */
export function responseOutcome(response: TokenResponse): string {
  return JSON.stringify(
    response.ok
      ? [true, response.token, response.expiresAt, response.profile]
      : [false, response.code, response.message],
  );
}

/** Builds a failure answer. */
export function failure(code: FailureCode, message: string): TokenResponse {
  return { ok: false, code, message };
}
