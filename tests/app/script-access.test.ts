import { existsSync, lstatSync } from 'node:fs';
import { chmod, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { SCRIPT_ACCESS_DIR_ENV, scriptAccessPaths, type ScriptAccessPaths } from '../../main/core/script-access/script-access-paths';
import { currentUid } from '../../main/core/script-access/private-dir';
import { askApp } from '../../main/core/script-access/script-access-client';
import { DEMO_ACCOUNT } from '../mock-server';
import { runCliIn } from '../script-access/script-access-rig';
import { settle, useTestbed } from '../harness';
import { addOpsProfile, OPS_ACCOUNT } from './profile-helpers';

const bed = useTestbed();

/** Points the app's script-access folder into this test's temp root (before the launch reads it). */
function useChannelFolder(): ScriptAccessPaths {
  const directory = join(bed.dirs.root, 'run');
  vi.stubEnv(SCRIPT_ACCESS_DIR_ENV, directory);
  return scriptAccessPaths({ platform: process.platform, env: { [SCRIPT_ACCESS_DIR_ENV]: directory }, homedir: bed.dirs.root, user: 'tester' });
}

const issuedTo = (email: string) => bed.server.requests.filter((request) => request.email === email && request.issuedToken);
const onUnix = process.platform !== 'win32';

describe('script access through the app', () => {
  it.runIf(onUnix)('the preference opens and closes the channel; quitting with it on removes the socket and the secret', async () => {
    const paths = useChannelFolder();
    const app = await bed.launchSignedIn();
    expect(existsSync(paths.socketPath)).toBe(false);

    expect(await app.invoke('savePreferences', { scriptAccessEnabled: true })).toMatchObject({ ok: true, value: { scriptAccessEnabled: true } });
    expect(lstatSync(paths.socketPath).isSocket()).toBe(true);
    expect(lstatSync(paths.secretFilePath).mode & 0o777).toBe(0o600);
    const answer = await askApp({ paths, uid: currentUid() });
    expect(answer).toMatchObject({ ok: true, token: issuedTo(DEMO_ACCOUNT.email)[0]?.issuedToken, profile: 'demo' });
    expect((await app.snapshot()).preferences.scriptAccessEnabled).toBe(true);

    expect(await app.invoke('savePreferences', { scriptAccessEnabled: false })).toMatchObject({ ok: true });
    expect(existsSync(paths.socketPath)).toBe(false);
    expect(existsSync(paths.secretFilePath)).toBe(false);

    await app.invoke('savePreferences', { scriptAccessEnabled: true });
    await app.quit();
    expect(existsSync(paths.socketPath)).toBe(false);
    expect(existsSync(paths.secretFilePath)).toBe(false);
  });

  it.runIf(onUnix)('comes back on at launch when it was left on; refuses to start in a folder open to others and saves nothing', async () => {
    const paths = useChannelFolder();
    const first = await bed.launchSignedIn();
    await first.invoke('savePreferences', { scriptAccessEnabled: true });
    await first.quit();

    const second = await bed.launch();
    expect(lstatSync(paths.socketPath).isSocket()).toBe(true);
    second.click('settings');
    await second.invoke('savePreferences', { scriptAccessEnabled: false });
    await chmod(paths.directory, 0o755);
    const refused = await second.invoke('savePreferences', { scriptAccessEnabled: true, refreshLeadMinutes: 20 });
    expect(refused).toMatchObject({ ok: false, error: { code: 'unavailable', fieldErrors: { scriptAccessEnabled: [expect.stringMatching(/open to other users/)] } } });
    expect((await second.snapshot()).preferences).toMatchObject({ scriptAccessEnabled: false, refreshLeadMinutes: 30 });
    expect(existsSync(paths.socketPath)).toBe(false);
  });

  it.runIf(onUnix)('patchworks-token --profile NAME (any case) gets that profile, the default without it; no extra login', async () => {
    const paths = useChannelFolder();
    const app = await bed.launchSignedIn();
    await addOpsProfile(app, bed.server);
    await app.invoke('savePreferences', { scriptAccessEnabled: true });
    const logins = bed.server.loginCount;

    const [ops, fallback, unknown] = await Promise.all([
      runCliIn(paths.directory, ['--json', '--profile', 'OPS']),
      runCliIn(paths.directory, []),
      runCliIn(paths.directory, ['--profile', 'staging']),
    ]);
    expect(ops.code).toBe(0);
    expect(JSON.parse(ops.stdout)).toMatchObject({ token: issuedTo(OPS_ACCOUNT.email)[0]?.issuedToken, profile: 'Ops' });
    expect(fallback).toEqual({ code: 0, stdout: `${issuedTo(DEMO_ACCOUNT.email)[0]?.issuedToken}\n`, stderr: '' });
    expect(unknown.code).toBe(6);
    expect(unknown.stderr).toMatch(/No profile named "staging" \(profiles: demo, Ops\)/);
    await settle();
    expect(bed.server.loginCount).toBe(logins);
  });

  it.runIf(onUnix)('tells "off" (exit 9) from "not running" (exit 3): the app leaves its marker while script access is off', async () => {
    const paths = useChannelFolder();
    const app = await bed.launchSignedIn();
    expect((await readFile(paths.offMarkerPath, 'utf8')).trim()).toBe(String(process.pid));
    const off = await runCliIn(paths.directory, []);
    expect(off).toEqual({ code: 9, stdout: '', stderr: 'patchworks-token: Script access is off in Patchworks Token Tray; turn it on in its settings\n' });

    await app.invoke('savePreferences', { scriptAccessEnabled: true });
    expect(existsSync(paths.offMarkerPath)).toBe(false);
    await app.invoke('savePreferences', { scriptAccessEnabled: false });
    expect(existsSync(paths.offMarkerPath)).toBe(true);
    await app.quit();
    expect(existsSync(paths.offMarkerPath)).toBe(false);
    expect(await runCliIn(paths.directory, [])).toEqual({ code: 3, stdout: '', stderr: 'patchworks-token: Patchworks Token Tray is not running\n' });
  });

  it.runIf(onUnix)('status, profiles and exec through the app: each profile\'s environment and base URL, never a token', async () => {
    const paths = useChannelFolder();
    const app = await bed.launchSignedIn();
    await addOpsProfile(app, bed.server);
    await app.invoke('savePreferences', { scriptAccessEnabled: true });
    const [profiles, status, names, exec] = await Promise.all([
      runCliIn(paths.directory, ['profiles', '--json']),
      runCliIn(paths.directory, ['status', '--profile', 'ops']),
      runCliIn(paths.directory, ['profiles', '--names']),
      runCliIn(paths.directory, ['exec', '--profile', 'Ops', '--', 'sh', '-c', 'printf "%s %s" "$PATCHWORKS_BASE_URL" "$PATCHWORKS_TOKEN"']),
    ]);
    const demoToken = issuedTo(DEMO_ACCOUNT.email)[0]?.issuedToken ?? '';
    const opsToken = issuedTo(OPS_ACCOUNT.email)[0]?.issuedToken ?? '';
    for (const run of [profiles, status, names]) {
      expect(run.code).toBe(0);
      expect(`${run.stdout}${run.stderr}`).not.toContain(demoToken);
      expect(`${run.stdout}${run.stderr}`).not.toContain(opsToken);
    }
    expect(JSON.parse(profiles.stdout)).toEqual([
      expect.objectContaining({ name: 'demo', environment: 'custom', baseUrl: bed.server.url, status: 'valid', default: true }),
      expect.objectContaining({ name: 'Ops', environment: 'custom', baseUrl: bed.server.url, status: 'valid', default: false }),
    ]);
    expect(status.stdout).toMatch(/^profile +Ops\n.*\nstatus +valid\n/s);
    expect(names.stdout).toBe('demo\nOps\n');
    expect(exec).toEqual({ code: 0, stdout: `${bed.server.url} ${opsToken}`, stderr: '' });
  });

  it.runIf(onUnix)('--wait started before the app launches gets the token once the app is up and signed in', async () => {
    const paths = useChannelFolder();
    const first = await bed.launchSignedIn();
    await first.invoke('savePreferences', { scriptAccessEnabled: true });
    await first.quit();
    expect(existsSync(paths.socketPath)).toBe(false);

    const waiting = runCliIn(paths.directory, ['--wait', '60', '--format', 'json']);
    await new Promise((done) => setTimeout(done, 1_500));
    await bed.launch();
    const run = await waiting;
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout)).toMatchObject({ token: issuedTo(DEMO_ACCOUNT.email).at(-1)?.issuedToken, profile: 'demo', baseUrl: bed.server.url });
  });
});
