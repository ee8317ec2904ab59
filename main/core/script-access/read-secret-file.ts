import { constants } from 'node:fs';
import { open } from 'node:fs/promises';
import { assertOwnerOnly } from './private-dir';
import { ScriptAccessError, channelOff } from './script-access-error';

const SECRET_PATTERN = /^[0-9a-f]{64}$/;

/**
 * Reads the secret, refusing a file that is not a regular owner-only file of `uid` (where there are uids)
 * or does not hold a well-formed secret. A missing file is `not-running`: the channel is off.
 */
export async function readSecretFile(path: string, uid: number | undefined): Promise<string> {
  let handle;
  try {
    // O_NONBLOCK: opening a FIFO planted as `secret` must not wait for a writer; it is refused below.
    handle = await open(path, constants.O_RDONLY | (constants.O_NOFOLLOW ?? 0) | (constants.O_NONBLOCK ?? 0));
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
