import { spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { build } from 'vite';
import { tokenSourceFromKeeper } from '../main/core/script-access/keeper-token-source';
import { SCRIPT_ACCESS_DIR_ENV, scriptAccessPaths } from '../main/core/script-access/script-access-paths';
import { startScriptAccessServer } from '../main/core/script-access/script-access-server';
import { CLI_FILE_NAME } from '../vite.cli.config';

/** Milliseconds from spawning `args` with this Node until the process exits (it must exit 0). */
function timedRun(args: readonly string[], env: NodeJS.ProcessEnv): Promise<number> {
  return new Promise((resolvePromise, reject) => {
    const began = performance.now();
    const child = spawn(process.execPath, args, { env, stdio: ['ignore', 'ignore', 'inherit'] });
    child.once('error', reject);
    child.once('exit', (code) => (code === 0 ? resolvePromise(performance.now() - began) : reject(new Error(`${args.join(' ')} exited ${code}`))));
  });
}

/**
 * Times `patchworks-token` (the built bundle, as users run it with Node) asking a live channel for the
 * token against a bare `node -e 0`, alternating which goes first, after `warmUp` unrecorded rounds
 * (which also fill V8's compile cache, as a user's first call does).
 */
export async function compareCliLatency(rounds: number, warmUp: number): Promise<{ cli: number[]; bare: number[] }> {
  const root = await mkdtemp(join(tmpdir(), 'pwsa-bench-'));
  const bundleDir = join(root, 'cli');
  await build({ configFile: resolve(import.meta.dirname, '../vite.cli.config.ts'), logLevel: 'silent', build: { outDir: bundleDir } });
  const directory = join(root, 'run');
  const paths = scriptAccessPaths({ platform: process.platform, env: { [SCRIPT_ACCESS_DIR_ENV]: directory }, homedir: root, user: 'bench' });
  const issued = { token: `bench.${'x'.repeat(200)}.token`, issuedAt: new Date(), expiresAt: new Date(Date.now() + 86_400_000) };
  const keeper = { state: { status: 'valid' as const, token: issued }, subscribe: () => () => undefined };
  const endpoint = { name: 'bench', environment: 'production', baseUrl: 'https://svc-fabric.pwks.co' };
  const channel = await startScriptAccessServer({ ...paths, tokens: tokenSourceFromKeeper(endpoint, keeper) });
  const env = { ...process.env, [SCRIPT_ACCESS_DIR_ENV]: directory };
  const cliArgs = [join(bundleDir, CLI_FILE_NAME)];
  const cli: number[] = [];
  const bare: number[] = [];
  try {
    for (let round = -warmUp; round < rounds; round += 1) {
      const cliFirst = round % 2 === 0;
      const first = await timedRun(cliFirst ? cliArgs : ['-e', '0'], env);
      const second = await timedRun(cliFirst ? ['-e', '0'] : cliArgs, env);
      if (round < 0) continue;
      cli.push(cliFirst ? first : second);
      bare.push(cliFirst ? second : first);
    }
    return { cli, bare };
  } finally {
    await channel.close();
    await rm(root, { recursive: true, force: true });
  }
}
