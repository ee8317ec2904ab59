// `npm run demo` driven through its keys, as a person at a terminal would, with the CLI asking from "another shell".
import { spawn, spawnSync, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { stopChild } from '../harness/stop-child';
import { until } from '../harness/until';

const ROOT = join(import.meta.dirname, '..', '..');
const CLI = join(ROOT, 'out', 'cli', 'patchworks-token.cjs');
/** Start-up compiles main/ with tsx on a shared machine: a deadline against hangs only. */
const START_MS = 60_000;
/** The whole test: start-up plus each key's effect, on a loaded 2-core machine (over 18 s seen). */
const TEST_MS = 120_000;

let tokenDir: string;
let demo: ChildProcessWithoutNullStreams | undefined;
let output = '';

beforeEach(async () => {
  tokenDir = await mkdtemp(join(tmpdir(), 'pw-demo-'));
});
afterEach(async () => {
  await stopChild(demo);
  demo = undefined;
  output = '';
  await rm(tokenDir, { recursive: true, force: true });
});

/** How many times the demo's stand-in server logged a login. */
const logins = (): number => output.split('\n').filter((line) => line.includes('POST /api/v1/login')).length;

/** Sends one key and waits for `what` to show in the output. */
async function press(key: string, done: () => boolean, what: string): Promise<void> {
  demo?.stdin.write(key);
  await until(done, what);
}

describe('npm run demo', () => {
  it('shows the tray and notifications, obeys c h r s q, and serves patchworks-token meanwhile', async () => {
    const env = { ...process.env, PATCHWORKS_TOKEN_DIR: tokenDir };
    demo = spawn(process.execPath, ['--import', 'tsx', join(ROOT, 'scripts', 'demo', 'run-demo.ts'), '--no-browser'], { cwd: ROOT, env });
    demo.stdout.setEncoding('utf8').on('data', (text: string) => (output += text));
    demo.stderr.setEncoding('utf8').on('data', (text: string) => (output += text));
    const exit = new Promise<number | null>((done) => demo?.once('exit', (code) => done(code)));

    await until(() => output.includes('Keys: c copy token'), 'the demo to sign in and list its keys', START_MS);
    expect(output).toMatch(/Tray — icon tray-valid\.png/);
    expect(output).toMatch(/^ {2}Copy token$/m);
    expect(output).toContain(`From another shell: PATCHWORKS_TOKEN_DIR=${tokenDir} node ${CLI} --header`);
    expect(output).toContain('Settings page: not opened (--no-browser)');

    await press('c', () => /Clipboard now holds: eyJ\w{0,2}…\S{4}$/m.test(output), 'the token on the clipboard');
    await press('h', () => /Clipboard now holds: Bearer eyJ\w{0,2}…\S{4}$/m.test(output), 'the header on the clipboard');

    const asked = spawnSync(process.execPath, [CLI, '--json'], { env, encoding: 'utf8', timeout: 20_000 });
    expect(asked.status, asked.stderr).toBe(0);
    const token = (JSON.parse(asked.stdout) as { token: string }).token;
    expect(token.split('.')).toHaveLength(3);
    expect(output).not.toContain(token);

    await press('r', () => logins() === 2, 'the refresh');
    await press('s', () => logins() === 3 && output.includes('Woke up (resume)'), 'the refresh after waking');
    await until(() => /Notification: Copied token expiring — The token you copied expired/.test(output), 'the expired-copy notification');

    demo.stdin.write('q');
    expect(await exit).toBe(0);
    expect(output).toContain('The app quit cleanly.');
    expect(output).not.toContain(token);
  }, TEST_MS);

  it.each(['end of input', 'SIGINT', 'SIGTERM'] as const)('quits cleanly on %s (piped input ending, Ctrl-C with piped input, a closing terminal)', async (ending) => {
    demo = spawn(process.execPath, ['--import', 'tsx', join(ROOT, 'scripts', 'demo', 'run-demo.ts'), '--no-browser'], {
      cwd: ROOT,
      env: { ...process.env, PATCHWORKS_TOKEN_DIR: tokenDir },
    });
    demo.stdout.setEncoding('utf8').on('data', (text: string) => (output += text));
    const exit = new Promise<number | null>((done) => demo?.once('exit', (code) => done(code)));
    await until(() => output.includes('Keys: c copy token'), 'the demo to start', START_MS);
    if (ending === 'end of input') demo.stdin.end();
    else demo.kill(ending);
    expect(await exit).toBe(0);
    expect(output).toContain('The app quit cleanly.');
    expect(await readdir(tokenDir)).toEqual([]); // the socket and the secret file went with the app
  }, TEST_MS);
});
