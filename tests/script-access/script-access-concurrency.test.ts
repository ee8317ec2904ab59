import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { currentUid } from '../../main/core/script-access/private-dir';
import { askApp } from '../../main/core/script-access/script-access-client';
import type { TokenResponse } from '../../main/core/script-access/protocol';
import { disposeRig, makeRig, openChannel, reach, runCli, type ScriptAccessRig } from './script-access-rig';

let rig: ScriptAccessRig;
beforeEach(async () => {
  rig = await makeRig();
});
afterEach(async () => {
  await disposeRig(rig);
});

/** A request through the same client code the CLI uses. */
const request = (waitMs?: number): Promise<TokenResponse> =>
  askApp({ paths: rig.paths, uid: currentUid(), ...(waitMs === undefined ? {} : { waitMs }) });

describe('script access never causes logins', () => {
  it('serves 50 concurrent client requests and 5 CLI processes from the one token, with no extra login', async () => {
    rig.keeper.start();
    const { token } = await reach(rig.keeper, 'valid');
    await openChannel(rig);
    const [clients, clis] = await Promise.all([
      Promise.all(Array.from({ length: 50 }, () => request())),
      Promise.all(Array.from({ length: 5 }, () => runCli(rig, ['--json']))),
    ]);
    for (const answer of clients) expect(answer).toEqual({ ok: true, kind: 'token', token: token!.token, expiresAt: token!.expiresAt.toISOString(), profile: 'work', baseUrl: rig.server.url });
    for (const run of clis) {
      expect(run.code).toBe(0);
      expect(JSON.parse(run.stdout)).toMatchObject({ token: token!.token });
    }
    expect(rig.server.loginCount).toBe(1);
    expect(rig.keeper.state.status).toBe('valid');
  });

  it('with --wait, returns the new token of a refresh in flight; without, the current one; one login in all', async () => {
    rig.keeper.start();
    const { token: old } = await reach(rig.keeper, 'valid');
    await openChannel(rig);
    rig.server.setBehaviour('slow', { delayMs: 3_000 }); // long enough for a CLI process to start meanwhile
    const refreshed = rig.keeper.refreshNow(); // the keeper's own refresh, as its timer would start it
    expect(rig.keeper.state.status).toBe('refreshing');
    const [waited, current, waitedClients] = await Promise.all([
      runCli(rig, ['--json', '--wait', '30']),
      request(),
      Promise.all(Array.from({ length: 20 }, () => request(30_000))),
    ]);
    await refreshed;
    const fresh = rig.server.requests[1]?.issuedToken;
    expect(fresh).toBeDefined();
    expect(fresh).not.toBe(old!.token);
    expect(waited.code).toBe(0);
    expect(JSON.parse(waited.stdout)).toEqual({ token: fresh, expiresAt: rig.keeper.state.token!.expiresAt.toISOString(), profile: 'work', baseUrl: rig.server.url });
    expect(current).toMatchObject({ ok: true, token: old!.token });
    for (const answer of waitedClients) expect(answer).toMatchObject({ ok: true, token: fresh });
    expect(rig.server.loginCount).toBe(2);
  });

  it('with --wait, returns the token of the first sign-in once it lands', async () => {
    rig.server.setBehaviour('slow', { delayMs: 1_000 });
    rig.keeper.start();
    await openChannel(rig);
    expect(rig.keeper.state.status).toBe('signing-in');
    const run = await runCli(rig, ['--header', '--wait', '30']);
    expect(run).toEqual({ code: 0, stdout: `Authorization: Bearer ${rig.server.requests[0]?.issuedToken}\n`, stderr: '' });
    expect(rig.server.loginCount).toBe(1);
  });

  it('answers signed-out at once, even to a long wait, and never logs in itself', async () => {
    rig.server.setBehaviour('unauthorized');
    rig.keeper.start();
    await reach(rig.keeper, 'needs-sign-in');
    await openChannel(rig);
    const answers = await Promise.all(Array.from({ length: 10 }, () => request(120_000)));
    for (const answer of answers) expect(answer).toMatchObject({ ok: false, code: 'signed-out' });
    expect(rig.server.loginCount).toBe(1);
  });

  it('answers pending with the reason while the first login keeps failing, and signed-out once the keeper stops', async () => {
    rig.server.setBehaviour('server-error');
    rig.keeper.start();
    const failing = await reach(rig.keeper, 'failing');
    await openChannel(rig);
    expect(await request()).toEqual({ ok: false, code: 'pending', message: `No token yet: ${failing.lastError!.message}` });
    rig.keeper.stop();
    expect(await request(5_000)).toEqual({ ok: false, code: 'signed-out', message: 'Not signed in to Patchworks Token Tray' });
    expect(rig.server.loginCount).toBe(1);
  });
});
