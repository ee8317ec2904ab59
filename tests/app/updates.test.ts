import { afterEach, describe, expect, it, vi } from 'vitest';
import { autoUpdater, demoSignIn, electron, readAppLog, settle, until, useAppFakeTimers, useTestbed } from '../harness';

const bed = useTestbed();
afterEach(() => vi.restoreAllMocks());
const HOUR = 3_600_000;

/** An AppImage install (updated in place) with the updater active, signed in with the demo account. */
async function launchAppImage(options: { signedIn?: boolean } = {}) {
  vi.stubEnv('APPIMAGE', '/home/you/Applications/Patchworks-Token-Tray.AppImage');
  const app = await bed.launch({ updaterActive: true });
  if (options.signedIn ?? true) await app.signIn(demoSignIn(bed.server));
  return app;
}

const updateNotices = () => electron.Notification.shown.filter((n) => n.title === 'Update ready');
const quitAndInstallCalls = () => autoUpdater.calls.filter((call) => call === 'quitAndInstall').length;

describe('updates through the stand-in autoUpdater', () => {
  it('check → available → downloaded → restart: one notice, "Restart to update", quitAndInstall once, after the app stopped its work', async () => {
    const app = await launchAppImage();
    expect(autoUpdater.calls).toEqual(['checkForUpdates']);
    expect(autoUpdater).toMatchObject({ autoDownload: true, autoInstallOnAppQuit: false });
    expect(app.menuLabel('version')).toBe('Version 0.1.0');
    expect(app.menuEnabled('check-updates')).toBe(false);

    autoUpdater.answer('0.2.0');
    autoUpdater.progress(50);
    await until(() => app.menuEnabled('check-updates') === false && app.menu.template.every((i) => i.id !== 'restart-to-update'), 'the download');
    expect((await app.snapshot()).updates).toMatchObject({ status: 'downloading', newVersion: '0.2.0', message: 'Downloading version 0.2.0 (50 %)…' });

    autoUpdater.finishDownload();
    await until(() => app.menu.template.some((i) => i.id === 'restart-to-update'), '"Restart to update" in the tray');
    expect(updateNotices()).toHaveLength(1);
    expect(updateNotices()[0]?.body).toContain('Version 0.2.0');
    expect((await app.snapshot()).updates).toMatchObject({ status: 'downloaded', canRestart: true, currentVersion: '0.1.0' });
    expect(quitAndInstallCalls()).toBe(0);

    const install = autoUpdater.quitAndInstall.bind(autoUpdater);
    let trayGoneAtInstall: boolean | undefined;
    vi.spyOn(autoUpdater, 'quitAndInstall').mockImplementation(() => {
      trayGoneAtInstall = app.tray.isDestroyed();
      install();
    });
    app.click('restart-to-update');
    await until(() => electron.app.hasQuit, 'the app to quit and install');
    expect(trayGoneAtInstall).toBe(true);
    expect(quitAndInstallCalls()).toBe(1);
    expect(autoUpdater.installed).toBe('0.2.0');
    expect(app.tray.isDestroyed()).toBe(true);
  });

  it('a second check finding the same version does not notify again', async () => {
    const app = await launchAppImage();
    autoUpdater.answer('0.2.0');
    autoUpdater.finishDownload();
    await until(() => updateNotices().length === 1, 'the first notice');
    app.click('check-updates');
    await until(() => autoUpdater.checking, 'the second check');
    autoUpdater.answer('0.2.0');
    autoUpdater.finishDownload();
    await settle();
    expect(updateNotices()).toHaveLength(1);
    expect(autoUpdater.calls.filter((c) => c === 'checkForUpdates')).toHaveLength(2);
  });

  it('never installs while a refresh is in flight: the restart waits, then runs once when the refresh is done', async () => {
    const app = await launchAppImage();
    autoUpdater.answer('0.2.0');
    autoUpdater.finishDownload();
    await until(() => app.menu.template.some((i) => i.id === 'restart-to-update'), '"Restart to update"');

    bed.server.setBehaviour('slow', { delayMs: 300 });
    app.click('refresh-now');
    await until(() => app.menuEnabled('refresh-now') === false, 'the refresh to start');
    const restart = await app.invoke('restartToUpdate', undefined);
    expect(restart).toMatchObject({ ok: true, value: { canRestart: false, message: expect.stringMatching(/as soon as the sign-in or refresh/) } });
    await settle();
    expect(quitAndInstallCalls()).toBe(0);
    expect(electron.app.hasQuit).toBe(false);

    await until(() => electron.app.hasQuit, 'the install after the refresh');
    expect(bed.server.loginCount).toBe(2);
    expect(quitAndInstallCalls()).toBe(1);
  });

  it('a failed check (offline) is logged and shown in About, never as a pop-up', async () => {
    const app = await launchAppImage();
    autoUpdater.failCheck(Object.assign(new Error('getaddrinfo ENOTFOUND github.com'), { code: 'ENOTFOUND' }));
    await until(() => app.menuEnabled('check-updates'), 'the check to end');
    const { updates } = await app.snapshot();
    expect(updates).toMatchObject({ status: 'failed', canCheck: true, message: expect.stringMatching(/Could not reach the update server/) });
    expect(electron.Notification.shown.map((n) => n.title)).toEqual([]);
    expect(await readAppLog(bed.dirs)).toContain('getaddrinfo ENOTFOUND github.com');
  });

  it('a download with a bad signature is reported in About; nothing is offered to install', async () => {
    const app = await launchAppImage();
    autoUpdater.answer('0.2.0');
    autoUpdater.failDownload(Object.assign(new Error('sha512 checksum mismatch'), { code: 'ERR_CHECKSUM_MISMATCH' }));
    await until(() => app.menuEnabled('check-updates'), 'the download to end');
    expect((await app.snapshot()).updates).toMatchObject({ status: 'failed', canRestart: false, message: expect.stringMatching(/signature check/) });
    expect(app.menu.template.some((i) => i.id === 'restart-to-update')).toBe(false);
    expect(await app.invoke('restartToUpdate', undefined)).toMatchObject({ ok: false, error: { code: 'unavailable' } });
    expect(quitAndInstallCalls()).toBe(0);
  });

  it('automatic checks off: none at launch or 6 hours later, but "Check for updates…" works', async () => {
    const first = await launchAppImage({ signedIn: false });
    autoUpdater.answer('0.1.0');
    expect(await first.invoke('setAutomaticUpdateChecks', false)).toMatchObject({ ok: true, value: { automaticChecks: false } });
    await first.quit();

    useAppFakeTimers(new Date('2026-11-29T09:00:00Z'));
    const app = await launchAppImage({ signedIn: false });
    expect(autoUpdater.calls).toEqual([]);
    await vi.advanceTimersByTimeAsync(7 * HOUR);
    expect(autoUpdater.calls).toEqual([]);
    expect((await app.snapshot()).updates).toMatchObject({ automaticChecks: false, message: 'Automatic checks are off.' });

    app.click('check-updates');
    await until(() => autoUpdater.checking, 'the check the user asked for');
    autoUpdater.answer('0.1.0');
    await until(() => app.menuEnabled('check-updates'), 'the answer');
    expect((await app.snapshot()).updates).toMatchObject({ status: 'up-to-date', message: 'Patchworks Token Tray is up to date.' });
  });

  it('checks again 6 hours after launch by the wall clock, and at once on resume after a long sleep', async () => {
    useAppFakeTimers(new Date('2026-11-29T09:00:00Z'));
    await launchAppImage({ signedIn: false });
    autoUpdater.answer('0.1.0');
    await vi.advanceTimersByTimeAsync(6 * HOUR);
    expect(autoUpdater.checking).toBe(true);
    autoUpdater.answer('0.1.0');
    vi.setSystemTime(Date.now() + 30 * HOUR);
    electron.powerMonitor.emit('resume');
    expect(autoUpdater.checking).toBe(true);
    expect(autoUpdater.calls.filter((c) => c === 'checkForUpdates')).toHaveLength(3);
  });

  it('a deb install (no APPIMAGE) only looks and points to the package manager', async () => {
    const app = await bed.launch({ updaterActive: true });
    expect(autoUpdater.autoDownload).toBe(false);
    autoUpdater.answer('0.2.0');
    await until(() => app.menuEnabled('check-updates'), 'the answer');
    expect((await app.snapshot()).updates).toMatchObject({ status: 'available', newVersion: '0.2.0', canRestart: false, message: expect.stringMatching(/package manager/) });
    expect(app.menu.template.some((i) => i.id === 'restart-to-update')).toBe(false);
    expect(updateNotices()).toEqual([]);
  });

  it('an unpackaged run (updater inactive) says updates need an installed build', async () => {
    const app = await bed.launch();
    await until(() => !app.menuEnabled('check-updates'), 'the launch check to find the updater off');
    expect(autoUpdater.calls).toEqual([]);
    expect((await app.snapshot()).updates).toMatchObject({ status: 'unavailable', canCheck: false, message: expect.stringMatching(/installed release build/) });
    expect(app.menuEnabled('check-updates')).toBe(false);
  });
});

describe('updates on other platforms (harness profiles)', () => {
  it('macOS, unsigned build: Squirrel.Mac refuses, About says "Updates need a signed build", no pop-up, no more automatic checks', async () => {
    useAppFakeTimers(new Date('2026-11-29T09:00:00Z'));
    const app = await bed.launch({ platform: 'macos', updaterActive: true });
    expect(autoUpdater.autoDownload).toBe(true);
    autoUpdater.answer('0.2.0');
    autoUpdater.failDownload(new Error('Could not get code signature for running application'));
    await until(() => !app.menuEnabled('check-updates'), 'the failure');
    expect((await app.snapshot()).updates).toMatchObject({ status: 'unavailable', message: expect.stringMatching(/^Updates need a signed build/) });
    expect(electron.Notification.shown.map((n) => n.title)).not.toContain('Update ready');
    await vi.advanceTimersByTimeAsync(7 * HOUR);
    expect(autoUpdater.calls.filter((c) => c === 'checkForUpdates')).toHaveLength(1);
  });

  it('Windows (NSIS): downloads in place and offers "Restart to update"', async () => {
    const app = await bed.launch({ platform: 'windows', updaterActive: true });
    expect(autoUpdater.autoDownload).toBe(true);
    autoUpdater.answer('0.2.0');
    autoUpdater.finishDownload();
    await until(() => app.menu.template.some((i) => i.id === 'restart-to-update'), '"Restart to update"');
  });
});
