import { describe, expect, it, vi } from 'vitest';
import { DEMO_ACCOUNT } from '../mock-server';
import { expectNoSecretsOnDisk } from '../storage/no-secrets-on-disk';
import { electron, settle, storedSecrets, until, useTestbed } from '../harness';

const bed = useTestbed();
const START = new Date('2026-03-02T08:00:00Z');
const MINUTE = 60_000;

/** The token the default profile's secrets file holds (the profile id is read before quitting). */
async function tokenOnDisk(userData: string, profileId: string): Promise<string | undefined> {
  return (await storedSecrets(userData, profileId)).token?.token;
}

describe('quit', () => {
  it('stops the keeper, aborts the login in flight, flushes the secrets file, destroys the tray, then quits', async () => {
    const app = await bed.launchSignedIn({ clock: START, tokenLifetimeSec: 3600 });
    const profileId = await app.profileId();
    await vi.advanceTimersByTimeAsync(31 * MINUTE);
    await until(() => bed.server.loginCount === 2, 'the timed refresh');
    const latest = bed.server.requests[1]?.issuedToken as string;

    bed.server.setBehaviour('hang');
    app.click('refresh-now');
    await until(() => bed.server.loginCount === 3, 'a login in flight');

    expect(vi.getTimerCount()).toBeGreaterThan(0);
    app.click('quit');
    await until(() => electron.app.hasQuit, 'the app to quit');
    expect(electron.app.preventedQuits).toBe(1);
    expect(vi.getTimerCount()).toBe(0);
    await until(() => bed.server.requests[2]?.clientClosedEarly === true, 'the hanging login to be aborted');
    expect(app.tray.isDestroyed()).toBe(true);

    expect(await tokenOnDisk(bed.dirs.userData, profileId)).toBe(latest);
    expectNoSecretsOnDisk(bed.dirs.root, [DEMO_ACCOUNT.password, latest, bed.server.requests[0]?.issuedToken as string]);
  });

  it('a relaunch after quit offers the stored token at once and still logs in', async () => {
    const first = await bed.launchSignedIn();
    const stored = bed.server.requests[0]?.issuedToken;
    await first.quit();

    bed.server.setBehaviour('hang');
    const second = await bed.launch();
    second.click('copy-token');
    await until(() => electron.clipboard.writes.length === 1, 'the stored token to be copied');
    expect(electron.clipboard.text).toBe(stored);
    await until(() => bed.server.loginCount === 2, 'the launch login');
  });

  it('a second quit while the first is still saving waits for the save too', async () => {
    const app = await bed.launchSignedIn({ clock: START, tokenLifetimeSec: 3600 });
    const profileId = await app.profileId();
    const encryptions = () => electron.safeStorage.calls.filter((call) => call === 'encryptStringAsync').length;
    const before = encryptions();
    electron.safeStorage.holdEncryption();
    await vi.advanceTimersByTimeAsync(31 * MINUTE);
    await until(() => encryptions() === before + 1, 'the refreshed token to be saving');

    app.click('quit');
    app.click('quit');
    await settle();
    expect(electron.app.hasQuit).toBe(false);

    electron.safeStorage.releaseEncryption();
    await until(() => electron.app.hasQuit, 'the app to quit');
    expect(await tokenOnDisk(bed.dirs.userData, profileId)).toBe(bed.server.requests[1]?.issuedToken);
  });
});
