import { X509Certificate } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { isAbsolute } from 'node:path';

/** Why a CA file was refused, as a clause that follows the field's label or "cannot be used: ". */
export class CaFileError extends Error {
  override readonly name = 'CaFileError';
}

/** The most a CA file may be; a bundle of a few hundred certificates is well under it. */
const MAX_CA_FILE_BYTES = 4 * 1024 * 1024;
const PEM_BLOCK = /-----BEGIN CERTIFICATE-----[^-]+-----END CERTIFICATE-----/g;

/**
 * Reads a PEM file of one or more CA certificates (a company root, a TLS-inspection CA) and returns
 * them. Refuses, with a CaFileError that says why, a relative path, a missing or unreadable file, a
 * file with no certificate, or one whose certificate cannot be parsed (DER files need converting).
 */
export async function readCaFile(path: string): Promise<string[]> {
  if (!isAbsolute(path)) throw new CaFileError('enter the full path of a PEM file, e.g. /etc/ssl/company-root.pem.');
  let text: string;
  try {
    const bytes = await readFile(path);
    if (bytes.length > MAX_CA_FILE_BYTES) throw new CaFileError('the file is larger than 4 MiB; it should hold a few PEM certificates.');
    text = bytes.toString('utf8');
  } catch (error) {
    if (error instanceof CaFileError) throw error;
    const code = (error as { code?: string }).code;
    const why = code === 'ENOENT' ? 'there is no such file' : code === 'EACCES' ? 'permission denied' : code === 'EISDIR' ? 'it is a folder' : 'it could not be read';
    throw new CaFileError(`the file could not be opened: ${why}.`);
  }
  const blocks = text.match(PEM_BLOCK) ?? [];
  if (blocks.length === 0) {
    throw new CaFileError('the file holds no PEM certificate (-----BEGIN CERTIFICATE-----); convert a .cer/.der file to PEM first.');
  }
  for (const [index, block] of blocks.entries()) {
    try {
      new X509Certificate(block);
    } catch {
      throw new CaFileError(`certificate ${index + 1} in the file is damaged and cannot be read.`);
    }
  }
  return blocks;
}
