import { readFile } from 'node:fs/promises';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { TokenKeeper } from '../../main/core/keeper/token-keeper';
import { login } from '../../main/core/login/login';
import { startScriptAccessServer } from '../../main/core/script-access/script-access-server';
import { tokenSourceFromKeepers, type NamedKeeper } from '../../main/core/script-access/keeper-token-source';
import { ask } from './raw-client';
import { disposeRig, makeRig, reach, type ScriptAccessRig } from './script-access-rig';

const OPS = { email: 'ops@patchworks.test', password: 'ops-password-456' };

let rig: ScriptAccessRig;
let ops: TokenKeeper;
/** The profiles the channel serves, default first; tests change it as settings would. */
let profiles: NamedKeeper[];

beforeEach(async () => {
  rig = await makeRig();
  rig.server.addAccount(OPS.email, 'the-password-changed-elsewhere');
  ops = new TokenKeeper({ login: (signal) => login({ baseUrl: rig.server.url, ...OPS, signal }) });
  rig.keeper.start();
  ops.start();
  await Promise.all([reach(rig.keeper, 'valid'), reach(ops, 'needs-sign-in')]);
  profiles = [
    { name: 'Work', environment: 'custom', baseUrl: rig.server.url, keeper: rig.keeper },
    { name: 'Ops', environment: 'staging', baseUrl: 'https://staging.example.invalid', keeper: ops },
  ];
  rig.channel = await startScriptAccessServer({
    socketPath: rig.paths.socketPath,
    secretFilePath: rig.paths.secretFilePath,
    tokens: tokenSourceFromKeepers(() => profiles),
  });
});
afterEach(async () => {
  ops.stop();
  await disposeRig(rig);
});

const secret = async (): Promise<string> => (await readFile(rig.paths.secretFilePath, 'utf8')).trim();

describe('script access with several profiles', () => {
  it('answers the default profile without a name, and a profile named in any case under its own name', async () => {
    const token = rig.keeper.state.token!;
    const expected = { ok: true, kind: 'token', token: token.token, expiresAt: token.expiresAt.toISOString(), profile: 'Work', baseUrl: rig.server.url };
    expect(await ask(rig.paths.socketPath, await secret())).toEqual(expected);
    expect(await ask(rig.paths.socketPath, await secret(), { profile: 'wORK' })).toEqual(expected);
  });

  it("a refused profile answers signed-out while the other still hands out its token; no login is made", async () => {
    const logins = rig.server.loginCount;
    expect(await ask(rig.paths.socketPath, await secret(), { profile: 'ops', waitMs: 5_000 })).toMatchObject({ ok: false, code: 'signed-out' });
    expect(await ask(rig.paths.socketPath, await secret(), { profile: 'Work' })).toMatchObject({ ok: true, profile: 'Work' });
    expect(rig.server.loginCount).toBe(logins);
  });

  it('follows the list as it changes: a new default, a removed profile, unknown names listed', async () => {
    profiles = [profiles[1]!, profiles[0]!];
    expect(await ask(rig.paths.socketPath, await secret())).toMatchObject({ ok: false, code: 'signed-out' });
    profiles = [profiles[1]!];
    expect(await ask(rig.paths.socketPath, await secret(), { profile: 'Ops' })).toEqual({
      ok: false,
      code: 'unknown-profile',
      message: 'No profile named "Ops" (profiles: Work)',
    });
  });
});
