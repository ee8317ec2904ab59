/** `npm run icons`: renders build/icon-source.svg into the icon files committed under build/. */
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { renderIcons } from './render-icons';

const buildDir = join(import.meta.dirname, '..', 'build');
const svg = await readFile(join(buildDir, 'icon-source.svg'), 'utf8');
const files = await renderIcons(svg);
for (const [relativePath, data] of files) {
  const target = join(buildDir, relativePath);
  await mkdir(dirname(target), { recursive: true });
  await writeFile(target, data);
}
console.log(`Wrote ${files.size} icon files under build/.`);
