import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { LoginError } from '../../main/core/login/login-error';
import { FakeLogin, failure } from './fake-login';
import { DAY, EPOCH, HOUR, MIN, SEC, gaps, rig, settle, useSimulatedClock } from './keeper-harness';

beforeEach(useSimulatedClock);
afterEach(() => {
  vi.useRealTimers();
});

const BACKOFF_SECONDS = [10, 20, 40, 80, 160, 320, 600, 600];

describe('TokenKeeper backoff', () => {
  it('retries network, timeout, server and bad-response failures after 10 s doubling to 10 min', async () => {
    const kinds = ['network', 'timeout', 'server', 'bad-response'] as const;
    const fake = new FakeLogin().queue(...BACKOFF_SECONDS.map((_, i) => failure(kinds[i % kinds.length] ?? 'network')));
    const { keeper } = rig({}, fake);
    keeper.start();
    await settle();
    expect(keeper.state.status).toBe('failing');
    expect(keeper.state.lastError?.kind).toBe('network');
    expect(keeper.state.nextAttemptAt?.getTime()).toBe(EPOCH + 10 * SEC);
    await vi.advanceTimersByTimeAsync(BACKOFF_SECONDS.reduce((a, b) => a + b, 0) * SEC);
    expect(gaps(fake)).toEqual(BACKOFF_SECONDS.map((s) => s * SEC));
    expect(keeper.state.status).toBe('valid');
    expect(keeper.state.lastError).toBeUndefined();
  });

  it('starts the backoff again at 10 s after a success', async () => {
    const fake = new FakeLogin().queue(failure('server'), failure('server'), { lifetimeMs: DAY }, failure('server'));
    const { keeper } = rig({}, fake);
    keeper.start();
    await vi.advanceTimersByTimeAsync(30 * SEC + DAY);
    expect(gaps(fake)).toEqual([10 * SEC, 20 * SEC, DAY - 30 * MIN, 10 * SEC]);
  });

  it('applies the injected random source to the jitter', async () => {
    const fake = new FakeLogin().queue(failure('network'), failure('network'), failure('network'));
    const { keeper } = rig({ random: () => 0 }, fake);
    keeper.start();
    await vi.advanceTimersByTimeAsync(HOUR);
    expect(gaps(fake)).toEqual([8 * SEC, 16 * SEC, 32 * SEC]);
  });

  it('keeps each delay within ±20 % of the nominal backoff with real jitter', async () => {
    const fake = new FakeLogin().queue(...Array.from({ length: 40 }, () => failure('network')));
    const { keeper } = rig({ random: Math.random }, fake);
    keeper.start();
    await vi.advanceTimersByTimeAsync(6 * HOUR);
    const observed = gaps(fake).slice(0, 40);
    expect(observed).toHaveLength(40);
    observed.forEach((gap, i) => {
      const nominal = Math.min(10 * SEC * 2 ** i, 10 * MIN);
      expect(gap).toBeGreaterThanOrEqual(0.8 * nominal);
      expect(gap).toBeLessThanOrEqual(1.2 * nominal);
    });
    expect(new Set(observed.slice(6)).size).toBeGreaterThan(1);
  });
});

describe('TokenKeeper and Retry-After', () => {
  const limited = (retryAfterMs?: number) =>
    new LoginError('rate-limited', 'Patchworks is rate-limiting logins', {
      status: 429,
      ...(retryAfterMs === undefined ? {} : { retryAfterMs }),
    });

  it('waits exactly what Retry-After says', async () => {
    const fake = new FakeLogin().queue(limited(7 * MIN));
    const { keeper } = rig({}, fake);
    keeper.start();
    await settle();
    expect(keeper.state.nextAttemptAt?.getTime()).toBe(EPOCH + 7 * MIN);
    await vi.advanceTimersByTimeAsync(7 * MIN - 1);
    expect(fake.calls).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(1);
    expect(fake.calls).toHaveLength(2);
    expect(keeper.state.status).toBe('valid');
  });

  it('caps Retry-After at 30 min', async () => {
    const fake = new FakeLogin().queue(limited(6 * HOUR));
    const { keeper } = rig({}, fake);
    keeper.start();
    await vi.advanceTimersByTimeAsync(7 * HOUR);
    expect(gaps(fake)[0]).toBe(30 * MIN);
  });

  it('falls back to the backoff when Retry-After is absent', async () => {
    const fake = new FakeLogin().queue(limited(), limited());
    const { keeper } = rig({}, fake);
    keeper.start();
    await vi.advanceTimersByTimeAsync(HOUR);
    expect(gaps(fake).slice(0, 2)).toEqual([10 * SEC, 20 * SEC]);
  });
});

describe('TokenKeeper and refused credentials', () => {
  const refused = () => new LoginError('invalid-credentials', 'Patchworks rejected the email or password', { status: 401 });

  it('stops at needs-sign-in without retrying or keeping a timer, until refreshNow()', async () => {
    const fake = new FakeLogin().queue(refused());
    const { keeper } = rig({}, fake);
    keeper.start();
    await settle();
    expect(keeper.state).toMatchObject({ status: 'needs-sign-in', lastError: { kind: 'invalid-credentials' } });
    expect(keeper.state.nextAttemptAt).toBeUndefined();
    expect(vi.getTimerCount()).toBe(0);
    await vi.advanceTimersByTimeAsync(7 * DAY);
    expect(fake.calls).toHaveLength(1);
    await keeper.refreshNow();
    expect(fake.calls).toHaveLength(2);
    expect(keeper.state.status).toBe('valid');
  });

  it('treats a refused URL the same way', async () => {
    const fake = new FakeLogin().queue(new LoginError('insecure-url', 'Only https addresses are allowed'));
    const { keeper } = rig({}, fake);
    keeper.start();
    await vi.advanceTimersByTimeAsync(DAY);
    expect(keeper.state.status).toBe('needs-sign-in');
    expect(fake.calls).toHaveLength(1);
  });

  it('keeps the old token while it lasts, then drops it and stays at needs-sign-in', async () => {
    const fake = new FakeLogin().queue({ lifetimeMs: DAY }, refused());
    const { keeper } = rig({}, fake);
    keeper.start();
    await vi.advanceTimersByTimeAsync(DAY - 30 * MIN);
    expect(keeper.state).toMatchObject({ status: 'needs-sign-in', token: { token: 'secret-token-1' } });
    await vi.advanceTimersByTimeAsync(30 * MIN - 1);
    expect(keeper.state.token).toBeDefined();
    await vi.advanceTimersByTimeAsync(1);
    expect(keeper.state.status).toBe('needs-sign-in');
    expect(keeper.state.token).toBeUndefined();
    expect(vi.getTimerCount()).toBe(0);
    expect(fake.calls).toHaveLength(2);
  });
});

describe('TokenKeeper while the server keeps failing', () => {
  it('offers the old token as failing, then reports expired without it, then recovers', async () => {
    const outage = Array.from({ length: 20 }, () => failure('server'));
    const fake = new FakeLogin().queue({ lifetimeMs: DAY }, ...outage);
    const { keeper, states } = rig({}, fake);
    keeper.start();
    await vi.advanceTimersByTimeAsync(DAY - 30 * MIN);
    expect(keeper.state).toMatchObject({ status: 'failing', token: { token: 'secret-token-1' } });
    await vi.advanceTimersByTimeAsync(30 * MIN - 1);
    expect(keeper.state.token?.token).toBe('secret-token-1');
    await vi.advanceTimersByTimeAsync(1);
    expect(keeper.state.status).toBe('expired');
    expect(keeper.state.token).toBeUndefined();
    expect(keeper.state.lastError?.kind).toBe('server');
    expect(keeper.state.nextAttemptAt!.getTime()).toBeGreaterThan(Date.now());
    await vi.advanceTimersByTimeAsync(3 * HOUR);
    expect(keeper.state.status).toBe('valid');
    expect(fake.calls).toHaveLength(22);
    const afterExpiry = states.slice(states.findIndex((s) => s.status === 'expired'));
    expect(afterExpiry.every((s) => s.token === undefined || s.status === 'valid')).toBe(true);
    expect(afterExpiry.filter((s) => s.status === 'failing')).toEqual([]);
  });

  it('never carries a secret from an unexpected failure into lastError', async () => {
    const fake = new FakeLogin().queue(() => Promise.reject(new Error('boom secret-token-0 hunter2')));
    const { keeper } = rig({}, fake);
    keeper.start();
    await settle();
    const error = keeper.state.lastError;
    expect(error?.kind).toBe('bad-response');
    const text = `${error?.message} ${error?.stack} ${String(error?.cause)} ${JSON.stringify(error)}`;
    expect(text).not.toMatch(/secret-token|hunter2/);
    expect(keeper.state.status).toBe('failing');
  });

  it('refuses a token that has already expired and retries', async () => {
    const fake = new FakeLogin().queue({ lifetimeMs: 0 });
    const { keeper } = rig({}, fake);
    keeper.start();
    await settle();
    expect(keeper.state).toMatchObject({ status: 'failing', lastError: { kind: 'bad-response' } });
    expect(keeper.state.token).toBeUndefined();
    await vi.advanceTimersByTimeAsync(10 * SEC);
    expect(keeper.state.status).toBe('valid');
  });
});
