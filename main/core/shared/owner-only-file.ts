import { writeFile } from 'atomically';

/**
 * Writes `text` atomically (temporary file, fsync, rename; `atomically`, as conf uses) with owner-only
 * permissions (0600) from the moment the temporary file exists.
 */
export async function writeOwnerOnlyFile(path: string, text: string): Promise<void> {
  await writeFile(path, text, { mode: 0o600, encoding: 'utf8' });
}
