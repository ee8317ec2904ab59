import { mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { useTestbed } from '../harness';

const bed = useTestbed();

// A read-only data folder cannot be provoked here: the tests run as root, which ignores permission bits.
// A folder where the app expects its file fails the same calls (remove, rename over it) with an error of
// its own, which is what these tests use; the app must name the file and the reason either way.

describe('a data folder the app cannot change', () => {
  it('sign-out still forgets everything in memory, and names the file it could not remove and why', async () => {
    const app = await bed.launchSignedIn();
    const profileId = await app.profileId();
    const secrets = join(bed.dirs.userData, `secrets-${profileId}.json`);
    rmSync(secrets);
    mkdirSync(secrets);
    const result = await app.invoke('signOut', { profileId });
    expect(result).toMatchObject({ ok: false, error: { code: 'storage-failed' } });
    const message = result.ok ? '' : result.error.message;
    expect(message).toContain(secrets);
    expect(message).toMatch(/is a folder/);
    expect(message).not.toMatch(/internal|something went wrong/i);
    const snapshot = await app.snapshot();
    expect(snapshot.profiles[0]).toMatchObject({ status: 'signed-out', passwordStored: false });
    expect(snapshot.profiles[0]?.token).toBeUndefined();
    expect(app.menu.item('copy-token')?.enabled).toBe(false);
    expect(bed.server.loginCount).toBe(1);
  });

  it('saving preferences names the settings file and the reason instead of "internal"', async () => {
    const app = await bed.launch();
    const settings = join(bed.dirs.userData, 'settings.json');
    rmSync(settings);
    mkdirSync(settings);
    const current = (await app.snapshot()).preferences;
    const result = await app.invoke('savePreferences', { ...current, refreshLeadMinutes: current.refreshLeadMinutes + 5 });
    expect(result).toMatchObject({ ok: false, error: { code: 'storage-failed' } });
    const message = result.ok ? '' : result.error.message;
    expect(message).toContain(settings);
    expect(message).toMatch(/is a folder/);
  });
});
