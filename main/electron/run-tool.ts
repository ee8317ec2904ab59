// Runs a desktop command-line tool (wl-copy, wl-paste) without a shell, input on stdin.
import { spawn } from 'node:child_process';

/** How a tool run ended: not installed, or exited with a code (and its output when asked for). */
export type ToolOutcome = { kind: 'missing' } | { kind: 'exited'; code: number | null; stdout: string };

/** Gives a hung tool this long before it is killed. */
const TIMEOUT_MS = 5_000;

/**
 * Runs `command` found on PATH with `args`, writes `input` to its stdin and closes it. Secrets go in
 * `input`, never in `args` (arguments are visible to every user in `ps`). With `captureOutput` false it
 * resolves when the process exits, even if a forked child (wl-copy's selection server) lives on.
 */
export function runTool(command: string, args: readonly string[], input: string, captureOutput = false): Promise<ToolOutcome> {
  return new Promise((resolve) => {
    const child = spawn(command, args, { stdio: ['pipe', captureOutput ? 'pipe' : 'ignore', 'ignore'], timeout: TIMEOUT_MS });
    let stdout = '';
    child.stdout?.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
    child.on('error', (error: NodeJS.ErrnoException) =>
      resolve(error.code === 'ENOENT' ? { kind: 'missing' } : { kind: 'exited', code: null, stdout: '' }),
    );
    child.on(captureOutput ? 'close' : 'exit', (code: number | null) => resolve({ kind: 'exited', code, stdout }));
    child.stdin?.on('error', () => undefined);
    child.stdin?.end(input);
  });
}
