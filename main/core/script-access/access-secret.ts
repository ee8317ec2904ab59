import { randomBytes } from 'node:crypto';
import { rm } from 'node:fs/promises';
import { writeOwnerOnlyFile } from '../shared/owner-only-file';

const SECRET_BYTES = 32;

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
