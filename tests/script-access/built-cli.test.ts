import { mkdtemp, readFile, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { build } from 'vite';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { CLI_FILE_NAME } from '../../vite.cli.config';
import { disposeRig, makeRig, openChannel, reach, runCli, type ScriptAccessRig } from './script-access-rig';

let rig: ScriptAccessRig;
let bundleDir: string;
let builtFile: string;

beforeAll(async () => {
  // Build into a temp folder, far from the repository's node_modules: the file must stand alone.
  bundleDir = await mkdtemp(join(tmpdir(), 'pwsa-cli-'));
  builtFile = join(bundleDir, CLI_FILE_NAME);
  await build({ configFile: resolve(import.meta.dirname, '../../vite.cli.config.ts'), logLevel: 'silent', build: { outDir: bundleDir } });
});
afterAll(async () => {
  await rm(bundleDir, { recursive: true, force: true });
});
afterEach(async () => {
  await disposeRig(rig);
});

describe('the built patchworks-token file', () => {
  it('is one executable Node file with a shebang', async () => {
    rig = await makeRig();
    expect((await readFile(builtFile, 'utf8')).startsWith('#!/usr/bin/env node\n')).toBe(true);
    expect((await stat(builtFile)).mode & 0o111).toBe(0o111);
  });

  it('runs on its own outside the repository: prints the header, and exits 3 once the channel is off', async () => {
    rig = await makeRig();
    rig.keeper.start();
    const { token } = await reach(rig.keeper, 'valid');
    await openChannel(rig);
    expect(await runCli(rig, ['--header'], [builtFile])).toEqual({ code: 0, stdout: `Authorization: Bearer ${token!.token}\n`, stderr: '' });
    await rig.channel?.close();
    const off = await runCli(rig, [], [builtFile]);
    expect(off.code).toBe(3);
    expect(off.stdout).toBe('');
    expect(rig.server.loginCount).toBe(1);
  });
});
