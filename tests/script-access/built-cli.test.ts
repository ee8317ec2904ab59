import { execFile, spawn } from 'node:child_process';
import { chmod, mkdir, mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parse as parseDotenv } from 'dotenv';
import { build } from 'vite';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { version } from '../../package.json';
import { CLI_FILE_NAME, CLI_SEA_SCRIPT_NAME } from '../../vite.cli.config';
import { SCRIPT_ACCESS_DIR_ENV } from '../../main/core/script-access/script-access-paths';
import { disposeRig, makeRig, openChannel, reach, runCli, type CliRun, type ScriptAccessRig } from './script-access-rig';

let rig: ScriptAccessRig;
let bundleDir: string;
let builtFile: string;
let built: string[];

beforeAll(async () => {
  // Build into a temp folder, far from the repository's node_modules: the files must stand alone.
  bundleDir = await mkdtemp(join(tmpdir(), 'pwsa-cli-'));
  builtFile = join(bundleDir, CLI_FILE_NAME);
  built = [process.execPath, builtFile];
  await build({ configFile: resolve(import.meta.dirname, '../../vite.cli.config.ts'), logLevel: 'silent', build: { outDir: bundleDir } });
});
afterAll(async () => {
  await rm(bundleDir, { recursive: true, force: true });
});
afterEach(async () => {
  await disposeRig(rig);
});

/** A token with every character a POSIX shell, PowerShell or a dotenv parser treats specially (the login client accepts any printable ASCII). */
const HOSTILE_TOKEN = `it's"a$(touch${'$'}{IFS}pwned)\`tok\`\\en;$HOME*#'`;

/** A rig whose app holds a valid token; `token` overrides the token text the stand-in server issues. */
async function signedInRig(token?: string): Promise<string> {
  rig = await makeRig();
  if (token !== undefined) rig.server.setBehaviour('token', { fields: { token } });
  rig.keeper.start();
  const state = await reach(rig.keeper, 'valid');
  await openChannel(rig);
  return state.token!.token;
}

/** Runs the built CLI against the rig. */
const cli = (args: readonly string[]): Promise<CliRun> => runCli(rig, args, built);

/** Runs `script` in `sh` with the rig's folder in the environment and the built CLI as "$CLI". */
function sh(script: string): Promise<CliRun> {
  return new Promise((done) => {
    const env = { ...process.env, [SCRIPT_ACCESS_DIR_ENV]: rig.paths.directory, CLI: `${process.execPath} ${builtFile}`, HOME: rig.root };
    execFile('sh', ['-c', script], { env, cwd: rig.root }, (error, stdout, stderr) => {
      done({ code: error ? (typeof error.code === 'number' ? error.code : -1) : 0, stdout, stderr });
    });
  });
}

/** The zsh script that types a command line into a real interactive zsh and prints the completion matches. */
const ZSH_COMPLETE = resolve(import.meta.dirname, 'zsh-complete.zsh');

/** The non-empty lines of `text`. */
const lines = (text: string): string[] => text.split('\n').filter((line) => line !== '');

/** Puts the built CLI on PATH as `patchworks-token` (the completion scripts run it by that name); returns that environment. */
async function builtCommandOnPath(): Promise<NodeJS.ProcessEnv> {
  const bin = join(rig.root, 'bin');
  await mkdir(bin);
  await writeFile(join(bin, 'patchworks-token'), `#!/bin/sh\nexec "${process.execPath}" "${builtFile}" "$@"\n`, { mode: 0o755 });
  return { ...process.env, PATH: `${bin}:${process.env.PATH}`, [SCRIPT_ACCESS_DIR_ENV]: rig.paths.directory, HOME: rig.root };
}

/** Runs `shell` with `args`; rejects with what to install when the shell is missing. */
function runShell(shell: 'bash' | 'zsh' | 'fish', args: readonly string[], env: NodeJS.ProcessEnv): Promise<CliRun> {
  return new Promise((done, fail) => {
    execFile(shell, args, { env, timeout: 30_000 }, (error, stdout, stderr) => {
      if ((error as NodeJS.ErrnoException | null)?.code === 'ENOENT') return fail(new Error(`${shell} is not installed: install Debian's ${shell} package (see README, Requirements)`));
      done({ code: error ? (typeof error.code === 'number' ? error.code : -1) : 0, stdout, stderr });
    });
  });
}

describe('the built patchworks-token files', () => {
  it('are an executable CommonJS entry with a shebang and a one-file build, neither with zod', async () => {
    rig = await makeRig();
    expect((await readFile(builtFile, 'utf8')).startsWith('#!/usr/bin/env node\n')).toBe(true);
    expect((await stat(builtFile)).mode & 0o111).toBe(0o111);
    const oneFile = await readFile(join(bundleDir, CLI_SEA_SCRIPT_NAME), 'utf8');
    expect(oneFile).not.toMatch(/\bimport\(|from\s*["']\.\/|require\(["'`]\.\//); // nothing left to load beside it
    expect(oneFile).not.toMatch(/ZodError|zod/i);
  });

  it('runs on its own outside the repository: prints the header, and exits 3 once the channel is off', async () => {
    const token = await signedInRig();
    expect(await cli(['--header'])).toEqual({ code: 0, stdout: `Authorization: Bearer ${token}\n`, stderr: '' });
    await rig.channel?.close();
    expect(await cli([])).toEqual({ code: 3, stdout: '', stderr: 'patchworks-token: Patchworks Token Tray is not running\n' });
    expect(rig.server.loginCount).toBe(1);
  });

  it('the CommonJS build behaves the same (what the single executable runs)', async () => {
    const token = await signedInRig();
    expect(await runCli(rig, ['token', '--format', 'raw'], [process.execPath, join(bundleDir, CLI_SEA_SCRIPT_NAME)])).toEqual({ code: 0, stdout: `${token}\n`, stderr: '' });
  });
});

describe('the built CLI writing its output', () => {
  it('stops quietly, exit 0 and no stack trace, when the reader closed its end before the token came', async () => {
    await signedInRig();
    // The reader closes its end and says so before the CLI starts, so the CLI's write always meets EPIPE.
    const run = await sh('{ while [ ! -e closed ]; do sleep 0.05; done; $CLI; echo "exit $?" >&2; } | (exec <&-; touch closed)');
    expect(run).toEqual({ code: 0, stdout: '', stderr: 'exit 0\n' });
  });

  it('still delivers the whole token into a full pipe that another process has made non-blocking', async () => {
    const token = await signedInRig();
    // A Node process that touches process.stdout makes the shared pipe non-blocking while it runs. This one
    // then writes until the pipe is full (EAGAIN), notes how much in `filled`, and stays. The CLI's direct
    // write meets EAGAIN and must hand the rest to its stream, which waits for the reader: the reader starts
    // only once the CLI has exited, or after 2 s, so a CLI that gave up would be seen to exit first.
    const fill = `process.stdout; const fs = require('fs'); let n = 0; try { for (;;) n += fs.writeSync(1, '*'.repeat(4096)); } catch (e) { if (e.code !== 'EAGAIN') throw e; } fs.writeFileSync('filled', String(n)); setTimeout(() => {}, 20000);`;
    const writer = `"${process.execPath}" -e "${fill}" & while [ ! -e filled ]; do sleep 0.05; done; $CLI; echo "exit $?" >&2; touch cli-done; kill $!`;
    const reader = 'i=0; while [ ! -e cli-done ] && [ $i -lt 40 ]; do sleep 0.05; i=$((i + 1)); done; cat';
    const run = await sh(`{ ${writer}; } | { ${reader}; }`);
    const filled = Number(await readFile(join(rig.root, 'filled'), 'utf8'));
    expect(filled).toBeGreaterThan(0);
    expect(run.stderr).toBe('exit 0\n');
    expect(run.stdout).toBe(`${'*'.repeat(filled)}${token}\n`);
  });
});

describe('patchworks-token --format', () => {
  it('env: eval in sh sets the four variables exactly, even for a token full of quotes, $, backticks and backslashes', async () => {
    const token = await signedInRig(HOSTILE_TOKEN);
    expect(token).toBe(HOSTILE_TOKEN);
    const run = await sh(`eval "$($CLI --format env)" && printf '%s\\n' "$PATCHWORKS_TOKEN" "$PATCHWORKS_AUTHORIZATION" "$PATCHWORKS_BASE_URL" "$PATCHWORKS_TOKEN_EXPIRES_AT"; test ! -e pwned`);
    const expiresAt = rig.keeper.state.token!.expiresAt.toISOString();
    expect(run).toEqual({ code: 0, stdout: `${HOSTILE_TOKEN}\nBearer ${HOSTILE_TOKEN}\n${rig.server.url}\n${expiresAt}\n`, stderr: '' });
  });

  it('powershell: verbatim strings with quotes doubled; raw, header, json and the explicit token subcommand', async () => {
    const token = await signedInRig(HOSTILE_TOKEN);
    const expiresAt = rig.keeper.state.token!.expiresAt.toISOString();
    const doubled = token.replaceAll("'", "''");
    const [powershell, raw, header, json] = await Promise.all([
      cli(['--format', 'powershell']),
      cli(['token', '--format', 'raw']),
      cli(['token', '--format', 'header', '--profile', 'WORK']),
      cli(['--format', 'json']),
    ]);
    expect(powershell).toEqual({
      code: 0,
      stdout: `$env:PATCHWORKS_TOKEN = '${doubled}'\n$env:PATCHWORKS_AUTHORIZATION = 'Bearer ${doubled}'\n$env:PATCHWORKS_BASE_URL = '${rig.server.url}'\n$env:PATCHWORKS_TOKEN_EXPIRES_AT = '${expiresAt}'\n`,
      stderr: '',
    });
    expect(raw.stdout).toBe(`${token}\n`);
    expect(header.stdout).toBe(`Authorization: Bearer ${token}\n`);
    expect(JSON.parse(json.stdout)).toEqual({ token, expiresAt, profile: 'work', baseUrl: rig.server.url });
  });

  it('dotenv: single-quoted lines the dotenv package reads back; a token no dotenv line can carry is refused, nothing printed', async () => {
    const token = await signedInRig();
    const run = await cli(['--format', 'dotenv']);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^(PATCHWORKS_[A-Z_]+='[^'\n]*'\n){4}$/);
    expect(parseDotenv(run.stdout)).toEqual({
      PATCHWORKS_TOKEN: token,
      PATCHWORKS_AUTHORIZATION: `Bearer ${token}`,
      PATCHWORKS_BASE_URL: rig.server.url,
      PATCHWORKS_TOKEN_EXPIRES_AT: rig.keeper.state.token!.expiresAt.toISOString(),
    });
    await disposeRig(rig);
    await signedInRig(HOSTILE_TOKEN);
    const refused = await cli(['--format', 'dotenv']);
    expect(refused).toMatchObject({ code: 1, stdout: '' });
    expect(refused.stderr).toMatch(/^patchworks-token: PATCHWORKS_TOKEN holds a quote, backslash or line break .*use --format env or json\n$/);
    expect(refused.stderr).not.toContain(HOSTILE_TOKEN);
  });
});

describe('patchworks-token exec', () => {
  it('runs the command with the four variables, passes its output through and exits with its code', async () => {
    const token = await signedInRig();
    const run = await cli(['exec', '--', 'sh', '-c', 'printf "%s|%s|%s" "$PATCHWORKS_TOKEN" "$PATCHWORKS_AUTHORIZATION" "$PATCHWORKS_BASE_URL"; echo oops >&2; exit 7']);
    expect(run).toEqual({ code: 7, stdout: `${token}|Bearer ${token}|${rig.server.url}`, stderr: 'oops\n' });
    expect(await cli(['exec', '--profile', 'work', '--', 'true'])).toEqual({ code: 0, stdout: '', stderr: '' });
  });

  it('exits 127 for a command that does not exist, 126 for one that cannot run, and with the app\'s code before running anything', async () => {
    await signedInRig();
    const notExecutable = join(rig.root, 'not-executable.sh');
    await writeFile(notExecutable, '#!/bin/sh\nexit 0\n', { mode: 0o600 });
    expect(await cli(['exec', '--', 'no-such-command-patchworks'])).toEqual({ code: 127, stdout: '', stderr: 'patchworks-token: no-such-command-patchworks: command not found\n' });
    expect((await cli(['exec', '--', notExecutable])).code).toBe(126);
    const unknown = await cli(['exec', '--profile', 'home', '--', 'sh', '-c', 'echo ran']);
    expect(unknown).toMatchObject({ code: 6, stdout: '' });
    const usage = await Promise.all([cli(['exec']), cli(['exec', '--']), cli(['exec', 'true'])]);
    for (const run of usage) expect(run).toMatchObject({ code: 2, stdout: '', stderr: expect.stringMatching(/exec needs a command after "--" \(see exec --help\)/) });
  });

  it.each([
    ['SIGTERM', 'TERM', 42],
    ['SIGINT', 'INT', 43],
    ['SIGHUP', 'HUP', 44],
  ] as const)('passes %s on to the command, and exits with the code it then chose', async (signal, trapName, code) => {
    await signedInRig();
    const script = `trap 'echo got-${trapName}; exit ${code}' ${trapName}; echo ready; while :; do sleep 0.05; done`;
    const child = spawn(process.execPath, [builtFile, 'exec', '--', 'sh', '-c', script], { env: { ...process.env, [SCRIPT_ACCESS_DIR_ENV]: rig.paths.directory } });
    let stdout = '';
    const ready = new Promise<void>((done) => child.stdout.on('data', (chunk: Buffer) => ((stdout += chunk.toString()), stdout.includes('ready') && done())));
    const exited = new Promise<number | null>((done) => child.once('exit', (exitCode) => done(exitCode)));
    await ready;
    child.kill(signal);
    expect(await exited).toBe(code);
    expect(stdout).toBe(`ready\ngot-${trapName}\n`);
  });

  it('exits 128 + the signal number when a signal ends the command', async () => {
    await signedInRig();
    const child = spawn(process.execPath, [builtFile, 'exec', '--', 'sh', '-c', 'echo ready; exec sleep 30'], { env: { ...process.env, [SCRIPT_ACCESS_DIR_ENV]: rig.paths.directory } });
    const ready = new Promise<void>((done) => child.stdout.once('data', () => done()));
    const exited = new Promise<number | null>((done) => child.once('exit', (exitCode) => done(exitCode)));
    await ready;
    child.kill('SIGTERM');
    expect(await exited).toBe(128 + 15);
  });

  it('waits for the app\'s refresh when the token expires within 60 s, then runs with the new token (no extra login)', async () => {
    rig = await makeRig();
    rig.server.setBehaviour('token', { lifetimeSec: 20 }); // refreshed by the keeper's own schedule after 10 s
    rig.keeper.start();
    const first = (await reach(rig.keeper, 'valid')).token!.token;
    rig.server.setBehaviour('token');
    await openChannel(rig);
    const run = await cli(['exec', '--', 'sh', '-c', 'printf %s "$PATCHWORKS_TOKEN"']);
    expect(run.code).toBe(0);
    expect(run.stdout).not.toBe(first);
    expect(run.stdout).toBe(rig.keeper.state.token!.token);
    expect(rig.server.loginCount).toBe(2);
  }, 30_000);
});

describe('patchworks-token status and profiles', () => {
  it('show name, environment, base URL, status and expiry, exit 0, and never the token', async () => {
    const token = await signedInRig();
    const expiresAt = rig.keeper.state.token!.expiresAt.toISOString();
    const runs = await Promise.all([cli(['status']), cli(['status', '--json']), cli(['profiles']), cli(['profiles', '--json']), cli(['profiles', '--names']), cli(['status', '--profile', 'WORK'])]);
    for (const run of runs) {
      expect(run.code).toBe(0);
      expect(run.stderr).toBe('');
      expect(run.stdout).not.toContain(token);
    }
    const [status, statusJson, profiles, profilesJson, names, named] = runs;
    expect(status!.stdout).toMatch(new RegExp(`^profile +work \\(default\\)\\nenvironment +custom\\nbase URL +${rig.server.url}\\nstatus +valid\\nexpires +${expiresAt} \\(in 2[34] h \\d+ min\\)\\n$`));
    const summary = { name: 'work', environment: 'custom', baseUrl: rig.server.url, status: 'valid', expiresAt, default: true };
    expect(JSON.parse(statusJson!.stdout)).toEqual(summary);
    expect(profiles!.stdout.split('\n')[1]).toMatch(new RegExp(`^\\* +work +custom +${rig.server.url} +valid +${expiresAt}`));
    expect(JSON.parse(profilesJson!.stdout)).toEqual([summary]);
    expect(names!.stdout).toBe('work\n');
    expect(named!.stdout).toBe(status!.stdout);
  });

  it('status exits 4 when signed out and 6 for an unknown profile; profiles --names prints nothing when the app is not running', async () => {
    rig = await makeRig('not-the-password');
    rig.keeper.start();
    await reach(rig.keeper, 'needs-sign-in');
    await openChannel(rig);
    const signedOut = await cli(['status', '--json']);
    expect(signedOut.code).toBe(4);
    expect(JSON.parse(signedOut.stdout)).toMatchObject({ status: 'needs-sign-in', expiresAt: null });
    expect(await cli(['status', '--profile', 'home'])).toEqual({ code: 6, stdout: '', stderr: 'patchworks-token: No profile named "home" (profiles: work)\n' });
    await rig.channel?.close();
    expect(await cli(['profiles', '--names'])).toMatchObject({ code: 3, stdout: '' });
  });
});

describe('patchworks-token --wait and "off" versus "not running"', () => {
  it('--wait waits for the channel to appear (the app still starting) and then prints the token', async () => {
    rig = await makeRig();
    rig.keeper.start();
    const { token } = await reach(rig.keeper, 'valid');
    const waiting = cli(['--wait', '20']);
    await new Promise((done) => setTimeout(done, 1_000));
    await openChannel(rig);
    expect(await waiting).toEqual({ code: 0, stdout: `${token!.token}\n`, stderr: '' });
  });

  it('exits 9 while the app runs with script access off (its marker names a live process), 3 when that process is gone', async () => {
    rig = await makeRig();
    await chmod(rig.root, 0o700);
    await mkdir(rig.paths.directory, { mode: 0o700 });
    await writeFile(rig.paths.offMarkerPath, `${process.pid}\n`, { mode: 0o600 });
    expect(await cli([])).toEqual({ code: 9, stdout: '', stderr: 'patchworks-token: Script access is off in Patchworks Token Tray; turn it on in its settings\n' });
    const gone = spawn(process.execPath, ['-e', '0']);
    await new Promise((done) => gone.once('exit', done));
    await writeFile(rig.paths.offMarkerPath, `${gone.pid}\n`, { mode: 0o600 });
    expect(await cli([])).toEqual({ code: 3, stdout: '', stderr: 'patchworks-token: Patchworks Token Tray is not running\n' });
  });
});

describe('patchworks-token --version, --help and completion', () => {
  it('prints the version and each subcommand\'s help', async () => {
    rig = await makeRig();
    expect(await cli(['--version'])).toEqual({ code: 0, stdout: `patchworks-token ${version}\n`, stderr: '' });
    for (const sub of ['exec', 'status', 'profiles', 'completion', 'token'] as const) {
      const [own, viaHelp] = await Promise.all([cli([sub, '--help']), cli(['help', sub])]);
      expect(own.code).toBe(0);
      expect(own.stdout).toMatch(new RegExp(`^Usage: patchworks-token ${sub === 'token' ? '\\[token\\]' : sub}`));
      expect(viaHelp).toEqual(own);
    }
    expect((await cli(['--help'])).stdout).toMatch(/9 script access is off in the running app/);
  });

  it('bash: completes subcommands, --format values and profile names from the running app; nothing, silently, without it', async () => {
    await signedInRig();
    const env = await builtCommandOnPath();
    const complete = (words: string): Promise<CliRun> => {
      const script = `eval "$(patchworks-token completion bash)"; COMP_WORDS=(${words}); COMP_CWORD=$((\${#COMP_WORDS[@]} - 1)); _patchworks_token; printf '%s\\n' "\${COMPREPLY[@]}"`;
      return runShell('bash', ['-c', script], env);
    };
    expect((await complete('patchworks-token st')).stdout).toBe('status\n');
    expect((await complete('patchworks-token --format d')).stdout).toBe('dotenv\n');
    expect((await complete('patchworks-token status --profile ""')).stdout).toBe('work\n');
    expect((await complete('patchworks-token exec --profile w')).stdout).toBe('work\n');
    await rig.channel?.close();
    expect(await complete('patchworks-token --profile ""')).toEqual({ code: 0, stdout: '\n', stderr: '' });
  });

  it('zsh: a real interactive zsh with compinit completes subcommands, formats, shells and profile names, also after a subcommand', async () => {
    await signedInRig();
    const env = await builtCommandOnPath();
    const complete = async (line: string): Promise<string[]> => lines((await runShell('zsh', ['-f', ZSH_COMPLETE, line], env)).stdout);
    expect(await complete('patchworks-token st')).toEqual(['status']);
    expect(await complete('patchworks-token --format d')).toEqual(['dotenv']);
    expect(await complete('patchworks-token completion ')).toEqual(['bash', 'zsh', 'fish', 'powershell']);
    expect(await complete('patchworks-token --profile ')).toEqual(['work']);
    expect(await complete('patchworks-token status --profile ')).toEqual(['work']);
    expect(await complete('patchworks-token exec --profile ')).toEqual(['work']);
    await rig.channel?.close();
    expect(await complete('patchworks-token --profile ')).toEqual([]);
  });

  it("fish: fish's own completer offers subcommands, formats, shells, profile names and commands after exec --", async () => {
    await signedInRig();
    const env = await builtCommandOnPath();
    const complete = async (line: string): Promise<string[]> => {
      const run = await runShell('fish', ['--no-config', '-c', 'patchworks-token completion fish | source; complete -C "$LINE"'], { ...env, LINE: line });
      return lines(run.stdout).map((match) => match.split('\t')[0]!);
    };
    expect(await complete('patchworks-token st')).toEqual(['status']);
    expect(await complete('patchworks-token --format d')).toEqual(['dotenv']);
    expect(await complete('patchworks-token completion ')).toEqual(['bash', 'fish', 'powershell', 'zsh']);
    expect(await complete('patchworks-token status --profile ')).toEqual(['work']);
    expect(await complete('patchworks-token exec -- ech')).toContain('echo');
    await rig.channel?.close();
    expect(await complete('patchworks-token --profile ')).toEqual([]);
  });

  it('PowerShell (not on these machines, so checked as text): registers for both names and asks the app for profile names', async () => {
    rig = await makeRig();
    const [powershell, bad] = await Promise.all([cli(['completion', 'powershell']), cli(['completion', 'tcsh'])]);
    expect(powershell.stdout).toContain("Register-ArgumentCompleter -Native -CommandName 'patchworks-token', 'patchworks-token.exe'");
    expect(powershell.stdout).toContain('profiles --names 2>$null');
    expect(bad).toMatchObject({ code: 2, stdout: '', stderr: expect.stringMatching(/completion takes one shell: bash, zsh, fish, powershell/) });
  });
});
