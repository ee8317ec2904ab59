import { spawn } from 'node:child_process';
import { constants } from 'node:os';

/** The signals `exec` passes on to the command it runs. */
export const FORWARDED_SIGNALS = ['SIGINT', 'SIGTERM', 'SIGHUP'] as const;

/** What `runCommand` reports when the command could not start. */
export interface CommandStartError {
  /** 127 when there is no such command, 126 when it cannot be run (as shells do). */
  code: 126 | 127;
  message: string;
}

/**
 * Runs `command` with `variables` added to this process's environment, stdio shared, and passes on
 * SIGINT, SIGTERM and SIGHUP while it runs. Resolves with its exit code, 128 + the signal's number when a
 * signal ended it, or a `CommandStartError` when it could not start.
 */
export function runCommand(command: readonly string[], variables: Readonly<Record<string, string>>): Promise<number | CommandStartError> {
  const [program = '', ...args] = command;
  return new Promise((resolve) => {
    // Listen before spawning: a signal that arrives the moment the command starts must not end this process.
    const forward = (signal: NodeJS.Signals): void => {
      child.kill(signal);
    };
    for (const signal of FORWARDED_SIGNALS) process.on(signal, forward);
    const child = spawn(program, args, { stdio: 'inherit', env: { ...process.env, ...variables } });
    const done = (result: number | CommandStartError): void => {
      for (const signal of FORWARDED_SIGNALS) process.off(signal, forward);
      resolve(result);
    };
    child.once('error', (error: NodeJS.ErrnoException) => {
      if (child.pid !== undefined) return; // started: 'exit' follows
      const missing = error.code === 'ENOENT';
      done({ code: missing ? 127 : 126, message: `${program}: ${missing ? 'command not found' : `cannot run it (${error.code ?? 'error'})`}` });
    });
    child.once('exit', (code, signal) => {
      done(code ?? 128 + (signal ? (constants.signals[signal] ?? 0) : 0));
    });
  });
}
