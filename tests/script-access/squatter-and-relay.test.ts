import { randomBytes } from 'node:crypto';
import { copyFile, mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { SCRIPT_ACCESS_DIR_ENV, scriptAccessPaths } from '../../main/core/script-access/script-access-paths';
import { startRelay, startSquatter, type FakeChannel } from './fake-channels';
import { disposeRig, makeRig, openChannel, reach, runCli, runCliIn, type CliRun, type ScriptAccessRig } from './script-access-rig';

let rig: ScriptAccessRig;
let fake: FakeChannel | undefined;
beforeEach(async () => {
  rig = await makeRig();
});
afterEach(async () => {
  await fake?.close();
  fake = undefined;
  await disposeRig(rig);
});

/** Asserts the run printed nothing on stdout and exited 7 with the one-line "did not prove" message. */
function expectUnproven(run: CliRun): void {
  expect(run).toEqual({ code: 7, stdout: '', stderr: 'patchworks-token: The channel did not prove it is Patchworks Token Tray\n' });
}

/** Every form in which the secret (64 hex digits) could leak: the text, upper case, and its bytes as base64 or base64url. */
function secretForms(secret: string): string[] {
  const bytes = Buffer.from(secret, 'hex');
  return [secret, secret.toUpperCase(), bytes.toString('base64'), bytes.toString('base64url'), Buffer.from(secret).toString('base64')];
}

describe('a squatter on the socket path (another user who took the pipe name first)', () => {
  const forged = { ok: true, kind: 'token', token: 'forged-token', expiresAt: '2030-01-01T00:00:00.000Z', profile: 'work', baseUrl: 'https://evil.example' };
  let secret: string;
  beforeEach(async () => {
    // The user's folder and secret file are as the app leaves them; only the channel is someone else's.
    secret = randomBytes(32).toString('hex');
    await mkdir(rig.paths.directory, { mode: 0o700 });
    await writeFile(rig.paths.secretFilePath, `${secret}\n`, { mode: 0o600 });
  });

  it.each([
    ['a forged token without serverProof', forged],
    ['a forged token with a made-up serverProof', { ...forged, serverProof: randomBytes(32).toString('base64url') }],
    ['a failure answer without serverProof', { ok: false, code: 'signed-out', message: 'squatter says sign in at evil.example' }],
  ])('never receives the secret, and the client prints nothing after %s (exit 7)', async (_name, answer) => {
    fake = await startSquatter(rig.paths.socketPath, JSON.stringify(answer));
    const runs = [await runCli(rig, []), await runCli(rig, ['--json', '--profile', 'work', '--wait', '5'])];
    for (const run of runs) expectUnproven(run);
    const received = fake.received();
    expect(received.match(/"clientNonce":"[\w-]{43}","proof":"[\w-]{43}"/g)).toHaveLength(2); // it did get both requests
    for (const form of secretForms(secret)) expect(received).not.toContain(form);
  });
});

describe('a relay between the client and the real app', () => {
  let relayDir: string;
  beforeEach(async () => {
    rig.keeper.start();
    await reach(rig.keeper, 'valid');
    await openChannel(rig);
    // The client is pointed at the relay's folder, which holds a copy of the real secret.
    relayDir = join(rig.root, 'relay');
    await mkdir(relayDir, { mode: 0o700 });
    await copyFile(rig.paths.secretFilePath, join(relayDir, 'secret'));
  });
  const relayPaths = () => scriptAccessPaths({ platform: process.platform, env: { [SCRIPT_ACCESS_DIR_ENV]: relayDir }, homedir: rig.root, user: 'tester' });

  it('passing everything through unchanged works: the client prints the real token (so the relay itself is sound)', async () => {
    fake = await startRelay(relayPaths().socketPath, rig.paths.socketPath, (answer) => answer);
    expect(await runCliIn(relayDir, [])).toEqual({ code: 0, stdout: `${rig.keeper.state.token!.token}\n`, stderr: '' });
  });

  it.each([
    ['the token swapped', (answer: Record<string, unknown>) => ({ ...answer, token: 'tampered-token' })],
    ['the expiry moved', (answer: Record<string, unknown>) => ({ ...answer, expiresAt: '2099-01-01T00:00:00.000Z' })],
    ['the profile renamed', (answer: Record<string, unknown>) => ({ ...answer, profile: 'someone-else' })],
    ['the base URL pointed elsewhere', (answer: Record<string, unknown>) => ({ ...answer, baseUrl: 'https://evil.example' })],
    ['the token turned into a failure', ({ serverProof }: Record<string, unknown>) => ({ ok: false, code: 'signed-out', message: 'x', serverProof })],
    ['the serverProof removed', ({ serverProof: _dropped, ...answer }: Record<string, unknown>) => answer],
  ])('an answer with %s in flight is rejected: exit 7, nothing printed', async (_name, tamper) => {
    fake = await startRelay(relayPaths().socketPath, rig.paths.socketPath, (line) => JSON.stringify(tamper(JSON.parse(line) as Record<string, unknown>)));
    expectUnproven(await runCliIn(relayDir, ['--header']));
    expect(rig.server.loginCount).toBe(1);
  });
});
