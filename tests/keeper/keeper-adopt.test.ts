import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { FakeLogin, hangingLogin } from './fake-login';
import { DAY, HOUR, MIN, rig, settle, useSimulatedClock } from './keeper-harness';

beforeEach(useSimulatedClock);
afterEach(() => {
  vi.useRealTimers();
});

describe('TokenKeeper.adopt', () => {
  it('holds a token obtained elsewhere and schedules its refresh without logging in itself', async () => {
    const fake = new FakeLogin();
    const { keeper } = rig({ refreshLeadMs: 30 * MIN }, fake);
    const token = fake.issue(DAY);
    keeper.adopt(token);
    await settle();
    expect(fake.calls).toHaveLength(0);
    expect(keeper.state).toMatchObject({ status: 'valid', token: { token: token.token } });
    expect(keeper.state.nextAttemptAt?.getTime()).toBe(token.expiresAt.getTime() - 30 * MIN);
    await vi.advanceTimersByTimeAsync(DAY - 30 * MIN);
    expect(fake.calls).toHaveLength(1);
  });

  it('aborts a login in flight and ignores its result', async () => {
    const fake = new FakeLogin().queue(hangingLogin);
    const { keeper } = rig({}, fake);
    keeper.start();
    await settle();
    const adopted = fake.issue(DAY);
    keeper.adopt(adopted);
    expect(fake.calls[0]?.signal.aborted).toBe(true);
    await settle();
    expect(keeper.state).toMatchObject({ status: 'valid', token: { token: adopted.token } });
  });

  it('refuses an already expired token as a bad response and retries', async () => {
    const fake = new FakeLogin();
    const { keeper } = rig({}, fake);
    keeper.adopt({ token: 'old', issuedAt: new Date(Date.now() - 2 * DAY), expiresAt: new Date(Date.now() - DAY) });
    expect(keeper.state.status).toBe('failing');
    expect(keeper.state.lastError?.kind).toBe('bad-response');
    expect(keeper.state.token).toBeUndefined();
  });
});

describe('TokenKeeper.setRefreshLead', () => {
  it('moves the scheduled refresh to the new lead', async () => {
    const fake = new FakeLogin();
    const { keeper } = rig({ refreshLeadMs: 30 * MIN }, fake);
    keeper.start();
    await settle();
    const expiresAt = keeper.state.token?.expiresAt.getTime() ?? 0;
    keeper.setRefreshLead(2 * HOUR);
    expect(keeper.state.nextAttemptAt?.getTime()).toBe(expiresAt - 2 * HOUR);
    await vi.advanceTimersByTimeAsync(expiresAt - 2 * HOUR - Date.now());
    expect(fake.calls).toHaveLength(2);
  });

  it('refuses a negative lead and keeps the old one', async () => {
    const { keeper } = rig({ refreshLeadMs: 30 * MIN });
    keeper.start();
    await settle();
    const before = keeper.state.nextAttemptAt?.getTime();
    expect(() => keeper.setRefreshLead(-1)).toThrow(RangeError);
    expect(keeper.state.nextAttemptAt?.getTime()).toBe(before);
  });
});
