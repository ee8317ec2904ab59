import { lstat, rm } from 'node:fs/promises';
import { connect } from 'node:net';
import { MAX_SOCKET_PATH_BYTES } from './script-access-paths';
import { ScriptAccessError } from './script-access-error';

/** True for a Windows named pipe path (`\\.\pipe\…`), which has no file to check or remove. */
export function isPipe(path: string): boolean {
  return path.startsWith('\\\\.\\pipe\\') || path.startsWith('\\\\?\\pipe\\');
}

/** Throws `path-too-long` when a Unix socket path exceeds what the OS can bind. */
export function assertSocketPathFits(path: string): void {
  if (!isPipe(path) && Buffer.byteLength(path) > MAX_SOCKET_PATH_BYTES) {
    throw new ScriptAccessError('path-too-long', `The socket path ${path} is too long; set PATCHWORKS_TOKEN_DIR to a shorter folder`);
  }
}

/** Resolves true when something accepts connections on `path`. */
function answers(path: string): Promise<boolean> {
  return new Promise((resolve) => {
    const probe = connect(path);
    probe.once('connect', () => {
      probe.destroy();
      resolve(true);
    });
    probe.once('error', () => resolve(false));
  });
}

/**
 * Clears the way to listen on a Unix socket path: removes a stale socket left by a crash, refuses a path
 * that holds anything else (a file, a link) and one where a live server still answers.
 */
export async function clearStaleSocket(path: string): Promise<void> {
  if (isPipe(path)) return;
  let stats;
  try {
    stats = await lstat(path);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return;
    throw error;
  }
  if (!stats.isSocket()) throw new ScriptAccessError('insecure', `${path} exists and is not a socket; remove it by hand`);
  if (await answers(path)) throw new ScriptAccessError('in-use', 'Another Patchworks Token Tray already serves script access');
  await rm(path, { force: true });
}
