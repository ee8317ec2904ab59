import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { failure } from './fake-login';
import { EPOCH, HOUR, MIN, rig, settle, useSimulatedClock } from './keeper-harness';

beforeEach(useSimulatedClock);
afterEach(() => {
  vi.useRealTimers();
});

/** Moves the wall clock as a suspended machine sees it on wake: Date jumps, no timer fires meanwhile. */
function sleepFor(ms: number): void {
  vi.setSystemTime(Date.now() + ms);
}

async function startedKeeper() {
  const setup = rig();
  setup.keeper.start();
  await settle();
  expect(setup.keeper.state.status).toBe('valid');
  return setup;
}

describe('TokenKeeper across sleep', () => {
  it('with resync(): drops the expired token at once, reports expired, and logs in again', async () => {
    const { keeper, fake, states } = await startedKeeper();
    sleepFor(30 * HOUR);
    expect(fake.calls).toHaveLength(1);
    const before = states.length;
    keeper.resync();
    expect(states[before]).toMatchObject({ status: 'expired' });
    expect(states[before]?.token).toBeUndefined();
    expect(keeper.state.status).toBe('signing-in');
    expect(fake.calls).toHaveLength(2);
    await settle();
    expect(keeper.state).toMatchObject({ status: 'valid', token: { token: 'secret-token-2' } });
    expect(keeper.state.nextAttemptAt?.getTime()).toBe(EPOCH + 30 * HOUR + 24 * HOUR - 30 * MIN);
  });

  it('without resync(): catches up at the next tick, at most 20 minutes after waking', async () => {
    const { keeper, fake, states } = await startedKeeper();
    sleepFor(30 * HOUR);
    const wokeAt = Date.now();
    await vi.advanceTimersByTimeAsync(20 * MIN);
    expect(fake.calls).toHaveLength(2);
    expect(fake.calls[1]!.at - wokeAt).toBeLessThanOrEqual(20 * MIN);
    expect(states.map((s) => s.status)).toEqual(['signing-in', 'valid', 'expired', 'signing-in', 'valid']);
    expect(keeper.state.token?.token).toBe('secret-token-2');
  });

  it('refreshes on resync() when the sleep crossed the refresh time but not the expiry', async () => {
    const { keeper, fake } = await startedKeeper();
    sleepFor(23 * HOUR + 45 * MIN);
    keeper.resync();
    expect(fake.calls).toHaveLength(2);
    expect(keeper.state).toMatchObject({ status: 'refreshing', token: { token: 'secret-token-1' } });
    await settle();
    expect(keeper.state.token?.token).toBe('secret-token-2');
  });

  it('only re-arms on resync() when nothing fell due, and keeps a single timer', async () => {
    const { keeper, fake, states } = await startedKeeper();
    sleepFor(5 * HOUR);
    const before = states.length;
    keeper.resync();
    keeper.resync();
    expect(fake.calls).toHaveLength(1);
    expect(states).toHaveLength(before);
    expect(vi.getTimerCount()).toBe(1);
    await vi.advanceTimersByTimeAsync(18 * HOUR + 30 * MIN - 1);
    expect(fake.calls).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(1);
    expect(fake.calls).toHaveLength(2);
  });

  it('retries at once on resync() when a backoff fell due during sleep', async () => {
    const setup = rig();
    setup.fake.queue(failure('network'));
    setup.keeper.start();
    await settle();
    expect(setup.keeper.state.status).toBe('failing');
    sleepFor(2 * HOUR);
    setup.keeper.resync();
    await settle();
    expect(setup.fake.calls).toHaveLength(2);
    expect(setup.keeper.state.status).toBe('valid');
  });

  it('ignores resync() on a keeper that is not running', () => {
    const { keeper, fake } = rig();
    keeper.resync();
    keeper.stop();
    keeper.resync();
    expect(fake.calls).toHaveLength(0);
    expect(vi.getTimerCount()).toBe(0);
  });
});
