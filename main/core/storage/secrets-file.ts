import { readFile, rm } from 'node:fs/promises';
import { z } from 'zod';
import { writeOwnerOnlyFile } from '../shared/owner-only-file';

/** The secrets file's name in the app's data folder. */
export const SECRETS_FILE_NAME = 'secrets.json';

const envelopeSchema = z.strictObject({ format: z.literal(1), blob: z.base64().min(1) });

/** What reading the secrets file found. */
export type SecretsFileContent =
  | { kind: 'missing' }
  | { kind: 'encrypted'; blob: Buffer }
  | { kind: 'unreadable' };

/** Reads the encrypted blob; a file that is not a well-formed envelope is `unreadable`. */
export async function readSecretsFile(path: string): Promise<SecretsFileContent> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { kind: 'missing' };
    throw error;
  }
  try {
    const envelope = envelopeSchema.parse(JSON.parse(text));
    return { kind: 'encrypted', blob: Buffer.from(envelope.blob, 'base64') };
  } catch {
    return { kind: 'unreadable' };
  }
}

/** Writes the blob in its envelope, atomically and owner-only (see `writeOwnerOnlyFile`). */
export async function writeSecretsFile(path: string, blob: Buffer): Promise<void> {
  await writeOwnerOnlyFile(path, JSON.stringify({ format: 1, blob: blob.toString('base64') }));
}

/** Removes the secrets file if it exists. */
export async function removeSecretsFile(path: string): Promise<void> {
  await rm(path, { force: true });
}
