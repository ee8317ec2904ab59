import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { expect, it } from 'vitest';
import { RENDERER_DIR } from './settings-page';

const LIMIT_BYTES = 50 * 1024;

it('keeps the built settings window (HTML, CSS, JS) under 50 KB gzipped', async () => {
  const files = (await readdir(RENDERER_DIR, { recursive: true, withFileTypes: true })).filter((entry) => entry.isFile());
  const sizes = await Promise.all(
    files.map(async (entry) => {
      const path = join(entry.parentPath, entry.name);
      return { file: path.slice(RENDERER_DIR.length + 1), gzipped: gzipSync(await readFile(path), { level: 9 }).length };
    }),
  );
  const total = sizes.reduce((sum, { gzipped }) => sum + gzipped, 0);
  console.log(`renderer bundle: ${sizes.map((s) => `${s.file} ${s.gzipped} B`).join(', ')}; total ${(total / 1024).toFixed(1)} KB gzipped`);
  expect(sizes.map((s) => s.file)).toEqual(expect.arrayContaining(['index.html', expect.stringMatching(/\.js$/), expect.stringMatching(/\.css$/)]));
  expect(total).toBeLessThan(LIMIT_BYTES);
});
