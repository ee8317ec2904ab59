import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { FakeLogin } from './fake-login';
import { DAY, EPOCH, HOUR, MIN, rig, settle, gaps, useSimulatedClock } from './keeper-harness';

beforeEach(useSimulatedClock);
afterEach(() => {
  vi.useRealTimers();
});

describe('TokenKeeper refresh schedule', () => {
  it('logs in on start and reports valid with the refresh time as the next attempt', async () => {
    const { keeper, fake, states } = rig();
    expect(keeper.state).toEqual({ status: 'idle' });
    keeper.start();
    expect(keeper.state.status).toBe('signing-in');
    await settle();
    expect(fake.calls).toHaveLength(1);
    expect(keeper.state.status).toBe('valid');
    expect(keeper.state.token?.token).toBe('secret-token-1');
    expect(keeper.state.nextAttemptAt?.getTime()).toBe(EPOCH + DAY - 30 * MIN);
    expect(states.map((s) => s.status)).toEqual(['signing-in', 'valid']);
  });

  it('refreshes exactly 30 min before expiry, not a millisecond earlier', async () => {
    const { keeper, fake } = rig();
    keeper.start();
    await settle();
    await vi.advanceTimersByTimeAsync(DAY - 30 * MIN - 1);
    expect(fake.calls).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(1);
    expect(fake.calls).toHaveLength(2);
    expect(keeper.state.status).toBe('valid');
    expect(keeper.state.token?.token).toBe('secret-token-2');
  });

  it('honours a custom refresh lead', async () => {
    const { keeper, fake } = rig({ refreshLeadMs: 2 * HOUR });
    keeper.start();
    await vi.advanceTimersByTimeAsync(3 * DAY);
    expect(gaps(fake)).toEqual([22 * HOUR, 22 * HOUR, 22 * HOUR]);
  });

  it('refreshes a token living less than twice the lead at half its life', async () => {
    const { keeper, fake } = rig({}, new FakeLogin(40 * MIN));
    keeper.start();
    await vi.advanceTimersByTimeAsync(2 * HOUR);
    expect(fake.calls).toHaveLength(7);
    expect(new Set(gaps(fake))).toEqual(new Set([20 * MIN]));
    expect(keeper.state.status).toBe('valid');
  });

  it('keeps a valid token at every moment over two simulated weeks, with one timer armed at most', async () => {
    const { keeper, fake, states } = rig();
    keeper.start();
    await settle();
    let maxTimers = 0;
    for (let t = 0; t < 14 * DAY; t += 10 * MIN) {
      await vi.advanceTimersByTimeAsync(10 * MIN);
      maxTimers = Math.max(maxTimers, vi.getTimerCount());
      const token = keeper.state.token;
      expect(token && token.expiresAt.getTime() > Date.now()).toBe(true);
    }
    expect(maxTimers).toBe(1);
    // 14 days / 23.5 h per token = 14.29 → the first login plus 14 refreshes.
    expect(fake.calls).toHaveLength(15);
    expect(new Set(gaps(fake))).toEqual(new Set([DAY - 30 * MIN]));
    expect(states.filter((s) => s.status !== 'valid' && s.status !== 'refreshing').map((s) => s.status)).toEqual([
      'signing-in',
    ]);
  });

  it('never arms a timer more than 20 minutes ahead', async () => {
    const { keeper } = rig();
    const spy = vi.spyOn(globalThis, 'setTimeout');
    keeper.start();
    await vi.advanceTimersByTimeAsync(3 * DAY);
    const delays = spy.mock.calls.map((call) => call[1] ?? 0);
    expect(delays.length).toBeGreaterThan(3 * 70);
    expect(Math.max(...delays)).toBe(20 * MIN);
    spy.mockRestore();
  });
});
