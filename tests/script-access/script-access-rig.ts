import { execFile } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { TokenKeeper } from '../../main/core/keeper/token-keeper';
import { login } from '../../main/core/login/login';
import type { KeeperState, KeeperStatus } from '../../main/core/keeper/keeper-state';
import { SCRIPT_ACCESS_DIR_ENV, scriptAccessPaths, type ScriptAccessPaths } from '../../main/core/script-access/script-access-paths';
import { startScriptAccessServer, type ScriptAccessServer } from '../../main/core/script-access/script-access-server';
import { tokenSourceFromKeeper } from '../../main/core/script-access/keeper-token-source';
import type { ProfileEndpoint } from '../../main/core/script-access/token-source';
import { DEMO_ACCOUNT, startMockServer, type MockServer } from '../mock-server';

/** The CLI from source, through tsx. */
const FROM_SOURCE = [process.execPath, '--import', 'tsx', resolve(import.meta.dirname, '../../cli/patchworks-token.ts')];

/** A temp folder, the stand-in server, a real keeper on the real login(), and (once started) the channel. */
export interface ScriptAccessRig {
  root: string;
  /** The channel's paths inside `root` (as `PATCHWORKS_TOKEN_DIR=<root>/run` makes the CLI find them). */
  paths: ScriptAccessPaths;
  server: MockServer;
  keeper: TokenKeeper;
  /** Lines the channel logged. */
  logged: string[];
  channel?: ScriptAccessServer;
}

/** Builds the rig; the keeper is not started and the channel is not open yet. */
export async function makeRig(password: string = DEMO_ACCOUNT.password): Promise<ScriptAccessRig> {
  const root = await mkdtemp(join(tmpdir(), 'pwsa-'));
  const server = await startMockServer();
  const keeper = new TokenKeeper({ login: (signal) => login({ baseUrl: server.url, email: DEMO_ACCOUNT.email, password, signal }) });
  const paths = scriptAccessPaths({ platform: process.platform, env: { [SCRIPT_ACCESS_DIR_ENV]: join(root, 'run') }, homedir: root, user: 'tester' });
  return { root, paths, server, keeper, logged: [] };
}

/** The rig's one profile, "work", on the stand-in server. */
export function workEndpoint(rig: ScriptAccessRig): ProfileEndpoint {
  return { name: 'work', environment: 'custom', baseUrl: rig.server.url };
}

/** Opens the channel over the rig's keeper as the profile "work". */
export async function openChannel(rig: ScriptAccessRig): Promise<ScriptAccessServer> {
  rig.channel = await startScriptAccessServer({
    socketPath: rig.paths.socketPath,
    secretFilePath: rig.paths.secretFilePath,
    tokens: tokenSourceFromKeeper(workEndpoint(rig), rig.keeper),
    log: (line) => rig.logged.push(line),
  });
  return rig.channel;
}

/** Closes everything the rig opened and removes its folder. */
export async function disposeRig(rig: ScriptAccessRig): Promise<void> {
  await rig.channel?.close();
  rig.keeper.stop();
  await rig.server.close();
  await rm(rig.root, { recursive: true, force: true });
}

/** Resolves with the keeper's first state (current or later) whose status is one of `wanted`. */
export function reach(keeper: TokenKeeper, ...wanted: KeeperStatus[]): Promise<KeeperState> {
  return new Promise((done) => {
    if (wanted.includes(keeper.state.status)) return done(keeper.state);
    const unsubscribe = keeper.subscribe((state) => {
      if (!wanted.includes(state.status)) return;
      unsubscribe();
      done(state);
    });
  });
}

/** What one run of the real `patchworks-token` program produced. */
export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs the real CLI (from source through tsx, or `command`) as a child process pointed at the rig's folder. */
export function runCli(rig: ScriptAccessRig, args: readonly string[], command: readonly string[] = FROM_SOURCE): Promise<CliRun> {
  return runCliIn(rig.paths.directory, args, command);
}

/** Runs the real CLI as a child process with `PATCHWORKS_TOKEN_DIR=<directory>`, as a user's script would. */
export function runCliIn(directory: string, args: readonly string[], command: readonly string[] = FROM_SOURCE): Promise<CliRun> {
  const [program = '', ...programArgs] = command;
  return new Promise((done) => {
    execFile(
      program,
      [...programArgs, ...args],
      { env: { ...process.env, [SCRIPT_ACCESS_DIR_ENV]: directory }, timeout: 60_000 },
      (error, stdout, stderr) => {
        const code = error ? (typeof error.code === 'number' ? error.code : -1) : 0;
        done({ code, stdout, stderr });
      },
    );
  });
}
