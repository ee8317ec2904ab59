import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DEMO_ACCOUNT } from '../mock-server';
import { expectNoSecretsOnDisk } from '../storage/no-secrets-on-disk';
import { demoSignIn, electron, until, useTestbed } from '../harness';

const bed = useTestbed();
// Only Linux asks safeStorage for its backend; macOS and Windows always use the OS keychain.
const onLinux = process.platform === 'linux';

describe('storage notices', () => {
  it.runIf(onLinux)('with the basic_text backend: says the password is kept for this session only, and writes no secrets', async () => {
    const app = await bed.launch({ safeStorage: { backend: 'basic_text' } });
    expect(electron.Notification.shown.map((shown) => shown.title)).toEqual(['Password kept for this session only']);
    expect(electron.Notification.shown[0]?.body).toMatch(/No system keyring was found/);

    const signedIn = await app.signIn(demoSignIn(bed.server));
    expect(signedIn).toMatchObject({ sessionOnly: true, profiles: [{ passwordStored: true, status: 'valid' }] });
    expect(signedIn.sessionOnlyReason).toBe(electron.Notification.shown[0]?.body);
    await app.quit();
    expect(readdirSync(bed.dirs.userData).filter((name) => name.startsWith('secrets'))).toEqual([]);
    expect(electron.safeStorage.calls).not.toContain('encryptStringAsync');
    expectNoSecretsOnDisk(bed.dirs.root, [DEMO_ACCOUNT.password, bed.server.requests[0]?.issuedToken as string]);

    await bed.launch({ safeStorage: { backend: 'basic_text' } });
    expect(bed.server.loginCount).toBe(1);
  });

  it('with a keyring that cannot be used right now: the same session-only promise, with the reason', async () => {
    const app = await bed.launch({ safeStorage: { available: false } });
    expect(electron.Notification.shown).toHaveLength(1);
    expect(electron.Notification.shown[0]?.body).toMatch(/cannot be used right now/);
    expect((await app.snapshot()).sessionOnlyReason).toMatch(/cannot be used right now/);
  });

  it('a secrets file the keyring can no longer decrypt: set aside, "sign in again", no crash', async () => {
    const first = await bed.launchSignedIn();
    await first.quit();
    electron.safeStorage.keychain.resetKeyring();

    const second = await bed.launch();
    expect(electron.Notification.shown.map((shown) => shown.title)).toHaveLength(1);
    expect(electron.Notification.shown[0]?.body).toMatch(/sign in/i);
    expect(bed.server.loginCount).toBe(1);
    await until(() => second.settingsWindow?.visible === true, 'settings to open for the new sign-in');
    expect(readdirSync(bed.dirs.userData).filter((name) => name.startsWith('secrets-') && name.endsWith('.json'))).toEqual([]);
  });
});
