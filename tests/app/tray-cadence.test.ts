import { describe, expect, it, vi } from 'vitest';
import { electron, settle, until, useTestbed } from '../harness';

const bed = useTestbed();
const START = new Date('2026-03-02T08:00:00Z');
const MINUTE = 60_000;
const HOUR = 60 * MINUTE;

/** Moves the fake clock by `ms` and lets the app's callbacks run. */
async function advance(ms: number): Promise<void> {
  await vi.advanceTimersByTimeAsync(ms);
  await settle();
}

describe('tray re-render cadence (fake clocks, real wiring)', () => {
  it('re-renders when its text changes — hourly far from expiry — and not in between', async () => {
    const app = await bed.launchSignedIn({ clock: START });
    await advance(30 * MINUTE);
    expect(app.menuLabel('status')).toMatch(/\(in 23 h\)$/);
    const atHalfHour = app.tray.menusSet;

    await advance(29 * MINUTE);
    expect(app.tray.menusSet).toBe(atHalfHour);
    expect(app.menuLabel('status')).toMatch(/\(in 23 h\)$/);
    await advance(MINUTE);
    expect(app.menuLabel('status')).toMatch(/\(in 23 h\)$/); // exactly 23 h left
    await advance(1);
    expect(app.menuLabel('status')).toMatch(/\(in 22 h\)$/);
    expect(app.tray.menusSet).toBe(atHalfHour + 1);

    // Until an hour before expiry: one render per hour.
    await advance(22 * HOUR - 1);
    expect(app.tray.menusSet - atHalfHour).toBeLessThanOrEqual(23);
    expect(app.menuLabel('status')).toMatch(/\(in 1 h\)$/);

    // The last hour shows minutes, changing once a minute, until the refresh 30 minutes before expiry.
    const beforeMinutes = app.tray.menusSet;
    await advance(1);
    expect(app.menuLabel('status')).toMatch(/\(in 59 min\)$/);
    await advance(10 * MINUTE);
    expect(app.menuLabel('status')).toMatch(/\(in 49 min\)$/);
    await advance(MINUTE - 1);
    expect(app.menuLabel('status')).toMatch(/\(in 49 min\)$/);
    expect(app.tray.menusSet - beforeMinutes).toBe(11);
    expect(bed.server.loginCount).toBe(1);
  });

  it('says "Copied — clears in 30 s" after a tray copy until the clipboard is cleared', async () => {
    const app = await bed.launchSignedIn({ clock: START });
    const { preferences } = await app.snapshot();
    expect((await app.invoke('savePreferences', { ...preferences, clipboardClearSeconds: 30 })).ok).toBe(true);
    app.click('copy-token');
    await until(() => app.tray.tooltip.includes('Copied — clears in 30 s'), 'the copy feedback in the tooltip');
    expect(app.menuLabel('status')).toBe('Copied — clears in 30 s');
    expect(electron.clipboard.text).toBe(bed.server.requests[0]?.issuedToken);

    await advance(29 * 1000);
    expect(app.menuLabel('status')).toBe('Copied — clears in 30 s');
    await advance(1000);
    expect(electron.clipboard.text).toBe('');
    expect(app.tray.tooltip).not.toContain('Copied');
    expect(app.menuLabel('status')).toMatch(/^demo@patchworks\.test · expires /);
  });

  it('says "Copied" for a few seconds when the clipboard is kept', async () => {
    const app = await bed.launchSignedIn({ clock: START });
    app.click('copy-header');
    await until(() => app.menuLabel('status') === 'Copied', 'the copy feedback');
    expect(app.tray.tooltip.split('\n')).toContain('Copied');
    await advance(5000);
    expect(app.menuLabel('status')).toMatch(/^demo@patchworks\.test · expires /);
    expect(electron.clipboard.text).toMatch(/^Bearer /);
  });
});

describe('clipboard hygiene (real wiring)', () => {
  it('marks a copied token for clipboard managers, clears plainly, and clears on quit if it is still there', async () => {
    const app = await bed.launchSignedIn();
    app.click('copy-token');
    await until(() => electron.clipboard.writes.length === 1, 'the copy');
    expect(electron.clipboard.text).toBe(bed.server.requests[0]?.issuedToken);
    const marker = { linux: 'x-kde-passwordManagerHint', darwin: 'org.nspasteboard.ConcealedType', win32: 'ExcludeClipboardContentFromMonitorProcessing' }[
      process.platform as 'linux' | 'darwin' | 'win32'
    ];
    expect(electron.clipboard.formats[0]).toEqual(expect.arrayContaining(['text/plain', `electron application/osclipboard;format="${marker}"`]));
    await app.quit();
    expect(electron.clipboard.writes).toEqual([bed.server.requests[0]?.issuedToken, '']);
    expect(electron.clipboard.formats[1]).toEqual(['text/plain']);
  });
});
