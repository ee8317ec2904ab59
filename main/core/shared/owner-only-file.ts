import { randomBytes } from 'node:crypto';
import { constants, lstatSync } from 'node:fs';
import { lstat, open, rename, rm } from 'node:fs/promises';

/** The error for a file the app writes that has been replaced by a symbolic link; code `ELOOP`. */
function symlinkRefused(path: string): NodeJS.ErrnoException {
  const error: NodeJS.ErrnoException = new Error(`${path} is a symbolic link; the app does not write through links (remove it, then try again)`);
  error.code = 'ELOOP';
  error.path = path;
  return error;
}

/** Throws (code `ELOOP`) when `path` is a symbolic link; a missing path is fine. */
export function assertNotSymlinkSync(path: string): void {
  if (lstatSync(path, { throwIfNoEntry: false })?.isSymbolicLink()) throw symlinkRefused(path);
}

/** Throws (code `ELOOP`) when `path` is a symbolic link; a missing path is fine. */
async function assertNotSymlink(path: string): Promise<void> {
  const stats = await lstat(path).catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT') return undefined;
    throw error;
  });
  if (stats?.isSymbolicLink()) throw symlinkRefused(path);
}

/**
 * Writes `text` atomically with owner-only permissions (0600) from the moment the temporary file exists,
 * never through a link: a symlinked target is refused (`ELOOP`), the temporary file beside it is created
 * exclusively without following links, fsynced, then renamed over the target (a rename replaces a link
 * that appears meanwhile, it does not follow it). `atomically`, which conf uses, resolves links first.
 */
export async function writeOwnerOnlyFile(path: string, text: string): Promise<void> {
  await assertNotSymlink(path);
  const temp = `${path}.tmp-${randomBytes(6).toString('hex')}`;
  const flags = constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL | (constants.O_NOFOLLOW ?? 0);
  try {
    const handle = await open(temp, flags, 0o600);
    try {
      await handle.writeFile(text, 'utf8');
      await handle.sync();
    } finally {
      await handle.close();
    }
    await rename(temp, path);
  } catch (error) {
    await rm(temp, { force: true });
    throw error;
  }
}
