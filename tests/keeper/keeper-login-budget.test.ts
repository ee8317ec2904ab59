import fc from 'fast-check';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { LoginError, type LoginErrorKind } from '../../main/core/login/login-error';
import { errorForStatus } from '../../main/core/login/status-error';
import { FakeLogin } from './fake-login';
import { EPOCH, HOUR, rig } from './keeper-harness';

/** The most logins a failing keeper may make in any hour, whatever the server says. */
const LOGINS_PER_HOUR = 15;

afterEach(() => {
  vi.useRealTimers();
});

/** A `Retry-After` header as a server might send it: seconds (0 included), or an HTTP date past or future. */
const retryAfterHeader = fc.oneof(
  fc.nat({ max: 100_000 }).map(String),
  fc.constant('0'),
  fc.integer({ min: -86_400, max: 86_400 }).map((seconds) => new Date(EPOCH + seconds * 1000).toUTCString()),
);

/** One failure of any kind a login can end with (a 429 built from a real header by the login client). */
const loginFailure = fc.oneof(
  fc.constantFrom<LoginErrorKind>('network', 'timeout', 'server', 'bad-response', 'invalid-credentials', 'insecure-url')
    .map((kind) => new LoginError(kind, `Simulated ${kind} failure`)),
  retryAfterHeader.map((retryAfter) => errorForStatus({ status: 429, retryAfter }, [], Date.now())),
  fc.constant(new LoginError('rate-limited', 'no Retry-After', { status: 429 })),
);

describe('TokenKeeper login budget', () => {
  it.each(['0', new Date(EPOCH - HOUR).toUTCString()])('treats Retry-After %j as the normal backoff, not as "now"', async (retryAfter) => {
    vi.useFakeTimers({ now: EPOCH });
    const fake = new FakeLogin().queue(...Array.from({ length: 50 }, () => errorForStatus({ status: 429, retryAfter }, [], EPOCH)));
    const { keeper } = rig({ random: () => 0 }, fake);
    keeper.start();
    await vi.advanceTimersByTimeAsync(2_000);
    expect(fake.calls).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(8_000);
    expect(fake.calls).toHaveLength(2);
    keeper.stop();
  });

  it(`makes at most ${LOGINS_PER_HOUR} logins in an hour for every failure kind and any Retry-After`, async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(loginFailure, { minLength: 1, maxLength: 40 }), fc.double({ min: 0, max: 1, maxExcluded: true, noNaN: true }), async (failures, jitter) => {
        vi.useFakeTimers({ now: EPOCH });
        const fake = new FakeLogin();
        // Every login fails, cycling through the drawn failures, so the keeper never gets a token.
        fake.queue(...Array.from({ length: 200 }, (_, i) => failures[i % failures.length] as LoginError));
        const { keeper } = rig({ random: () => jitter }, fake);
        keeper.start();
        await vi.advanceTimersByTimeAsync(HOUR);
        keeper.stop();
        vi.useRealTimers();
        expect(fake.calls.length).toBeLessThanOrEqual(LOGINS_PER_HOUR);
      }),
      { numRuns: 150, seed: 20261129 },
    );
  });
});
