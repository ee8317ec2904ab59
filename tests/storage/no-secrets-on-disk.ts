import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { expect } from 'vitest';

/** Every file under `directory`, recursively, with its bytes. */
export function readEveryFile(directory: string): { path: string; bytes: Buffer }[] {
  return readdirSync(directory).flatMap((name) => {
    const path = join(directory, name);
    return statSync(path).isDirectory() ? readEveryFile(path) : [{ path, bytes: readFileSync(path) }];
  });
}

/**
 * The base64 text that stands for `bytes` wherever they sit in a longer encoded input: for each of
 * the three alignments, the groups made only of the secret's bytes.
 */
function base64Cores(bytes: Buffer, encoding: 'base64' | 'base64url'): string[] {
  return [0, 1, 2].map((shift) => {
    const encoded = Buffer.concat([Buffer.alloc(shift), bytes]).toString(encoding);
    return encoded.slice(shift === 0 ? 0 : 4, Math.floor((shift + bytes.length) / 3) * 4);
  });
}

/** The ways a secret could be written down without encryption. */
function encodingsOf(secret: string): string[] {
  const bytes = Buffer.from(secret, 'utf8');
  return [
    secret,
    JSON.stringify(secret).slice(1, -1),
    ...base64Cores(bytes, 'base64'),
    ...base64Cores(bytes, 'base64url'),
    bytes.toString('hex'),
    bytes.toString('hex').toUpperCase(),
    Buffer.from(secret, 'utf16le').toString('latin1'),
  ];
}

/** Fails when any file under `directory` holds a secret in plain text, base64, hex or UTF-16. */
export function expectNoSecretsOnDisk(directory: string, secrets: readonly string[]): void {
  const files = readEveryFile(directory);
  for (const { path, bytes } of files) {
    const text = bytes.toString('latin1');
    for (const secret of secrets) {
      for (const form of encodingsOf(secret)) {
        expect(text.includes(form), `${path} holds a secret in a readable form`).toBe(false);
      }
    }
  }
}
