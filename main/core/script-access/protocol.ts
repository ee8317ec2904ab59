import { z } from 'zod';

/** Largest request line the app reads (bytes, newline included); bigger requests are refused. */
export const MAX_REQUEST_BYTES = 4 * 1024;
/** Largest answer line the client reads (bytes). */
export const MAX_RESPONSE_BYTES = 64 * 1024;
/** How long the app waits for a whole request line after a client connects. */
export const REQUEST_READ_TIMEOUT_MS = 5_000;
/** The longest a request may ask the app to wait for a login in flight; longer waits are cut to this. */
export const MAX_WAIT_MS = 120_000;

/** The fields a request may carry; `secret` is checked separately, before anything else. */
export const tokenRequestSchema = z.object({
  secret: z.string(),
  profile: z.string().min(1).max(200).optional(),
  waitMs: z.number().finite().min(0).transform((ms) => Math.min(ms, MAX_WAIT_MS)).optional(),
});

/** A request as the client sends it. */
export type TokenRequest = z.input<typeof tokenRequestSchema>;

/** Why the app did not hand out a token. */
export const failureCodes = ['signed-out', 'expired', 'pending', 'unknown-profile', 'refused', 'bad-request'] as const;

/** One of `failureCodes`. */
export type FailureCode = (typeof failureCodes)[number];

/** Every answer the app sends: a token with its expiry and profile, or a failure code with a message. */
export const tokenResponseSchema = z.discriminatedUnion('ok', [
  z.object({ ok: z.literal(true), token: z.string().min(1), expiresAt: z.iso.datetime(), profile: z.string() }),
  z.object({ ok: z.literal(false), code: z.enum(failureCodes), message: z.string() }),
]);

/** A parsed answer from the app. */
export type TokenResponse = z.infer<typeof tokenResponseSchema>;

/** Builds a failure answer. */
export function failure(code: FailureCode, message: string): TokenResponse {
  return { ok: false, code, message };
}
