import { describe, expect, it, vi } from 'vitest';
import { demoSignIn, electron, settle, until, useTestbed } from '../harness';

const bed = useTestbed();

describe('notifications', () => {
  it('on 401 shows exactly one "Sign in again" notification; clicking it opens settings', async () => {
    const app = await bed.launchSignedIn();
    app.settingsWindow?.close();
    bed.server.setBehaviour('unauthorized');

    app.click('refresh-now');
    await until(() => electron.Notification.shown.length > 0, 'a notification');
    expect(bed.server.requests[1]?.status).toBe(401);
    expect(app.tray.image.path).toMatch(/tray-signed-out(Template)?\.png$/);
    expect(app.tray.image.exists).toBe(true);

    app.click('refresh-now');
    await until(() => bed.server.loginCount === 3, 'the second refused refresh');
    await settle();
    expect(electron.Notification.shown.map((shown) => shown.title)).toEqual(['Sign in again']);

    expect(app.settingsWindow).toBeUndefined();
    electron.Notification.shown[0]?.click();
    await until(() => app.settingsWindow?.visible === true, 'settings to open');
  });

  it('shows nothing where Notification.isSupported() is false', async () => {
    const app = await bed.launch({ notificationsSupported: false });
    await app.signIn(demoSignIn(bed.server));
    bed.server.setBehaviour('unauthorized');
    app.click('refresh-now');
    await until(() => bed.server.loginCount === 2, 'the refused refresh');
    await until(() => app.menuLabel('status') !== '', 'the tray to update');
    await settle();
    expect(electron.Notification.shown).toEqual([]);
  });

  it('after a sleep past expiry, resume logs in again without a "refresh failing" notification', async () => {
    const app = await bed.launchSignedIn({ clock: new Date('2026-03-02T08:00:00Z'), tokenLifetimeSec: 3600 });
    vi.setSystemTime(new Date('2026-03-02T12:00:00Z')); // asleep for four hours: no timer fired
    electron.powerMonitor.emit('resume');
    await until(() => bed.server.loginCount === 2, 'the login after resume');
    await until(() => app.menuEnabled('copy-token'), 'the fresh token');
    await settle();
    expect(electron.Notification.shown.map((shown) => shown.title)).not.toContain('Token refresh failing');
  });

  it('reminds once before the copied token expires, after a refresh gave a fresh one; clicking copies the fresh one', async () => {
    const app = await bed.launchSignedIn({ clock: new Date('2026-03-02T08:00:00Z'), tokenLifetimeSec: 3600 });
    app.click('copy-token');
    await until(() => electron.clipboard.writes.length === 1, 'the copy');

    await vi.advanceTimersByTimeAsync(31 * 60_000);
    await until(() => bed.server.loginCount === 2, 'the timed refresh');
    await settle();
    expect(electron.Notification.shown).toEqual([]);

    await vi.advanceTimersByTimeAsync(15 * 60_000);
    await until(() => electron.Notification.shown.length === 1, 'the reminder');
    await vi.advanceTimersByTimeAsync(5 * 60_000);
    expect(electron.Notification.shown.map((shown) => shown.title)).toEqual(['Copied token expiring']);

    electron.Notification.shown[0]?.click();
    await until(() => electron.clipboard.writes.length === 2, 'the fresh token to be copied');
    expect(electron.clipboard.text).toBe(bed.server.requests[1]?.issuedToken);
  });
});
