import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { IssuedToken } from '../../main/core/login/issued-token';
import { FakeLogin, failure, hangingLogin } from './fake-login';
import { DAY, EPOCH, HOUR, MIN, rig, settle, useSimulatedClock } from './keeper-harness';

beforeEach(useSimulatedClock);
afterEach(() => {
  vi.useRealTimers();
});

/** A login step the test answers by hand. */
function gate() {
  let open: (token: IssuedToken) => void = () => undefined;
  const step = () => new Promise<IssuedToken>((resolve) => (open = resolve));
  return { step, open: (token: IssuedToken) => open(token) };
}

describe('TokenKeeper.refreshNow', () => {
  it('shares one login between concurrent callers', async () => {
    const fake = new FakeLogin();
    const pending = gate();
    const { keeper } = rig({}, fake);
    keeper.start();
    await settle();
    fake.queue(pending.step);
    const callers = [keeper.refreshNow(), keeper.refreshNow(), keeper.refreshNow()];
    expect(fake.calls).toHaveLength(2);
    expect(keeper.state.status).toBe('refreshing');
    pending.open(fake.issue(DAY));
    await Promise.all(callers);
    expect(fake.calls).toHaveLength(2);
    expect(keeper.state).toMatchObject({ status: 'valid', token: { token: 'secret-token-2' } });
  });

  it('resolves (never rejects) when the login fails, leaving the outcome in state', async () => {
    const fake = new FakeLogin().queue({ lifetimeMs: DAY }, failure('network'));
    const { keeper } = rig({}, fake);
    keeper.start();
    await settle();
    await expect(keeper.refreshNow()).resolves.toBeUndefined();
    expect(keeper.state).toMatchObject({ status: 'failing', token: { token: 'secret-token-1' } });
  });

  it('does nothing on a keeper that was never started or was stopped', async () => {
    const { keeper, fake } = rig();
    await keeper.refreshNow();
    keeper.stop();
    await keeper.refreshNow();
    expect(fake.calls).toHaveLength(0);
    expect(keeper.state).toEqual({ status: 'stopped' });
  });
});

describe('TokenKeeper.stop', () => {
  it('aborts the login in flight, forgets the token and leaves no timer', async () => {
    const fake = new FakeLogin().queue({ lifetimeMs: DAY }, hangingLogin);
    const { keeper, states } = rig({}, fake);
    keeper.start();
    await vi.advanceTimersByTimeAsync(DAY - 30 * MIN);
    expect(keeper.state.status).toBe('refreshing');
    const signal = fake.calls[1]!.signal;
    expect(signal.aborted).toBe(false);
    keeper.stop();
    expect(signal.aborted).toBe(true);
    expect(vi.getTimerCount()).toBe(0);
    await vi.advanceTimersByTimeAsync(7 * DAY);
    expect(keeper.state).toEqual({ status: 'stopped' });
    expect(states.at(-1)).toEqual({ status: 'stopped' });
    expect(states.some((s) => s.lastError !== undefined)).toBe(false);
    expect(fake.calls).toHaveLength(2);
  });

  it('can be started again afterwards', async () => {
    const { keeper, fake } = rig();
    keeper.start();
    keeper.stop();
    keeper.stop();
    keeper.start();
    await settle();
    expect(fake.calls).toHaveLength(2);
    expect(keeper.state.status).toBe('valid');
  });
});

describe('TokenKeeper initial token', () => {
  const saved = (lifetimeMs: number): IssuedToken => ({
    token: 'secret-token-saved',
    issuedAt: new Date(EPOCH - HOUR),
    expiresAt: new Date(EPOCH + lifetimeMs),
  });

  it('offers a saved token while offline, then reports expired when it runs out', async () => {
    const fake = new FakeLogin().queue(...Array.from({ length: 30 }, () => failure('network')));
    const { keeper } = rig({ initialToken: saved(2 * HOUR) }, fake);
    expect(keeper.state).toMatchObject({ status: 'idle', token: { token: 'secret-token-saved' } });
    keeper.start();
    expect(keeper.state.status).toBe('refreshing');
    await settle();
    expect(keeper.state).toMatchObject({ status: 'failing', token: { token: 'secret-token-saved' } });
    await vi.advanceTimersByTimeAsync(2 * HOUR);
    expect(keeper.state.status).toBe('expired');
    expect(keeper.state.token).toBeUndefined();
  });

  it('ignores a saved token that has already expired', async () => {
    const fake = new FakeLogin().queue(failure('network'));
    const { keeper } = rig({ initialToken: saved(-1) }, fake);
    expect(keeper.state).toEqual({ status: 'idle' });
    keeper.start();
    await settle();
    expect(keeper.state.status).toBe('failing');
    expect(keeper.state.token).toBeUndefined();
  });

  it('drops a saved token that expired between construction and start', async () => {
    const { keeper, states } = rig({ initialToken: saved(MIN) });
    vi.setSystemTime(EPOCH + 2 * MIN);
    keeper.start();
    expect(states[0]).toEqual({ status: 'idle' });
    expect(keeper.state).toEqual({ status: 'signing-in' });
  });
});

describe('TokenKeeper listeners and snapshots', () => {
  it('stops telling a listener once it unsubscribes', async () => {
    const { keeper } = rig();
    const seen: string[] = [];
    const unsubscribe = keeper.subscribe((s) => seen.push(s.status));
    keeper.start();
    await settle();
    unsubscribe();
    await keeper.refreshNow();
    expect(seen).toEqual(['signing-in', 'valid']);
  });

  it('does not tell a listener that another listener unsubscribed during the same change', async () => {
    const { keeper } = rig();
    const late: string[] = [];
    let unsubscribeLate: () => void = () => undefined;
    keeper.subscribe((s) => {
      if (s.status === 'valid') unsubscribeLate();
    });
    unsubscribeLate = keeper.subscribe((s) => late.push(s.status));
    keeper.start();
    await settle();
    expect(late).toEqual(['signing-in']);
  });

  it('keeps working and telling others when a listener throws', async () => {
    const { keeper, states } = rig();
    keeper.subscribe(() => {
      throw new Error('listener bug');
    });
    const after: string[] = [];
    keeper.subscribe((s) => after.push(s.status));
    keeper.start();
    await settle();
    expect(after).toEqual(['signing-in', 'valid']);
    expect(states.at(-1)?.status).toBe('valid');
  });

  it('delivers states in order when a listener acts on the keeper', async () => {
    const fake = new FakeLogin().queue(failure('network'));
    const { keeper } = rig({}, fake);
    const first: string[] = [];
    const second: string[] = [];
    keeper.subscribe((s) => {
      first.push(s.status);
      if (s.status === 'failing') keeper.stop();
    });
    keeper.subscribe((s) => second.push(s.status));
    keeper.start();
    await settle();
    expect(first).toEqual(['signing-in', 'failing', 'stopped']);
    expect(second).toEqual(['signing-in', 'stopped']);
  });

  it('does not log in when a listener stops the keeper as it starts signing in', async () => {
    const { keeper, fake } = rig();
    keeper.subscribe((s) => {
      if (s.status === 'signing-in') keeper.stop();
    });
    keeper.start();
    await settle();
    expect(fake.calls).toHaveLength(0);
    expect(keeper.state).toEqual({ status: 'stopped' });
    expect(vi.getTimerCount()).toBe(0);
  });

  it('hands out frozen snapshots that later changes do not touch', async () => {
    const { keeper } = rig();
    const idle = keeper.state;
    keeper.start();
    await settle();
    const valid = keeper.state;
    expect(Object.isFrozen(idle) && Object.isFrozen(valid) && Object.isFrozen(valid.token)).toBe(true);
    expect(idle).toEqual({ status: 'idle' });
    await keeper.refreshNow();
    expect(valid.token?.token).toBe('secret-token-1');
    expect(keeper.state.token?.token).toBe('secret-token-2');
  });

  it('rejects a negative or non-finite refresh lead', () => {
    expect(() => rig({ refreshLeadMs: -1 })).toThrow(RangeError);
    expect(() => rig({ refreshLeadMs: Number.NaN })).toThrow(RangeError);
  });
});
