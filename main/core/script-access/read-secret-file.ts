import { closeSync, constants, fstatSync, openSync, readFileSync } from 'node:fs';
import { assertOwnerOnly } from './private-dir';
import { ScriptAccessError, channelOff } from './script-access-error';

const SECRET_PATTERN = /^[0-9a-f]{64}$/;

/**
 * Reads the secret, refusing a file that is not a regular owner-only file of `uid` (where there are uids)
 * or does not hold a well-formed secret. A missing file is `not-running`: the channel is off.
 * Synchronous, like the folder checks: a 65-byte local file, read on the command line's every call.
 */
export function readSecretFile(path: string, uid: number | undefined): string {
  let descriptor: number;
  try {
    // O_NONBLOCK: opening a FIFO planted as `secret` must not wait for a writer; it is refused below.
    descriptor = openSync(path, constants.O_RDONLY | (constants.O_NOFOLLOW ?? 0) | (constants.O_NONBLOCK ?? 0));
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw channelOff();
    if (code === 'ELOOP') throw new ScriptAccessError('insecure', `The secret file ${path} is a symbolic link`);
    throw error;
  }
  try {
    const stats = fstatSync(descriptor);
    if (!stats.isFile()) throw new ScriptAccessError('insecure', `The secret file ${path} is not a regular file`);
    assertOwnerOnly(stats, `The secret file ${path}`, uid);
    const text = readFileSync(descriptor, 'utf8').trim();
    if (!SECRET_PATTERN.test(text)) throw new ScriptAccessError('insecure', `The secret file ${path} is damaged`);
    return text;
  } finally {
    closeSync(descriptor);
  }
}
