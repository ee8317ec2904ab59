import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import tls from 'node:tls';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CaFileError, readCaFile } from './ca-file';
import { trustedCertificates } from './trusted-certificates';

// Two real roots from Node's bundle stand in for a company CA file.
const [FIRST = '', SECOND = ''] = tls.rootCertificates;
let dir: string;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'pw-ca-file-'));
});
afterAll(() => rm(dir, { recursive: true, force: true }));

async function file(name: string, content: string | Buffer): Promise<string> {
  const path = join(dir, name);
  await writeFile(path, content);
  return path;
}

const refusal = (path: string) => readCaFile(path).then(() => 'accepted', (error: unknown) => (error instanceof CaFileError ? error.message : 'crashed'));

describe('readCaFile', () => {
  it('reads every certificate of a PEM bundle, ignoring text around them', async () => {
    const path = await file('bundle.pem', `# company roots\n${FIRST}\nsubject=whatever\n${SECOND}\n`);
    expect(await readCaFile(path)).toEqual([FIRST.trim(), SECOND.trim()]);
  });

  it.each([
    ['relative/root.pem', /^enter the full path of a PEM file/],
    ['/no/such/dir/root.pem', /^the file could not be opened: there is no such file\.$/],
  ])('refuses the path %j', async (path, message) => {
    expect(await refusal(path)).toMatch(message);
  });

  it('refuses a folder, a file without PEM certificates and a damaged certificate', async () => {
    expect(await refusal(dir)).toMatch(/could not be opened: it is a folder\./);
    expect(await refusal(await file('der.cer', Buffer.from([0x30, 0x82, 0x01, 0x0a])))).toMatch(/holds no PEM certificate/);
    const damaged = FIRST.replace(/\n[A-Za-z0-9+/]{20}/, '\n!!!!!!!!!!!!!!!!!!!!');
    expect(await refusal(await file('damaged.pem', `${SECOND}\n${damaged}`))).toBe('certificate 2 in the file is damaged and cannot be read.');
  });
});

describe('trustedCertificates', () => {
  it("joins Node's defaults, the OS store and the CA file, once each", () => {
    const asked: string[] = [];
    const read = (type: 'default' | 'system') => {
      asked.push(type);
      return type === 'default' ? [FIRST, SECOND] : [SECOND, 'SYSTEM-ONLY'];
    };
    expect(trustedCertificates(['EXTRA', FIRST], read)).toEqual({ ca: [FIRST, SECOND, 'SYSTEM-ONLY', 'EXTRA'], systemStore: true });
    expect(asked).toEqual(['default', 'system']);
  });

  it("falls back to Node's bundled roots where the OS store cannot be read", () => {
    const failing = (type: 'default' | 'system') => {
      if (type === 'system') throw new Error('Cannot open directory /nonexistent');
      return [FIRST];
    };
    expect(trustedCertificates([], failing)).toEqual({ ca: [FIRST], systemStore: false });
    expect(trustedCertificates(['EXTRA'], null)).toEqual({ ca: [...tls.rootCertificates, 'EXTRA'], systemStore: false });
  });

  it('reads the real OS store on this Node', () => {
    expect(trustedCertificates().systemStore).toBe(true);
  });
});
