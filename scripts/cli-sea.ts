// Builds `patchworks-token` as a Node single executable application (https://nodejs.org/api/single-executable-applications.html):
// the one-file CommonJS build (out/cli/patchworks-token-sea.cjs) injected into a copy of the Node binary, so the
// installed command runs on machines without Node. The app's own Electron binary cannot serve: RunAsNode is fused off.
import { execFile } from 'node:child_process';
import { chmod, copyFile, mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);

/** The fuse postject flips in the Node binary so it runs the injected blob (Node's documented sentinel). */
export const SEA_SENTINEL_FUSE = 'NODE_SEA_FUSE_fce680ab2cc467b6e072b8b5df1996b2';
/** The resource name Node looks for. */
export const SEA_RESOURCE_NAME = 'NODE_SEA_BLOB';

/** Node's `--experimental-sea-config` file: the script, the blob to write, and a V8 code cache (fast start). */
export function seaConfig(script: string, blob: string): Record<string, unknown> {
  return { main: script, output: blob, disableExperimentalSEAWarning: true, useCodeCache: true, useSnapshot: false };
}

/** The executable's file name on `platform`. */
export function seaExecutableName(platform: NodeJS.Platform): string {
  return platform === 'win32' ? 'patchworks-token.exe' : 'patchworks-token';
}

/** Where the executable for `arch` is built (electron-builder's `${arch}` names the same folder). */
export function seaOutputDir(root: string, arch: string): string {
  return join(root, 'out', 'cli-bin', arch);
}

/** postject's options for `platform` (macOS keeps the blob in its own Mach-O segment). */
export function postjectOptions(platform: NodeJS.Platform): { sentinelFuse: string; machoSegmentName?: string } {
  return platform === 'darwin' ? { sentinelFuse: SEA_SENTINEL_FUSE, machoSegmentName: 'NODE_SEA' } : { sentinelFuse: SEA_SENTINEL_FUSE };
}

/** What `buildCliSea` needs. */
export interface SeaBuild {
  /** The one-file CommonJS build to embed. */
  script: string;
  /** The folder to write the executable (and a scratch blob) into. */
  outDir: string;
  /** The Node binary to copy: the build's own, or one of the target arch (`PATCHWORKS_SEA_NODE`). */
  nodeBinary: string;
  platform: NodeJS.Platform;
}

/** Builds the executable and returns its path; the blob is made by `nodeBinary` itself, as Node requires. */
export async function buildCliSea(options: SeaBuild): Promise<string> {
  const { outDir, platform } = options;
  await mkdir(outDir, { recursive: true });
  const blob = join(outDir, 'patchworks-token.blob');
  const configPath = join(outDir, 'sea-config.json');
  const executable = join(outDir, seaExecutableName(platform));
  await writeFile(configPath, JSON.stringify(seaConfig(options.script, blob)));
  await run(options.nodeBinary, ['--experimental-sea-config', configPath]);
  await rm(executable, { force: true });
  await copyFile(options.nodeBinary, executable);
  await chmod(executable, 0o755);
  if (platform === 'darwin') await run('codesign', ['--remove-signature', executable]);
  const { inject } = await import('postject');
  await inject(executable, SEA_RESOURCE_NAME, await readFile(blob), postjectOptions(platform));
  if (platform === 'darwin') await run('codesign', ['--sign', '-', executable]); // ad hoc; electron-builder signs it for release
  await rm(blob, { force: true });
  await rm(configPath, { force: true });
  return executable;
}
