import { describe, expect, it } from 'vitest';
import { planNotifications } from './notification-planner';
import type { NotificationPlanInput } from './notification-planner';
import { fingerprint } from '../shared/fingerprint';
import { createTimeFormatter } from '../../../common/time-format';
import type { KeeperView } from '../keeper/keeper-view';

const MIN = 60_000;
const START = new Date('2026-11-28T09:00:00Z').getTime();
const at = (minutes: number) => new Date(START + minutes * MIN);
const OLD = { token: 'eyJhbGciOiJIUzI1NiJ9.eyJvbGQiOjF9.b2xkLXNpZ25hdHVyZQ', issuedAt: at(-1377), expiresAt: at(63) };
const NEW = { token: 'eyJhbGciOiJIUzI1NiJ9.eyJuZXciOjF9.bmV3LXNpZ25hdHVyZQ', issuedAt: at(33), expiresAt: at(33 + 1440) };

function input(now: Date, state: KeeperView, extra: Partial<NotificationPlanInput> = {}): NotificationPlanInput {
  return {
    now,
    state,
    notifyLeadMs: 15 * MIN,
    enabled: true,
    supported: true,
    shown: [],
    formatTime: createTimeFormatter({ locale: 'en-GB', timeZone: 'UTC' }),
    ...extra,
  };
}

/** Runs the planner at each minute in `minutes`, carrying `shown` forward; returns every notification. */
function simulate(minutes: number[], stateAt: (minute: number) => KeeperView, extra: Partial<NotificationPlanInput> = {}) {
  let shown: string[] = [];
  const seen: { minute: number; kind: string; body: string; action: string }[] = [];
  for (const minute of minutes) {
    const plan = planNotifications(input(at(minute), stateAt(minute), { ...extra, shown }));
    shown = plan.shown;
    for (const n of plan.due) seen.push({ minute, kind: n.kind, body: n.body, action: n.action });
  }
  return seen;
}

const everyMinute = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => from + i);
const copiedOld = { copied: { fingerprint: fingerprint(OLD.token), expiresAt: OLD.expiresAt } };

describe('planNotifications: the copied token', () => {
  it('reminds once, at expiresAt − notifyLead, once a fresh token exists', () => {
    const state = (m: number): KeeperView => (m < 33 ? { status: 'valid', token: OLD } : { status: 'valid', token: NEW });
    expect(simulate(everyMinute(0, 120), state, copiedOld)).toEqual([
      {
        minute: 48,
        kind: 'copied-token-expiring',
        body: 'The token you copied expires at 10:03. Click to copy a fresh one.',
        action: 'copy-token',
      },
    ]);
  });

  it('waits for the fresh token when the refresh comes after the notify time', () => {
    const state = (m: number): KeeperView => (m < 55 ? { status: 'refreshing', token: OLD } : { status: 'valid', token: NEW });
    expect(simulate(everyMinute(0, 120), state, copiedOld).map((n) => n.minute)).toEqual([55]);
  });

  it('says "expired" when the fresh token arrives after the copied one ran out', () => {
    const state = (m: number): KeeperView => (m < 70 ? { status: 'expired' } : { status: 'valid', token: NEW });
    const copied = simulate(everyMinute(64, 80), state, copiedOld).filter((n) => n.kind === 'copied-token-expiring');
    expect(copied).toEqual([expect.objectContaining({ minute: 70, body: 'The token you copied expired at 10:03. Click to copy a fresh one.' })]);
  });

  it('asks to be called again at the reminder time, but never more than 20 minutes ahead', () => {
    const far = planNotifications(input(at(0), { status: 'valid', token: NEW }, copiedOld));
    expect(far.nextCheckAt).toEqual(at(20));
    const near = planNotifications(input(at(44), { status: 'valid', token: NEW }, copiedOld));
    expect(near.nextCheckAt).toEqual(at(48));
    const idle = planNotifications(input(at(0), { status: 'valid', token: NEW }));
    expect(idle.nextCheckAt).toBeUndefined();
  });
});

describe('planNotifications: failing refresh', () => {
  const failing = (m: number): KeeperView =>
    m < 63
      ? { status: 'failing', token: OLD, lastError: { kind: 'network', message: 'Cannot reach the server' }, nextAttemptAt: at(m + 1) }
      : { status: 'expired', lastError: { kind: 'network', message: 'Cannot reach the server' }, nextAttemptAt: at(m + 1) };

  it('warns once inside the notify window and once more when the token has expired', () => {
    expect(simulate(everyMinute(30, 90), failing)).toEqual([
      {
        minute: 48,
        kind: 'refresh-failing',
        body: 'The app cannot get a new token (Cannot reach the server). The current one expires at 10:03. Next attempt at 09:49.',
        action: 'open-settings',
      },
      {
        minute: 63,
        kind: 'refresh-failing',
        body: 'The token has expired and the app cannot get a new one (Cannot reach the server). Next attempt at 10:04.',
        action: 'open-settings',
      },
    ]);
  });

  it('stays quiet while the failing token is far from expiry, and re-checks when it nears', () => {
    const plan = planNotifications(input(at(40), failing(40)));
    expect(plan.due).toEqual([]);
    expect(plan.nextCheckAt).toEqual(at(48));
  });

  it('warns again about a later token after a successful refresh in between', () => {
    const state = (m: number): KeeperView => {
      if (m < 70) return failing(m);
      if (m < 1440) return { status: 'valid', token: NEW };
      return { status: 'failing', token: NEW, nextAttemptAt: at(m + 1) };
    };
    const kinds = simulate([50, 65, 80, 1460, 1461, 1462], state).map((n) => n.minute);
    expect(kinds).toEqual([50, 65, 1460]);
  });
});

describe('planNotifications: rejected credentials', () => {
  const rejected: KeeperView = { status: 'needs-sign-in', lastError: { kind: 'invalid-credentials', message: 'Wrong email or password' } };

  it('asks to sign in again at once, only once, and the click opens settings', () => {
    const seen = simulate([0, 1, 2, 3], () => rejected);
    expect(seen).toEqual([
      {
        minute: 0,
        kind: 'sign-in-needed',
        body: 'Patchworks rejected the saved email or password. Click to open Settings and sign in again.',
        action: 'open-settings',
      },
    ]);
  });

  it('asks again after the user signed in and the credentials were rejected later', () => {
    const state = (m: number): KeeperView => {
      if (m < 5) return rejected;
      if (m < 10) return { status: 'valid', token: NEW };
      return { ...rejected, token: NEW };
    };
    expect(simulate([0, 3, 5, 10, 11], state).map((n) => n.minute)).toEqual([0, 10]);
  });
});

describe('planNotifications: switches', () => {
  const rejected: KeeperView = { status: 'needs-sign-in' };

  it('shows nothing while notifications are turned off, and keeps what was shown', () => {
    const plan = planNotifications(input(at(0), rejected, { enabled: false, shown: ['sign-in-needed:none'] }));
    expect(plan).toEqual({ due: [], shown: ['sign-in-needed:none'] });
  });

  it('shows nothing where notifications are unsupported', () => {
    expect(planNotifications(input(at(0), rejected, { supported: false })).due).toEqual([]);
  });

  it('never puts a token into a notification or a key', () => {
    const plans = [
      planNotifications(input(at(50), { status: 'failing', token: OLD }, copiedOld)),
      planNotifications(input(at(50), { status: 'valid', token: NEW }, copiedOld)),
      planNotifications(input(at(50), { status: 'needs-sign-in', token: NEW })),
    ];
    const text = JSON.stringify(plans);
    expect(plans.every((p) => p.due.length > 0)).toBe(true);
    expect(text).not.toContain(OLD.token);
    expect(text).not.toContain(NEW.token);
  });
});

describe('planNotifications: a refused server address', () => {
  it('says why signing in stopped instead of blaming the password', () => {
    const plan = planNotifications(
      input(at(0), { status: 'needs-sign-in', lastError: { kind: 'insecure-url', message: 'Only https addresses are allowed.' } }),
    );
    expect(plan.due.map((n) => [n.body, n.action])).toEqual([
      ['Signing in stopped: Only https addresses are allowed. Click to open Settings.', 'open-settings'],
    ]);
  });
});
