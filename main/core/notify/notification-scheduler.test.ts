import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { NotificationScheduler } from './notification-scheduler';
import type { PlannedNotification } from './notification-planner';
import { createTimeFormatter } from '../../../common/time-format';

const MIN = 60_000;
const START = new Date('2026-11-28T09:00:00Z').getTime();
const OLD = { token: 'eyJhbGciOiJIUzI1NiJ9.eyJvbGQiOjF9.b2xkLXNpZ25hdHVyZQ', issuedAt: new Date(START - MIN), expiresAt: new Date(START + 63 * MIN) };
const NEW = { token: 'eyJhbGciOiJIUzI1NiJ9.eyJuZXciOjF9.bmV3LXNpZ25hdHVyZQ', issuedAt: new Date(START + 33 * MIN), expiresAt: new Date(START + 1473 * MIN) };
const settings = { notifyLeadMinutes: 15, notificationsEnabled: true };

describe('NotificationScheduler', () => {
  let shown: PlannedNotification[];
  let scheduler: NotificationScheduler;

  beforeEach(() => {
    vi.useFakeTimers();
    vi.setSystemTime(START);
    shown = [];
    scheduler = new NotificationScheduler({
      show: (n) => shown.push(n),
      supported: true,
      formatTime: createTimeFormatter({ locale: 'en-GB', timeZone: 'UTC' }),
      state: { status: 'valid', token: OLD },
      settings,
    });
  });

  afterEach(() => {
    scheduler.stop();
    vi.useRealTimers();
  });

  it('reminds about the copied token on its own timer, once', () => {
    scheduler.noteCopied(OLD);
    vi.advanceTimersByTime(33 * MIN);
    scheduler.updateState({ status: 'valid', token: NEW });
    vi.advanceTimersByTime(15 * MIN - 1);
    expect(shown).toEqual([]);
    vi.advanceTimersByTime(1);
    expect(shown.map((n) => [n.kind, n.action])).toEqual([['copied-token-expiring', 'copy-token']]);
    vi.advanceTimersByTime(2 * 24 * 60 * MIN);
    expect(shown).toHaveLength(1);
  });

  it('never arms one long timer: a wall-clock jump is noticed within 20 minutes', () => {
    scheduler.noteCopied(OLD);
    scheduler.updateState({ status: 'valid', token: NEW });
    expect(vi.getTimerCount()).toBe(1);
    vi.setSystemTime(START + 50 * MIN); // the machine slept; timers did not run
    vi.advanceTimersByTime(20 * MIN);
    expect(shown.map((n) => n.kind)).toEqual(['copied-token-expiring']);
  });

  it('shows the sign-in request at once, and nothing after stop()', () => {
    scheduler.updateState({ status: 'needs-sign-in' });
    expect(shown.map((n) => n.kind)).toEqual(['sign-in-needed']);
    scheduler.stop();
    scheduler.updateState({ status: 'failing' });
    expect(shown).toHaveLength(1);
    expect(vi.getTimerCount()).toBe(0);
  });

  it('follows the settings: nothing while off, due ones once turned back on', () => {
    scheduler.updateSettings({ ...settings, notificationsEnabled: false });
    scheduler.updateState({ status: 'needs-sign-in' });
    expect(shown).toEqual([]);
    scheduler.updateSettings(settings);
    expect(shown.map((n) => n.kind)).toEqual(['sign-in-needed']);
  });
});
