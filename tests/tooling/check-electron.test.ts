import { readFileSync } from 'node:fs';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runScript } from './run-script';

const ELECTRON_VERSION = (JSON.parse(readFileSync(createRequire(import.meta.url).resolve('electron/package.json'), 'utf8')) as { version: string }).version;
const ZIP = `electron-v${ELECTRON_VERSION}-${process.platform}-${process.arch}.zip`;

let root: string;
let env: Record<string, string>;

beforeEach(async () => {
  root = await mkdtemp(join(tmpdir(), 'pw-check-electron-'));
  await Promise.all(['dist', 'cache'].map((name) => mkdir(join(root, name))));
  env = {
    // Electron's own variable: where `require('electron')` looks for the unpacked binary.
    ELECTRON_OVERRIDE_DIST_PATH: join(root, 'dist'),
    electron_config_cache: join(root, 'cache'),
    // A host that never resolves (RFC 6761), so no test depends on, or reaches, the network.
    ELECTRON_MIRROR: 'https://electron-mirror.invalid/releases/',
    npm_lifecycle_event: 'start',
  };
});
afterEach(() => rm(root, { recursive: true, force: true }));

describe('scripts/check-electron.mjs', () => {
  it('without the binary and without a way to get it, says what happened and what to do, and exits 1', () => {
    const run = runScript('check-electron.mjs', { env });
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/^Electron is not available: the binary was never downloaded and electron-mirror\.invalid cannot be resolved/);
    expect(run.stderr).toContain(`needs the Electron ${ELECTRON_VERSION} binary; it is fetched from Electron's release host`);
    expect(run.stderr).toContain('run npm start again');
    expect(run.stderr).toContain('ELECTRON_MIRROR=');
    expect(run.stderr).toContain(`electron_config_cache=/that/cache (looked in ${join(root, 'cache')})`);
    expect(run.stderr).toContain('No Electron binary is needed for `npm test`');
    expect(run.stderr).not.toMatch(/delete|rm -rf|node_modules\/electron/i);
  });

  it('passes silently when the binary is there', async () => {
    await writeFile(join(root, 'dist', 'electron'), '');
    expect(runScript('check-electron.mjs', { env })).toMatchObject({ status: 0, stderr: '' });
  });

  it('for packaging, needs the release zip: refuses without it, names the command', () => {
    const run = runScript('check-electron.mjs', { args: ['--for-packaging'], env: { ...env, npm_lifecycle_event: 'dist' } });
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/^Electron is not available: its release zip is not cached/);
    expect(run.stderr).toContain(`Packaging needs the Electron ${ELECTRON_VERSION} release zip (${ZIP})`);
    expect(run.stderr).toContain('run npm run dist again');
  });

  it('for packaging, passes when the zip is in the cache as @electron/get keeps it (one folder per URL)', async () => {
    await mkdir(join(root, 'cache', 'a1b2c3'));
    await writeFile(join(root, 'cache', 'a1b2c3', ZIP), '');
    expect(runScript('check-electron.mjs', { args: ['--for-packaging'], env })).toMatchObject({ status: 0, stderr: '' });
  });
});
