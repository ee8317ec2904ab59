import { describe, expect, it } from 'vitest';
import { readAppLog, settle, until, useTestbed, electron } from '../harness';
import { readBuilderYaml } from '../packaging/builder-config';

const bed = useTestbed();

describe('notifications on Windows', () => {
  it('sets the AppUserModelID of the NSIS shortcut before any notification', async () => {
    await bed.launch({ platform: 'windows' });
    const config = await readBuilderYaml('electron-builder.yml');
    expect(electron.app.appUserModelId).toBe(config.appId);
  });

  it('a click in Action Center after the toast timed out still runs its action', async () => {
    const app = await bed.launchSignedIn({ platform: 'windows' });
    app.settingsWindow?.close();
    bed.server.setBehaviour('unauthorized');
    app.click('refresh-now');
    await until(() => electron.Notification.shown.length === 1, 'the "Sign in again" toast');

    electron.Notification.shown[0]?.timeOut();
    electron.Notification.shown[0]?.clickInActionCenter();
    await until(() => app.settingsWindow?.visible === true, 'settings to open');
    expect(electron.Notification.lostActivations).toBe(0);
  });

  it('a click on a toast on screen runs its action once', async () => {
    const app = await bed.launchSignedIn({ platform: 'windows' });
    bed.server.setBehaviour('unauthorized');
    app.click('refresh-now');
    await until(() => electron.Notification.shown.length === 1, 'the toast');
    app.settingsWindow?.close();
    electron.Notification.shown[0]?.click();
    await until(() => app.settingsWindow?.visible === true, 'settings to open');
    await settle();
    expect(electron.BrowserWindow.instances).toHaveLength(2);
  });
});

describe('notifications on macOS', () => {
  it('reports a notification macOS refused (unsigned build) instead of losing it', async () => {
    const app = await bed.launchSignedIn({ platform: 'macos', unsignedBuild: true });
    bed.server.setBehaviour('unauthorized');
    app.click('refresh-now');
    await until(() => electron.Notification.shown.length === 1, 'the notification attempt');
    await settle();
    const snapshot = await app.snapshot();
    expect(snapshot.desktopNotes?.notifications).toMatch(/could not be shown/);
    expect(await readAppLog(bed.dirs)).toMatch(/Notifications are not allowed/);
  });
});
