import { randomBytes } from 'node:crypto';
import { constants } from 'node:fs';
import { open, rm } from 'node:fs/promises';
import { writeOwnerOnlyFile } from '../shared/owner-only-file';
import { assertOwnerOnly } from './private-dir';
import { ScriptAccessError, channelOff } from './script-access-error';

const SECRET_BYTES = 32;
const SECRET_PATTERN = /^[0-9a-f]{64}$/;

/** A fresh random request secret: 32 bytes as 64 lowercase hex digits. */
export function newSecret(): string {
  return randomBytes(SECRET_BYTES).toString('hex');
}

/** Writes the secret atomically and owner-only (see `writeOwnerOnlyFile`). */
export async function writeSecretFile(path: string, secret: string): Promise<void> {
  await writeOwnerOnlyFile(path, `${secret}\n`);
}

/** Removes the secret file if it exists. */
export async function removeSecretFile(path: string): Promise<void> {
  await rm(path, { force: true });
}

/**
 * Reads the secret, refusing a file that is not a regular owner-only file of `uid` (where there are uids)
 * or does not hold a well-formed secret. A missing file is `not-running`: the channel is off.
 */
export async function readSecretFile(path: string, uid: number | undefined): Promise<string> {
  let handle;
  try {
    handle = await open(path, constants.O_RDONLY | (constants.O_NOFOLLOW ?? 0));
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw channelOff();
    if (code === 'ELOOP') throw new ScriptAccessError('insecure', `The secret file ${path} is a symbolic link`);
    throw error;
  }
  try {
    const stats = await handle.stat();
    if (!stats.isFile()) throw new ScriptAccessError('insecure', `The secret file ${path} is not a regular file`);
    assertOwnerOnly(stats, `The secret file ${path}`, uid);
    const text = (await handle.readFile({ encoding: 'utf8' })).trim();
    if (!SECRET_PATTERN.test(text)) throw new ScriptAccessError('insecure', `The secret file ${path} is damaged`);
    return text;
  } finally {
    await handle.close();
  }
}
