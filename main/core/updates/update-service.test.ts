import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { UpdateService, type UpdateNotification } from './update-service';
import { ScriptedUpdater } from './test-fixtures';
import type { InstallKind } from './updater-port';

const HOUR = 3_600_000;
const START = new Date('2026-11-29T09:00:00Z').getTime();

function rig(options: { kind?: InstallKind; platform?: NodeJS.Platform; automaticChecks?: boolean } = {}) {
  const updater = new ScriptedUpdater(options.kind, options.platform);
  const notifications: UpdateNotification[] = [];
  const logged: string[] = [];
  let busy = false;
  let changes = 0;
  const service = new UpdateService({
    updater,
    automaticChecks: options.automaticChecks ?? true,
    isBusy: () => busy,
    notify: (n) => notifications.push(n),
    onChange: () => (changes += 1),
    log: (line) => logged.push(line),
  });
  return {
    updater,
    service,
    notifications,
    logged,
    changes: () => changes,
    setBusy: (value: boolean) => (busy = value),
  };
}

beforeEach(() => {
  vi.useFakeTimers();
  vi.setSystemTime(START);
});
afterEach(() => vi.useRealTimers());

describe('UpdateService: when it checks', () => {
  it('checks at launch and every 6 hours by the wall clock, surviving a sleep', async () => {
    const { updater, service } = rig();
    service.start();
    expect(updater.checks).toEqual([{ download: true, at: START }]);
    updater.emit({ type: 'not-available', version: '0.1.0' });
    await vi.advanceTimersByTimeAsync(6 * HOUR);
    expect(updater.checks.map((c) => c.at)).toEqual([START, START + 6 * HOUR]);
    updater.emit({ type: 'not-available', version: '0.1.0' });
    vi.setSystemTime(Date.now() + 9 * HOUR); // asleep: no timer fired
    service.resync();
    expect(updater.checks.map((c) => c.at)).toEqual([START, START + 6 * HOUR, START + 15 * HOUR]);
    service.dispose();
  });

  it('with automatic checks off: none at launch or later, but "Check for updates…" still works', async () => {
    const { updater, service } = rig({ automaticChecks: false });
    service.start();
    await vi.advanceTimersByTimeAsync(24 * HOUR);
    expect(updater.checks).toEqual([]);
    expect(service.view()).toMatchObject({ status: 'idle', message: 'Automatic checks are off.', automaticChecks: false });
    await service.checkNow();
    expect(updater.checks).toHaveLength(1);
    service.dispose();
  });

  it('turning automatic checks on checks now; turning them off stops the schedule', async () => {
    const { updater, service } = rig({ automaticChecks: false });
    service.start();
    service.setAutomaticChecks(true);
    expect(updater.checks).toHaveLength(1);
    updater.emit({ type: 'not-available', version: '0.1.0' });
    service.setAutomaticChecks(false);
    await vi.advanceTimersByTimeAsync(24 * HOUR);
    expect(updater.checks).toHaveLength(1);
    service.dispose();
  });

  it('does not start a second check while one runs', async () => {
    const { updater, service } = rig();
    service.start();
    await service.checkNow();
    expect(updater.checks).toHaveLength(1);
    expect(service.view()).toMatchObject({ status: 'checking', canCheck: false });
    service.dispose();
  });

  it('an inactive updater (not an installed release build) says so', async () => {
    const { updater, service } = rig();
    updater.answer = 'inactive';
    await service.checkNow();
    expect(service.view()).toMatchObject({ status: 'unavailable', message: expect.stringMatching(/installed release build/), canCheck: false });
  });
});

describe('UpdateService: what it tells the user', () => {
  it('walks check → available → progress → downloaded, with the version and one notification', async () => {
    const { updater, service, notifications } = rig();
    service.start();
    expect(service.view()).toMatchObject({ currentVersion: '0.1.0', status: 'checking', message: 'Checking for updates…' });
    updater.emit({ type: 'available', version: '0.2.0' });
    expect(service.view()).toMatchObject({ status: 'downloading', newVersion: '0.2.0', lastCheckedAt: START, canRestart: false });
    updater.emit({ type: 'progress', percent: 42.7 });
    expect(service.view().message).toBe('Downloading version 0.2.0 (42 %)…');
    updater.emit({ type: 'downloaded', version: '0.2.0' });
    expect(service.view()).toMatchObject({ status: 'downloaded', message: 'Version 0.2.0 is ready. Restart to update.', canRestart: true });
    expect(notifications).toEqual([{ title: 'Update ready', body: expect.stringContaining('Version 0.2.0') }]);
    service.dispose();
  });

  it('notifies once per downloaded version, again for a newer one', async () => {
    const { updater, service, notifications } = rig();
    service.start();
    updater.deliver('0.2.0');
    await service.checkNow();
    updater.deliver('0.2.0');
    await service.checkNow();
    updater.deliver('0.3.0');
    expect(notifications.map((n) => n.body.match(/Version (\S+)/)?.[1])).toEqual(['0.2.0', '0.3.0']);
    service.dispose();
  });

  it('deb installs only look: the user is told to use the package manager, nothing is downloaded', async () => {
    const { updater, service, notifications } = rig({ kind: 'package-manager' });
    service.start();
    expect(updater.checks).toEqual([{ download: false, at: START }]);
    updater.emit({ type: 'available', version: '0.2.0' });
    expect(service.view()).toMatchObject({ status: 'available', newVersion: '0.2.0', canRestart: false });
    expect(service.view().message).toMatch(/package manager/);
    expect(service.requestRestart()).toBe(false);
    expect(notifications).toEqual([]);
    service.dispose();
  });

  it.each([
    ['offline', { code: 'ENOTFOUND', message: 'getaddrinfo ENOTFOUND github.com' }, /Could not reach the update server/],
    ['404', { code: 'ERR_UPDATER_CHANNEL_FILE_NOT_FOUND', message: 'Cannot find latest-linux.yml: HttpError: 404' }, /no release information/],
    ['bad signature', { code: 'ERR_UPDATER_INVALID_SIGNATURE', message: 'New version 0.2.0 is not signed by the application owner' }, /signature check/],
  ])('a failure (%s) is logged and shown as a sentence, never thrown', async (_name, failure, shown) => {
    const { updater, service, logged, notifications } = rig();
    service.start();
    updater.emit({ type: 'error', failure });
    expect(service.view()).toMatchObject({ status: 'failed', message: expect.stringMatching(shown), canCheck: true, lastCheckedAt: START });
    expect(logged.join('\n')).toContain(failure.message);
    expect(notifications).toEqual([]);
    service.dispose();
  });

  it('macOS without a signature: "Updates need a signed build", and automatic checks stop', async () => {
    const { updater, service } = rig({ platform: 'darwin' });
    service.start();
    updater.emit({ type: 'available', version: '0.2.0' });
    updater.emit({ type: 'error', failure: { message: 'Could not get code signature for running application' } });
    expect(service.view()).toMatchObject({ status: 'unavailable', message: expect.stringMatching(/^Updates need a signed build/), canCheck: false });
    await vi.advanceTimersByTimeAsync(24 * HOUR);
    await service.checkNow();
    expect(updater.checks).toHaveLength(1);
    service.dispose();
  });

  it('a failed later check keeps a downloaded version ready', async () => {
    const { updater, service } = rig();
    service.start();
    updater.deliver('0.2.0');
    await service.checkNow();
    updater.emit({ type: 'error', failure: { code: 'ENOTFOUND', message: 'offline' } });
    expect(service.view()).toMatchObject({ status: 'downloaded', newVersion: '0.2.0', canRestart: true });
    service.dispose();
  });
});

describe('UpdateService: when it installs', () => {
  it('never on its own: only when the user asks, and then once', () => {
    const { updater, service } = rig();
    service.start();
    updater.deliver('0.2.0');
    vi.advanceTimersByTime(48 * HOUR);
    expect(updater.installs).toBe(0);
    expect(service.requestRestart()).toBe(true);
    expect(updater.installs).toBe(1);
    service.requestRestart();
    service.appChanged();
    expect(updater.installs).toBe(1);
    service.dispose();
  });

  it('refuses a restart with nothing downloaded', () => {
    const { updater, service } = rig();
    service.start();
    expect(service.requestRestart()).toBe(false);
    expect(updater.installs).toBe(0);
    service.dispose();
  });

  it('waits while a sign-in or refresh is in flight, then installs once the app is idle', () => {
    const { updater, service, setBusy } = rig();
    service.start();
    updater.deliver('0.2.0');
    setBusy(true);
    expect(service.requestRestart()).toBe(true);
    expect(updater.installs).toBe(0);
    expect(service.view()).toMatchObject({ canRestart: false, message: expect.stringMatching(/as soon as the sign-in or refresh/) });
    service.appChanged();
    expect(updater.installs).toBe(0);
    setBusy(false);
    service.appChanged();
    expect(updater.installs).toBe(1);
    service.dispose();
  });

  it('after dispose: no events, no checks, no install', async () => {
    const { updater, service, changes } = rig();
    service.start();
    updater.deliver('0.2.0');
    service.dispose();
    const before = changes();
    updater.emit({ type: 'downloaded', version: '0.3.0' });
    await service.checkNow();
    expect(service.requestRestart()).toBe(false);
    expect(changes()).toBe(before);
    expect(updater.checks).toHaveLength(1);
    expect(updater.installs).toBe(0);
  });
});
