import type { LoginError } from '../login/login-error';
import { RETRY_AFTER_CAP_MS } from '../login/retry-after';

/** First retry delay after a transient failure (10 s); it doubles with each further failure. */
export const BACKOFF_BASE_MS = 10_000;

/**
 * Longest backoff before jitter (10 min): with the ramp and the -20 % jitter a failing keeper makes
 * at most 13 logins in its first hour, and at most 8 in any later one.
 */
export const BACKOFF_CAP_MS = 10 * 60_000;

/** Jitter applied to each backoff delay: ±20 %. */
export const BACKOFF_JITTER = 0.2;

/** A source of uniform numbers in [0, 1), like `Math.random`. */
export type RandomSource = () => number;

/**
 * Backoff before retry number `failures` (1 for the first failure): 10 s doubling, capped at 10 min,
 * then scaled by a factor in [0.8, 1.2) drawn from `random`.
 */
export function backoffDelay(failures: number, random: RandomSource): number {
  const exponent = Math.max(0, failures - 1);
  const base = Math.min(BACKOFF_BASE_MS * 2 ** exponent, BACKOFF_CAP_MS);
  const factor = 1 + BACKOFF_JITTER * (2 * random() - 1);
  return Math.round(base * factor);
}

/** Whether a failure needs the user (new credentials or settings) rather than another try. */
export function needsUser(error: LoginError): boolean {
  return error.kind === 'invalid-credentials' || error.kind === 'insecure-url';
}

/**
 * How long to wait after the `failures`-th consecutive transient failure: the jittered backoff, or
 * the server's `Retry-After` (capped at 30 min) when it is rate-limiting and asked for longer. The
 * backoff is the floor: a `Retry-After` of 0 or a date in the past never makes a retry sooner.
 */
export function retryDelay(error: LoginError, failures: number, random: RandomSource): number {
  const backoff = backoffDelay(failures, random);
  if (error.kind !== 'rate-limited' || error.retryAfterMs === undefined) return backoff;
  return Math.max(backoff, Math.min(error.retryAfterMs, RETRY_AFTER_CAP_MS));
}
