// The `npm run mock-server` program, run as a person runs it: a child process on a free port.
import { spawn, spawnSync, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { stopChild } from '../harness/stop-child';
import { until } from '../harness/until';
import { behaviourDescriptions, behaviours } from './behaviours';
import { parseCliArgs } from './cli-options';
import { DEMO_ACCOUNT, LOGIN_PATH } from './mock-server';

const ROOT = join(import.meta.dirname, '..', '..');
const CLI = ['--import', 'tsx', join(ROOT, 'tests', 'mock-server', 'cli.ts')];

/** Runs the program to completion (for options that make it exit at once). */
function runOnce(args: string[]) {
  return spawnSync(process.execPath, [...CLI, ...args], { cwd: ROOT, encoding: 'utf8', timeout: 30_000 });
}

let child: ChildProcessWithoutNullStreams | undefined;
let output = '';
afterEach(async () => {
  await stopChild(child);
  child = undefined;
  output = '';
});

/** Starts the program on a free port and resolves with its base URL once it listens. */
async function serve(args: string[] = []): Promise<string> {
  child = spawn(process.execPath, [...CLI, '--port', '0', ...args], { cwd: ROOT });
  child.stdout.setEncoding('utf8').on('data', (text: string) => (output += text));
  child.stderr.setEncoding('utf8').on('data', (text: string) => (output += text));
  await until(() => /base URL: (http:\/\/127\.0\.0\.1:\d+)/.test(output), 'the stand-in to listen');
  return /base URL: (http:\/\/127\.0\.0\.1:\d+)/.exec(output)?.[1] ?? '';
}

const login = (url: string, body: unknown) =>
  fetch(`${url}${LOGIN_PATH}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });

describe('npm run mock-server', () => {
  it('answers an unknown option with one line and exit 2', () => {
    const run = runOnce(['--colour', 'blue']);
    expect(run.status).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toBe("Unknown option '--colour' (npm run mock-server -- --help lists the options)\n");
  });

  it('answers a bad value with one line naming the option, and exit 2', () => {
    const run = runOnce(['--retry-after', 'soon']);
    expect(run.status).toBe(2);
    expect(run.stderr).toBe('--retry-after must be a whole number ≥ 0, got "soon"\n');
  });

  it('--help says in a line what each behaviour and option does', () => {
    const run = runOnce(['--help']);
    expect(run.status).toBe(0);
    for (const name of behaviours) expect(run.stdout).toMatch(new RegExp(`^  ${name} +${escape(behaviourDescriptions[name])}$`, 'm'));
    for (const flag of ['--port PORT', '--behaviour NAME', '--lifetime SECONDS', '--retry-after SECONDS', '--delay MS']) {
      expect(run.stdout).toMatch(new RegExp(`^  ${flag} +\\S`, 'm'));
    }
  });

  it('logs one line per request with method, path, email and status, never the password', async () => {
    const url = await serve();
    expect((await login(url, DEMO_ACCOUNT)).status).toBe(200);
    expect((await login(url, { email: DEMO_ACCOUNT.email, password: 'not-the-password-42' })).status).toBe(401);
    expect((await fetch(`${url}/health`)).status).toBe(404);
    await until(() => output.split('\n').filter((line) => line.includes(' → ')).length === 3, 'three log lines');
    const lines = output.split('\n').filter((line) => line.includes(' → '));
    expect(lines[0]).toMatch(/^\d\d:\d\d:\d\d POST \/api\/v1\/login demo@patchworks\.test → 200 \(token, password ok\)$/);
    expect(lines[1]).toMatch(/^\d\d:\d\d:\d\d POST \/api\/v1\/login demo@patchworks\.test → 401 \(token, wrong password\)$/);
    expect(lines[2]).toMatch(/^\d\d:\d\d:\d\d GET \/health \(no email\) → 404 \(token, no password\)$/);
    const afterBanner = output.slice(output.indexOf('One line per request'));
    expect(afterBanner).not.toContain(DEMO_ACCOUNT.password);
    expect(afterBanner).not.toContain('not-the-password-42');
  });

  it('--retry-after sets the Retry-After of rate-limited answers', async () => {
    const url = await serve(['--behaviour', 'rate-limited', '--retry-after', '7']);
    const response = await login(url, DEMO_ACCOUNT);
    expect(response.status).toBe(429);
    expect(response.headers.get('retry-after')).toBe('7');
  });

  it('--delay and --retry-after become the server tweaks', () => {
    expect(parseCliArgs(['--delay', '250', '--retry-after', '9', '--lifetime', '60'])).toEqual({
      kind: 'serve',
      port: 8787,
      behaviour: 'token',
      tweaks: { lifetimeSec: 60, retryAfterSec: 9, delayMs: 250 },
    });
  });
});

/** `text` as a literal inside a regular expression. */
function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
