import { createHash } from 'node:crypto';
import { RateLimiterMemory, RateLimiterRes } from 'rate-limiter-flexible';
import { REQUESTS_PER_MINUTE } from './http-contract';

/** Whether one more request may be answered now, and if not, how many seconds until it may. */
export type LimitVerdict = { ok: true } | { ok: false; retryAfterSeconds: number };

/**
 * At most `REQUESTS_PER_MINUTE` answered requests per key per minute (rate-limiter-flexible's in-memory
 * fixed window). Keys are counted by their SHA-256, so the limiter never holds a key itself; a rotated
 * key starts with a full allowance.
 */
export class RequestLimiter {
  readonly #limiter: RateLimiterMemory;

  constructor(perMinute: number = REQUESTS_PER_MINUTE) {
    this.#limiter = new RateLimiterMemory({ points: perMinute, duration: 60 });
  }

  /** Counts one request made with `key`. */
  async take(key: string): Promise<LimitVerdict> {
    try {
      await this.#limiter.consume(createHash('sha256').update(key, 'utf8').digest('base64url'));
      return { ok: true };
    } catch (error) {
      if (!(error instanceof RateLimiterRes)) throw error;
      return { ok: false, retryAfterSeconds: Math.max(1, Math.ceil(error.msBeforeNext / 1000)) };
    }
  }
}
