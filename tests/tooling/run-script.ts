// Runs one of the plain-JavaScript set-up checks in scripts/ as npm would, and collects what it said.
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';

/** The repository root. */
export const ROOT = join(import.meta.dirname, '..', '..');

/** What a finished script printed, and its exit code. */
export interface ScriptRun {
  status: number | null;
  stdout: string;
  stderr: string;
}

/** Runs `node [nodeArgs] scripts/<name> [args]` from the repository root with extra environment variables. */
export function runScript(
  name: string,
  options: { args?: string[]; env?: Record<string, string>; node?: string; nodeArgs?: string[] } = {},
): ScriptRun {
  const result = spawnSync(
    options.node ?? process.execPath,
    [...(options.nodeArgs ?? []), join(ROOT, 'scripts', name), ...(options.args ?? [])],
    { cwd: ROOT, encoding: 'utf8', env: { ...process.env, ...options.env }, timeout: 20_000 },
  );
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}
