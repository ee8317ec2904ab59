import { describe, expect, it } from 'vitest';
import { demoSignIn, electron, settle, until, useTestbed } from '../harness';

const bed = useTestbed();

describe('notifications', () => {
  it('on 401 shows exactly one "Sign in again" notification; clicking it opens settings', async () => {
    const app = await bed.launch();
    await app.signIn(demoSignIn(bed.server));
    app.settingsWindow?.close();
    bed.server.setBehaviour('unauthorized');

    app.click('refresh-now');
    await until(() => electron.Notification.shown.length > 0, 'a notification');
    expect(bed.server.requests[1]?.status).toBe(401);

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
});
