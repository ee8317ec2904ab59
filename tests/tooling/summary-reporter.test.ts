// Runs vitest, with the project's summary reporter, on throw-away test files and reads the line it ends with.
import { spawnSync } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ROOT } from './run-script';

const VITEST = join(ROOT, 'node_modules', 'vitest', 'vitest.mjs');
const REPORTER = join(ROOT, 'tests', 'summary-reporter.ts');

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'pw-summary-'));
  // Globals, so the fixtures need not resolve `vitest` from the temp folder.
  await writeFile(
    join(dir, 'vitest.config.mjs'),
    `export default { test: { globals: true, include: ['*.test.mjs'], reporters: [${JSON.stringify(REPORTER)}] } };\n`,
  );
});
afterEach(() => rm(dir, { recursive: true, force: true }));

/** Writes the fixture files, runs vitest on them and returns its exit code and the summary line. */
async function runOn(files: Record<string, string>): Promise<{ status: number | null; line: string }> {
  for (const [name, source] of Object.entries(files)) await writeFile(join(dir, name), source);
  const run = spawnSync(process.execPath, [VITEST, 'run', '--root', dir, '--config', join(dir, 'vitest.config.mjs')], {
    cwd: dir,
    encoding: 'utf8',
    env: { ...process.env, CI: '1', NO_COLOR: '1' },
    timeout: 60_000,
  });
  const line = run.stdout.trim().split('\n').at(-1) ?? '';
  return { status: run.status, line };
}

const PASSING = "test('adds', () => expect(1 + 1).toBe(2));\ntest('later', () => {});\n";

describe('the summary line', () => {
  it('counts passed, failed and skipped tests', async () => {
    const run = await runOn({
      'a.test.mjs': PASSING,
      'b.test.mjs': "test('breaks', () => expect(1).toBe(2));\ntest.skip('not now', () => {});\n",
    });
    expect(run).toEqual({ status: 1, line: '2 passed, 1 failed, 1 skipped' });
  });

  it('counts a test file that fails to load as failed', async () => {
    const run = await runOn({ 'a.test.mjs': PASSING, 'broken.test.mjs': "import './no-such-module.mjs';\n" });
    expect(run).toEqual({ status: 1, line: '2 passed, 1 failed (0 tests, 1 file that errored), 0 skipped' });
  });

  it('counts a suite whose beforeAll threw (as a missing browser does) as failed', async () => {
    const run = await runOn({
      'a.test.mjs': PASSING,
      'hooks.test.mjs': "describe('window', () => {\n  beforeAll(() => { throw new Error('no browser'); });\n  test('opens', () => {});\n});\n",
    });
    expect(run).toEqual({ status: 1, line: '2 passed, 1 failed (0 tests, 1 suite that errored), 1 skipped' });
  });

  it('counts an unhandled rejection as failed', async () => {
    const run = await runOn({
      'a.test.mjs': "test('leaks', () => { void Promise.reject(new Error('nobody waits')); });\n",
    });
    expect(run).toEqual({ status: 1, line: '1 passed, 1 failed (0 tests, 1 unhandled error), 0 skipped' });
  });

  it('says 0 failed only when vitest passed the run', async () => {
    expect(await runOn({ 'a.test.mjs': PASSING })).toEqual({ status: 0, line: '2 passed, 0 failed, 0 skipped' });
  });
});
