import type { ChildProcess } from 'node:child_process';

/** A test's clean-up: ends `child` with SIGTERM if it still runs, and resolves once it has exited. */
export async function stopChild(child: ChildProcess | undefined): Promise<void> {
  if (!child || child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise((done) => child.once('exit', done));
  child.kill('SIGTERM');
  await exited;
}
