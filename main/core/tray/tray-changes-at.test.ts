import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { buildTrayView } from './menu-model';
import { NOW, tokenExpiringIn, trayInput } from './test-fixtures';
import { trayChangesAt } from './tray-changes-at';
import { MAX_TRAY_WAIT_MS, TrayRefresher } from './tray-refresher';

const MIN = 60_000;
const HOUR = 60 * MIN;
const at = (ms: number) => new Date(NOW.getTime() + ms);

describe('trayChangesAt', () => {
  it('is the next hour step far from expiry, and the next minute in the last hour', () => {
    expect(trayChangesAt(trayInput({ status: 'valid', token: tokenExpiringIn(20 * HOUR + 30 * MIN) }))).toEqual(at(30 * MIN + 1));
    expect(trayChangesAt(trayInput({ status: 'valid', token: tokenExpiringIn(40 * MIN + 5_000) }))).toEqual(at(5_001));
  });

  it('watches the warning lead, a failing retry countdown and the copy notice, not a valid token’s refresh time', () => {
    const lead = trayInput({ status: 'valid', token: tokenExpiringIn(15 * MIN + 10_000) }, { notifyLeadMs: 15 * MIN });
    expect(trayChangesAt(lead)).toEqual(at(10_000));
    const token = tokenExpiringIn(3 * HOUR + 10 * MIN);
    expect(trayChangesAt(trayInput({ status: 'failing', token, nextAttemptAt: at(40_500) }))).toEqual(at(500));
    expect(trayChangesAt(trayInput({ status: 'valid', token, nextAttemptAt: at(40_500) }))).toEqual(at(10 * MIN + 1));
    const copied = trayInput({ status: 'stopped' }, { email: '', copied: { text: 'Copied', until: at(5_000) } });
    expect(trayChangesAt(copied)).toEqual(at(5_000));
    expect(trayChangesAt(trayInput({ status: 'stopped' }, { email: '' }))).toBeUndefined();
  });
});

describe('TrayRefresher', () => {
  beforeEach(() => void vi.useFakeTimers({ now: NOW }));
  afterEach(() => void vi.useRealTimers());

  it('shows a view only when it differs, and arms one timer for the next change, capped', () => {
    const shown: string[] = [];
    let changesAt: Date | undefined = at(30 * MIN);
    let label = 'a';
    const refresher = new TrayRefresher({
      view: () => ({ ...buildTrayView(trayInput({ status: 'stopped' }, { email: '' })), tooltip: label }),
      changesAt: () => changesAt,
      show: (view) => void shown.push(view.tooltip),
    });
    refresher.update();
    refresher.update();
    expect(shown).toEqual(['a']);
    expect(vi.getTimerCount()).toBe(1);
    label = 'b';
    vi.advanceTimersByTime(30 * MIN);
    expect(shown).toEqual(['a', 'b']);
    changesAt = at(5 * HOUR);
    refresher.update();
    vi.advanceTimersByTime(MAX_TRAY_WAIT_MS - 1);
    label = 'c';
    vi.advanceTimersByTime(1);
    expect(shown).toEqual(['a', 'b', 'c']);
    changesAt = undefined;
    refresher.update();
    expect(vi.getTimerCount()).toBe(0);
    refresher.stop();
    label = 'd';
    refresher.update();
    expect(shown).toEqual(['a', 'b', 'c']);
  });
});
