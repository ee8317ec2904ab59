import { rm } from 'node:fs/promises';
import { dirname } from 'node:path';
import { writeOwnerOnlyFile } from '../shared/owner-only-file';
import { currentUid, ensurePrivateDir } from './private-dir';

/**
 * Writes the marker that tells `patchworks-token` "the app runs, script access is off": this process's id,
 * owner-only, in the private script-access folder (created 0700 if missing, refused if open to others).
 */
export async function writeOffMarker(path: string, pid: number = process.pid): Promise<void> {
  await ensurePrivateDir(dirname(path), currentUid());
  await writeOwnerOnlyFile(path, `${pid}\n`);
}

/** Removes the marker if it exists. */
export async function removeOffMarker(path: string): Promise<void> {
  await rm(path, { force: true });
}
