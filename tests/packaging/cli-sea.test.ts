import { execFile } from 'node:child_process';
import { mkdtemp, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { build } from 'vite';
import { afterAll, describe, expect, it } from 'vitest';
import { version } from '../../package.json';
import { CLI_SEA_SCRIPT_NAME } from '../../vite.cli.config';
import { SEA_SENTINEL_FUSE, buildCliSea, postjectOptions, seaConfig, seaExecutableName, seaOutputDir } from '../../scripts/cli-sea';
import { disposeRig, makeRig, openChannel, reach, runCli } from '../script-access/script-access-rig';

let scratch: string | undefined;
afterAll(async () => {
  if (scratch) await rm(scratch, { recursive: true, force: true });
});

describe('the single-executable build of patchworks-token', () => {
  it('configures Node to embed the one-file build with a code cache and no warning', () => {
    expect(seaConfig('/x/patchworks-token.cjs', '/x/blob')).toEqual({
      main: '/x/patchworks-token.cjs',
      output: '/x/blob',
      disableExperimentalSEAWarning: true,
      useCodeCache: true,
      useSnapshot: false,
    });
    expect(seaExecutableName('win32')).toBe('patchworks-token.exe');
    expect(seaExecutableName('linux')).toBe('patchworks-token');
    expect(seaOutputDir('/repo', 'arm64')).toBe(join('/repo', 'out', 'cli-bin', 'arm64'));
    expect(postjectOptions('darwin')).toEqual({ sentinelFuse: SEA_SENTINEL_FUSE, machoSegmentName: 'NODE_SEA' });
    expect(postjectOptions('linux')).toEqual({ sentinelFuse: SEA_SENTINEL_FUSE });
  });

  // Builds the real executable from this machine's Node (about 125 MB, a few seconds) and runs it without Node on PATH.
  it.runIf(process.platform === 'linux')('builds an executable that prints the token from a live channel, with no Node on PATH', async () => {
    scratch = await mkdtemp(join(tmpdir(), 'pw-sea-'));
    await build({ configFile: resolve(import.meta.dirname, '../../vite.cli.config.ts'), logLevel: 'silent', build: { outDir: join(scratch, 'cli') } });
    const executable = await buildCliSea({ script: join(scratch, 'cli', CLI_SEA_SCRIPT_NAME), outDir: join(scratch, 'bin'), nodeBinary: process.execPath, platform: 'linux' });
    expect((await stat(executable)).mode & 0o111).toBe(0o111);
    const rig = await makeRig();
    try {
      rig.keeper.start();
      const { token } = await reach(rig.keeper, 'valid');
      await openChannel(rig);
      const noNode = { PATH: '/usr/bin:/bin' };
      const versionRun = await new Promise<string>((done) => execFile(executable, ['--version'], { env: noNode }, (_error, stdout) => done(stdout)));
      expect(versionRun).toBe(`patchworks-token ${version}\n`);
      expect(await runCli(rig, ['--header'], [executable])).toEqual({ code: 0, stdout: `Authorization: Bearer ${token!.token}\n`, stderr: '' });
    } finally {
      await disposeRig(rig);
    }
  }, 180_000);
});
