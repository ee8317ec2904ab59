import { readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { DEMO_ACCOUNT } from '../mock-server';
import { expectNoSecretsOnDisk } from '../storage/no-secrets-on-disk';
import { demoSignIn, electron, secretsFileNames, settle, storedSecrets, until, useAppFakeTimers, useTestbed } from '../harness';

const bed = useTestbed();
const START = new Date('2026-03-02T08:00:00Z');
const LOCKED = 'Keychain locked — waiting for it to unlock';

/** Signs in once and quits, leaving a stored account; returns the secrets files it left. */
async function storedAccount(): Promise<string[]> {
  const first = await bed.launchSignedIn();
  await first.quit();
  return secretsFileNames(bed.dirs.userData);
}

describe('a keyring that is locked for now', () => {
  it('keeps the secrets file, says the keychain is locked, and picks the account up on resume once unlocked', async () => {
    const files = await storedAccount();
    const app = await bed.launch({ safeStorage: { locked: true } });
    expect(await secretsFileNames(bed.dirs.userData)).toEqual(files);
    expect(app.menuLabel('status')).toBe(LOCKED);
    expect(electron.Notification.shown.map((shown) => shown.title)).not.toContain('Please sign in again');

    electron.powerMonitor.emit('resume');
    await settle();
    expect(app.menuLabel('status')).toBe(LOCKED);

    electron.safeStorage.unlockKeyring();
    electron.powerMonitor.emit('resume');
    await until(() => app.menuEnabled('copy-token'), 'the stored token to be usable');
    expect(app.menuLabel('status')).toMatch(DEMO_ACCOUNT.email);
    expect(await secretsFileNames(bed.dirs.userData)).toEqual(files);
    expect(bed.server.loginCount).toBe(1);
  });

  it('retries on a bounded backoff without any event', async () => {
    await storedAccount();
    useAppFakeTimers(START);
    const app = await bed.launch({ safeStorage: { locked: true } });
    const decrypts = () => electron.safeStorage.calls.filter((call) => call === 'decryptStringAsync').length;
    const before = decrypts();
    // Minute by minute, letting each retry's file read land before the clock moves on.
    for (let minute = 0; minute < 60; minute += 1) {
      await vi.advanceTimersByTimeAsync(60_000);
      await settle();
    }
    const inAnHour = decrypts() - before;
    expect(inAnHour).toBeGreaterThan(3);
    expect(inAnHour).toBeLessThan(30);

    electron.safeStorage.unlockKeyring();
    await vi.advanceTimersByTimeAsync(5 * 60_000);
    await until(() => app.menuLabel('status') !== LOCKED, 'the account after the unlock');
    expect(await secretsFileNames(bed.dirs.userData)).toHaveLength(1);
  });

  it('retries when the user opens the settings window', async () => {
    await storedAccount();
    const app = await bed.launch({ safeStorage: { locked: true } });
    app.settingsWindow?.close();
    electron.safeStorage.unlockKeyring();
    app.click('settings');
    await until(() => app.menuEnabled('copy-token'), 'the account after the unlock');
  });

  it('on macOS retries when the screen is unlocked', async () => {
    await bed.launchSignedIn({ platform: 'macos' }).then((first) => first.quit());
    const app = await bed.launch({ platform: 'macos', safeStorage: { locked: true } });
    expect(app.menuLabel('status')).toBe(LOCKED);
    electron.safeStorage.unlockKeyring();
    electron.powerMonitor.emit('unlock-screen');
    await until(() => app.menuEnabled('copy-token'), 'the account after the unlock');
  });
});

describe('signing in while the keychain is locked', () => {
  it('keeps the new account in memory, leaves the old file alone, and writes it once the keychain unlocks', async () => {
    await storedAccount();
    const files = await secretsFileNames(bed.dirs.userData);
    const before = await readFile(join(bed.dirs.userData, files[0] as string), 'utf8');
    const app = await bed.launch({ safeStorage: { locked: true } });
    const profileId = await app.profileId();
    await app.signIn(demoSignIn(bed.server, { profileId }));
    expect(app.menuLabel('status')).toMatch(DEMO_ACCOUNT.email);
    expect(await readFile(join(bed.dirs.userData, files[0] as string), 'utf8')).toBe(before);

    electron.safeStorage.unlockKeyring();
    electron.powerMonitor.emit('resume');
    await until(() => readFileSync(join(bed.dirs.userData, files[0] as string), 'utf8') !== before, 'the write after the unlock');
    expect((await storedSecrets(bed.dirs.userData, profileId)).token?.token).toBe(bed.server.requests.at(-1)?.issuedToken);
  });
});

describe('opening the tray menu', () => {
  it('on Windows retries a locked keychain (the menu reports menu-will-show there)', async () => {
    await bed.launchSignedIn({ platform: 'windows' }).then((first) => first.quit());
    const app = await bed.launch({ platform: 'windows', safeStorage: { locked: true } });
    expect(app.menuLabel('status')).toBe(LOCKED);
    electron.safeStorage.unlockKeyring();
    app.tray.userRightClick();
    await until(() => app.menuEnabled('copy-token'), 'the account after the menu opened');
  });

  it('on Linux the menu says nothing (no menu-will-show), so the retry waits for the backoff or another event', async () => {
    await storedAccount();
    const app = await bed.launch({ platform: 'linux-x11', safeStorage: { locked: true } });
    electron.safeStorage.unlockKeyring();
    app.tray.userClick();
    await settle();
    expect(app.menuLabel('status')).toBe(LOCKED);
    electron.powerMonitor.emit('resume');
    await until(() => app.menuEnabled('copy-token'), 'the account after resume');
  });
});

describe('a pending keychain prompt', () => {
  it('shows the tray at once with "Unlocking keychain…", and Quit works while the prompt waits', async () => {
    await storedAccount();
    const app = await bed.launch({ keychainPrompt: true });
    expect(app.menuLabel('status')).toBe('Unlocking keychain…');
    app.click('quit');
    await until(() => electron.app.hasQuit, 'the app to quit during the prompt');
  });
});

describe('the Linux fallback key', () => {
  it('is treated like basic_text: password for this session only, with the reason, nothing written', async () => {
    const app = await bed.launch({ platform: 'linux-x11', safeStorage: { backend: 'gnome_libsecret', asyncProvider: 'fallback-key' } });
    const signedIn = await app.signIn(demoSignIn(bed.server));
    expect(signedIn.sessionOnly).toBe(true);
    expect(signedIn.sessionOnlyReason).toMatch(/built-in key/);
    await app.quit();
    expect(await secretsFileNames(bed.dirs.userData)).toEqual([]);
    expectNoSecretsOnDisk(bed.dirs.root, [DEMO_ACCOUNT.password]);
  });
});
