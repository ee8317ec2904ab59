import { lstatSync, type Stats } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { ScriptAccessError } from './script-access-error';

/** The user id of this process, or undefined where there is none (Windows). */
export function currentUid(): number | undefined {
  return process.getuid?.();
}

/**
 * Throws `insecure` unless `stats` describe something owned by `uid` with no group or other
 * permission bits (checked only where the OS has uids, i.e. not on Windows).
 */
export function assertOwnerOnly(stats: Stats, what: string, uid: number | undefined): void {
  if (uid === undefined) return;
  if (stats.uid !== uid) throw new ScriptAccessError('insecure', `${what} belongs to another user (uid ${stats.uid})`);
  if ((stats.mode & 0o077) !== 0) {
    throw new ScriptAccessError('insecure', `${what} is open to other users (mode ${(stats.mode & 0o777).toString(8)}; expected owner-only)`);
  }
}

/**
 * Checks that `path` is a real directory (not a symlink) owned by `uid` and closed to everyone else.
 * Synchronous: one lstat, and the command line's every call makes it (a thread-pool hop costs more than the call).
 */
export function checkPrivateDir(path: string, uid: number | undefined): void {
  const stats = lstatSync(path);
  if (stats.isSymbolicLink()) throw new ScriptAccessError('insecure', `The folder ${path} is a symbolic link`);
  if (!stats.isDirectory()) throw new ScriptAccessError('insecure', `${path} is not a folder`);
  assertOwnerOnly(stats, `The folder ${path}`, uid);
}

/** Creates `path` (mode 0700) if it is missing, then checks it with `checkPrivateDir`; never loosens or fixes it. */
export async function ensurePrivateDir(path: string, uid: number | undefined): Promise<void> {
  await mkdir(path, { recursive: true, mode: 0o700 });
  checkPrivateDir(path, uid);
}
