import { describe, expect, it } from 'vitest';
import { LoginError } from '../login/login-error';
import { RETRY_AFTER_CAP_MS } from '../login/retry-after';
import { backoffDelay, needsUser, retryDelay } from './retry-delay';

const SEC = 1_000;
const middle = () => 0.5;

describe('backoffDelay', () => {
  it('starts at 10 s, doubles, and caps at 10 min (no jitter at the midpoint)', () => {
    const delays = [1, 2, 3, 4, 5, 6, 7, 20].map((n) => backoffDelay(n, middle));
    expect(delays).toEqual([10, 20, 40, 80, 160, 320, 600, 600].map((s) => s * SEC));
  });

  it('scales by 0.8 at the lowest random value and just under 1.2 at the highest', () => {
    expect(backoffDelay(1, () => 0)).toBe(8 * SEC);
    expect(backoffDelay(7, () => 0)).toBe(480 * SEC);
    expect(backoffDelay(1, () => 0.999999)).toBe(12 * SEC);
    expect(backoffDelay(7, () => 0.75)).toBe(660 * SEC);
  });

  it('stays within ±20 % with Math.random', () => {
    for (let n = 1; n <= 12; n += 1) {
      const base = Math.min(10 * SEC * 2 ** (n - 1), 600 * SEC);
      for (let i = 0; i < 200; i += 1) {
        const delay = backoffDelay(n, Math.random);
        expect(delay).toBeGreaterThanOrEqual(Math.floor(base * 0.8));
        expect(delay).toBeLessThanOrEqual(Math.ceil(base * 1.2));
      }
    }
  });
});

describe('retryDelay', () => {
  it('waits what Retry-After said on a 429', () => {
    const error = new LoginError('rate-limited', 'slow down', { status: 429, retryAfterMs: 120 * SEC });
    expect(retryDelay(error, 3, middle)).toBe(120 * SEC);
  });

  it('caps Retry-After at 30 min', () => {
    const error = new LoginError('rate-limited', 'slow down', { status: 429, retryAfterMs: 4 * 3_600 * SEC });
    expect(retryDelay(error, 1, middle)).toBe(RETRY_AFTER_CAP_MS);
  });

  it('never waits less than the backoff, whatever Retry-After said', () => {
    for (const retryAfterMs of [0, 1, 5 * SEC]) {
      const error = new LoginError('rate-limited', 'slow down', { status: 429, retryAfterMs });
      expect(retryDelay(error, 4, middle)).toBe(80 * SEC);
    }
  });

  it('falls back to backoff on a 429 without Retry-After', () => {
    const error = new LoginError('rate-limited', 'slow down', { status: 429 });
    expect(retryDelay(error, 2, middle)).toBe(20 * SEC);
  });

  it('uses backoff for network, timeout, server and bad-response failures', () => {
    for (const kind of ['network', 'timeout', 'server', 'bad-response'] as const) {
      expect(retryDelay(new LoginError(kind, 'x'), 3, middle)).toBe(40 * SEC);
    }
  });
});

describe('needsUser', () => {
  it('is true only for refused credentials and refused URLs', () => {
    expect(needsUser(new LoginError('invalid-credentials', 'x'))).toBe(true);
    expect(needsUser(new LoginError('insecure-url', 'x'))).toBe(true);
    for (const kind of ['rate-limited', 'server', 'network', 'timeout', 'bad-response', 'aborted'] as const) {
      expect(needsUser(new LoginError(kind, 'x'))).toBe(false);
    }
  });
});
