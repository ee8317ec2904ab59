import { execFileSync } from 'node:child_process';
import { chmod, rm, writeFile } from 'node:fs/promises';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { disposeRig, makeRig, openChannel, reach, runCli, type CliRun, type ScriptAccessRig } from './script-access-rig';

let rig: ScriptAccessRig;
afterEach(async () => {
  await disposeRig(rig);
});

/** Asserts a failed run: the exit code, nothing on stdout, one stderr line naming the program and matching `pattern`. */
function expectFailure(run: CliRun, code: number, pattern: RegExp): void {
  expect(run.code).toBe(code);
  expect(run.stdout).toBe('');
  expect(run.stderr).toMatch(/^patchworks-token: [^\n]+\n$/);
  expect(run.stderr).toMatch(pattern);
}

describe('patchworks-token with a signed-in app', () => {
  beforeEach(async () => {
    rig = await makeRig();
    rig.keeper.start();
    await reach(rig.keeper, 'valid');
    await openChannel(rig);
  });

  it('prints the raw token by default, the header with --header, JSON with --json', async () => {
    const token = rig.keeper.state.token!;
    const [raw, header, json] = await Promise.all([runCli(rig, []), runCli(rig, ['--header']), runCli(rig, ['--json', '--profile', 'work'])]);
    expect(raw).toEqual({ code: 0, stdout: `${token.token}\n`, stderr: '' });
    expect(header).toEqual({ code: 0, stdout: `Authorization: Bearer ${token.token}\n`, stderr: '' });
    expect(json.code).toBe(0);
    expect(json.stderr).toBe('');
    expect(JSON.parse(json.stdout)).toEqual({ token: token.token, expiresAt: token.expiresAt.toISOString(), profile: 'work', baseUrl: rig.server.url });
    expect(token.token).toBe(rig.server.requests[0]?.issuedToken);
    expect(rig.server.loginCount).toBe(1);
  });

  it('exits 6 for an unknown profile, naming the known ones', async () => {
    expectFailure(await runCli(rig, ['--profile', 'home']), 6, /No profile named "home" \(profiles: work\)/);
  });

  it('exits 2 on bad usage without asking the app', async () => {
    const runs = await Promise.all([
      runCli(rig, ['--bogus']),
      runCli(rig, ['--header', '--json']),
      runCli(rig, ['--wait', 'soon']),
      runCli(rig, ['--wait', '121']),
      runCli(rig, ['--profile']),
      runCli(rig, ['extra']),
    ]);
    for (const run of runs) expectFailure(run, 2, /see --help/);
    expect(rig.logged).toEqual([]);
  });

  it('prints the usage with --help and exits 0', async () => {
    const run = await runCli(rig, ['--help']);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^Usage: patchworks-token/);
    expect(run.stdout).toMatch(/4 signed out, 5 expired, 6 unknown profile, 7 refused/);
  });

  it('exits 7 when the secret file is readable by others', async () => {
    await chmod(rig.paths.secretFilePath, 0o644);
    expectFailure(await runCli(rig, []), 7, /secret file .* is open to other users \(mode 644/);
  });

  it('exits 7 with a stale secret: the app refuses the proof (logged without any secret) and its answer cannot be verified', async () => {
    const stale = 'ab'.repeat(32);
    await writeFile(rig.paths.secretFilePath, `${stale}\n`, { mode: 0o600 });
    expectFailure(await runCli(rig, []), 7, /The channel did not prove it is Patchworks Token Tray/);
    expect(rig.logged).toEqual(['script access: refused: The request did not prove it knows the current script-access secret']);
  });

  it('exits 7 at once, without blocking, when the secret file is a FIFO', async () => {
    await rm(rig.paths.secretFilePath);
    execFileSync('mkfifo', ['-m', '600', rig.paths.secretFilePath]);
    expectFailure(await runCli(rig, []), 7, /secret file .* is not a regular file/);
  }, 20_000);

  it('exits 7 when the folder is open to others', async () => {
    await chmod(rig.paths.directory, 0o755);
    expectFailure(await runCli(rig, []), 7, /folder .* is open to other users/);
  });

  it('exits 3 once the channel is turned off', async () => {
    await rig.channel?.close();
    expectFailure(await runCli(rig, []), 3, /^patchworks-token: Patchworks Token Tray is not running\n$/);
  });
});

describe('patchworks-token exit codes for each keeper state', () => {
  it('exits 3 when the app never turned the channel on', async () => {
    rig = await makeRig();
    expectFailure(await runCli(rig, ['--header']), 3, /^patchworks-token: Patchworks Token Tray is not running\n$/);
  });

  it('exits 4 when Patchworks refused the credentials (signed out)', async () => {
    rig = await makeRig('not-the-password');
    rig.keeper.start();
    await reach(rig.keeper, 'needs-sign-in');
    await openChannel(rig);
    expectFailure(await runCli(rig, []), 4, /Sign in again in Patchworks Token Tray/);
    expect(rig.server.loginCount).toBe(1);
  });

  it('exits 5 when the token ran out', async () => {
    rig = await makeRig();
    rig.server.setBehaviour('token', { lifetimeSec: 1 });
    rig.keeper.start();
    await reach(rig.keeper, 'expired');
    await openChannel(rig);
    expectFailure(await runCli(rig, []), 5, /The token expired/);
    expect(rig.server.loginCount).toBe(1);
  });

  it('exits 8 while the first sign-in is still running, also after a short --wait', async () => {
    rig = await makeRig();
    rig.server.setBehaviour('hang');
    rig.keeper.start();
    await openChannel(rig);
    expectFailure(await runCli(rig, []), 8, /signing in/);
    expectFailure(await runCli(rig, ['--wait', '0.3']), 8, /signing in/);
    expect(rig.server.loginCount).toBe(1);
  });

  it('never prints the token on stderr', async () => {
    rig = await makeRig();
    rig.keeper.start();
    const { token } = await reach(rig.keeper, 'valid');
    await openChannel(rig);
    const runs = await Promise.all([runCli(rig, ['--profile', 'nope']), runCli(rig, ['--json', '--header']), runCli(rig, ['--json'])]);
    for (const run of runs) expect(run.stderr).not.toContain(token!.token);
    expect(rig.logged.join('\n')).not.toContain(token!.token);
  });
});
