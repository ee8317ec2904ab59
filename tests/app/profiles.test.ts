import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEMO_ACCOUNT } from '../mock-server';
import { expectNoSecretsOnDisk } from '../storage/no-secrets-on-disk';
import { demoSignIn, electron, secretsFileNames, settle, storedSecrets, until, useTestbed } from '../harness';
import { addOpsProfile, ONE_PROFILE_MENU, OPS_ACCOUNT } from './profile-helpers';

const bed = useTestbed();

/** Logins the stand-in server saw for `email`. */
const loginsFor = (email: string) => bed.server.requests.filter((request) => request.email === email);

describe('several profiles', () => {
  it('keeps the default on top and gives another profile a submenu with its own status and items', async () => {
    const app = await bed.launchSignedIn();
    expect(app.menu.ids).toEqual(ONE_PROFILE_MENU);
    expect(app.menuLabel('status')).toMatch(/^demo@patchworks\.test · expires/);

    const opsId = await addOpsProfile(app, bed.server);
    expect(app.menu.ids).toEqual([...ONE_PROFILE_MENU.slice(0, 5), `profile@${opsId}`, ...ONE_PROFILE_MENU.slice(5)]);
    expect(app.menu.item(`profile@${opsId}`)).toMatchObject({ label: 'Ops', type: 'submenu' });
    expect(app.menuLabel('status')).toMatch(/^demo · demo@patchworks\.test · expires/);
    expect(app.menuLabel(`status@${opsId}`)).toMatch(/^ops@patchworks\.test · expires/);

    app.click(`copy-header@${opsId}`);
    await until(() => electron.clipboard.writes.length === 1, 'the Ops header to be copied');
    expect(electron.clipboard.text).toBe(`Bearer ${loginsFor(OPS_ACCOUNT.email)[0]?.issuedToken}`);
    app.tray.emit('double-click');
    await until(() => electron.clipboard.writes.length === 2, 'the default token to be copied');
    expect(electron.clipboard.text).toBe(loginsFor(DEMO_ACCOUNT.email)[0]?.issuedToken);
  });

  it('a profile the server refuses asks to sign in again while the other stays valid and copyable, also after a relaunch', async () => {
    const app = await bed.launchSignedIn();
    const opsId = await addOpsProfile(app, bed.server);
    app.settingsWindow?.close();
    bed.server.addAccount(OPS_ACCOUNT.email, 'changed-on-the-dashboard');

    app.click(`refresh-now@${opsId}`);
    await until(() => electron.Notification.shown.length === 1, 'the sign-in notification');
    expect(electron.Notification.shown.map((shown) => shown.title)).toEqual(['Sign in again — Ops']);
    expect(loginsFor(OPS_ACCOUNT.email).map((request) => request.status)).toEqual([200, 401]);
    await until(() => app.menuLabel(`status@${opsId}`) === 'Sign-in rejected — open Settings to sign in again', 'the Ops status line');
    expect(app.tray.image.path).toMatch(/tray-valid(Template)?\.png$/);

    app.click('copy-token');
    await until(() => electron.clipboard.writes.length === 1, 'the default token to be copied');
    expect(electron.clipboard.text).toBe(loginsFor(DEMO_ACCOUNT.email)[0]?.issuedToken);
    expect(loginsFor(DEMO_ACCOUNT.email)).toHaveLength(1);
    const snapshot = await app.snapshot();
    expect(snapshot.profiles.map((p) => [p.name, p.status, p.isDefault])).toEqual([['demo', 'valid', true], ['Ops', 'needs-sign-in', false]]);

    electron.Notification.shown[0]?.click();
    await until(() => app.settingsWindow?.visible === true, 'settings to open');
    await app.quit();

    const again = await bed.launch();
    await until(() => loginsFor(DEMO_ACCOUNT.email).length === 2 && loginsFor(OPS_ACCOUNT.email).length === 3, 'both launch logins');
    await until(() => again.menuLabel(`status@${opsId}`).startsWith('Sign-in rejected'), 'Ops to be refused again');
    expect(again.menuLabel('status')).toMatch(/^demo · demo@patchworks\.test · expires/);
    expect(again.menuEnabled('copy-token')).toBe(true);
  });

  it('removing a profile wipes its secrets files only; the default moves to the remaining one and the menu is single again', async () => {
    const app = await bed.launchSignedIn();
    const demoId = await app.profileId();
    const opsId = await addOpsProfile(app, bed.server);
    expect(await secretsFileNames(bed.dirs.userData)).toEqual(expect.arrayContaining([`secrets-${demoId}.json`, `secrets-${opsId}.json`]));

    const removed = await app.invoke('removeProfile', { profileId: demoId });
    expect(removed).toMatchObject({ ok: true, value: { defaultProfileId: opsId, profiles: [{ id: opsId, name: 'Ops', isDefault: true }] } });
    const left = await secretsFileNames(bed.dirs.userData);
    expect(left.filter((name) => name.includes(demoId))).toEqual([]);
    expect(left).toContain(`secrets-${opsId}.json`);
    expect(await storedSecrets(bed.dirs.userData, opsId)).toMatchObject({ email: OPS_ACCOUNT.email, password: OPS_ACCOUNT.password });
    expect(await readFile(join(bed.dirs.userData, 'settings.json'), 'utf8')).not.toContain(demoId);
    expect(app.menu.ids).toEqual(ONE_PROFILE_MENU);

    app.click('copy-token');
    await until(() => electron.clipboard.writes.length === 1, 'the remaining profile token to be copied');
    expect(electron.clipboard.text).toBe(loginsFor(OPS_ACCOUNT.email)[0]?.issuedToken);
    expect(await app.invoke('removeProfile', { profileId: demoId })).toMatchObject({ ok: false, error: { code: 'unknown-profile' } });
    const demoToken = loginsFor(DEMO_ACCOUNT.email)[0]?.issuedToken as string;
    expectNoSecretsOnDisk(bed.dirs.root, [DEMO_ACCOUNT.password, OPS_ACCOUNT.password, demoToken]);

    await app.quit();
    const again = await bed.launch();
    await until(() => loginsFor(OPS_ACCOUNT.email).length === 2, 'the remaining launch login');
    await settle();
    expect(loginsFor(DEMO_ACCOUNT.email)).toHaveLength(1);
    expect((await again.snapshot()).profiles.map((p) => p.name)).toEqual(['Ops']);
  });

  it('refuses a name another profile has, in any case, before any login; renames and moves the default', async () => {
    const app = await bed.launchSignedIn();
    const demoId = await app.profileId();
    bed.server.addAccount(OPS_ACCOUNT.email, OPS_ACCOUNT.password);
    const duplicate = await app.invoke('signIn', demoSignIn(bed.server, { name: ' DEMO ', ...OPS_ACCOUNT }));
    expect(duplicate).toMatchObject({ ok: false, error: { code: 'invalid-payload', fieldErrors: { name: ['Another profile is already named "DEMO".'] } } });
    expect(bed.server.loginCount).toBe(1);

    const opsId = await addOpsProfile(app, bed.server);
    expect(await app.invoke('renameProfile', { profileId: opsId, name: 'Demo' })).toMatchObject({ ok: false, error: { fieldErrors: { name: [expect.any(String)] } } });
    expect(await app.invoke('renameProfile', { profileId: opsId, name: 'Operations' })).toMatchObject({ ok: true });
    expect(app.menuLabel(`profile@${opsId}`)).toBe('Operations');

    expect(await app.invoke('setDefaultProfile', { profileId: opsId })).toMatchObject({ ok: true, value: { defaultProfileId: opsId } });
    expect(app.menuLabel('status')).toMatch(/^Operations · ops@patchworks\.test/);
    expect(app.menu.ids).toContain(`profile@${demoId}`);
    app.click('copy-token');
    await until(() => electron.clipboard.writes.length === 1, 'the new default token to be copied');
    expect(electron.clipboard.text).toBe(loginsFor(OPS_ACCOUNT.email)[0]?.issuedToken);

    for (const result of [
      await app.invoke('setDefaultProfile', { profileId: 'nope' }),
      await app.invoke('copyToken', { profileId: 'nope', format: 'token' }),
      await app.invoke('signIn', demoSignIn(bed.server, { profileId: 'nope' })),
    ]) {
      expect(result).toMatchObject({ ok: false, error: { code: 'unknown-profile' } });
    }
    expect(bed.server.loginCount).toBe(2);
  });
});
