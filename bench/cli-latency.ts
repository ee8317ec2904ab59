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
 * Node connecting to the channel and reading the app's greeting, nothing more: the least any Node client of
 * this channel pays (no proof, no checks, no output). Printed beside the CLI so its distance from the floor shows.
 */
const CHANNEL_FLOOR_SCRIPT = "require('node:net').connect(process.env.PATCHWORKS_BENCH_SOCKET).once('data', function () { this.destroy(); })";

/** Each kind of run's wall times, in milliseconds. */
export interface CliLatency {
  cli: number[];
  bare: number[];
  floor: number[];
}

/**
 * Times `patchworks-token` (the built bundle, as users run it with Node) asking a live channel for the
 * token, a bare `node -e 0`, and the channel floor above, rotating which goes first, after `warmUp`
 * unrecorded rounds (which also fill V8's compile cache, as a user's first call does).
 */
export async function compareCliLatency(rounds: number, warmUp: number): Promise<CliLatency> {
  const root = await mkdtemp(join(tmpdir(), 'pwsa-bench-'));
  const bundleDir = join(root, 'cli');
  await build({ configFile: resolve(import.meta.dirname, '../vite.cli.config.ts'), logLevel: 'silent', build: { outDir: bundleDir } });
  const directory = join(root, 'run');
  const paths = scriptAccessPaths({ platform: process.platform, env: { [SCRIPT_ACCESS_DIR_ENV]: directory }, homedir: root, user: 'bench' });
  const issued = { token: `bench.${'x'.repeat(200)}.token`, issuedAt: new Date(), expiresAt: new Date(Date.now() + 86_400_000) };
  const keeper = { state: { status: 'valid' as const, token: issued }, subscribe: () => () => undefined };
  const endpoint = { name: 'bench', environment: 'production', baseUrl: 'https://svc-fabric.pwks.co' };
  const channel = await startScriptAccessServer({ ...paths, tokens: tokenSourceFromKeeper(endpoint, keeper) });
  const env = { ...process.env, [SCRIPT_ACCESS_DIR_ENV]: directory, PATCHWORKS_BENCH_SOCKET: paths.socketPath };
  const runs = { cli: [join(bundleDir, CLI_FILE_NAME)], bare: ['-e', '0'], floor: ['-e', CHANNEL_FLOOR_SCRIPT] };
  const order = Object.keys(runs) as Array<keyof CliLatency>;
  const samples: CliLatency = { cli: [], bare: [], floor: [] };
  try {
    for (let round = -warmUp; round < rounds; round += 1) {
      const first = ((round % order.length) + order.length) % order.length;
      for (const name of [...order.slice(first), ...order.slice(0, first)]) {
        const took = await timedRun(runs[name], env);
        if (round >= 0) samples[name].push(took);
      }
    }
    return samples;
  } finally {
    await channel.close();
    await rm(root, { recursive: true, force: true });
  }
}
