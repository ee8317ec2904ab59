/** Finds the Electron binary the lane needs and the app electron-builder packaged from it. */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

/** The repository root. */
export const ROOT = join(import.meta.dirname, '..', '..');

/** The unpacked Electron distribution inside node_modules/electron, or undefined when it was never
 * downloaded. Only looks: `require('electron')` would try to download it. */
export function findElectronDist(): string | undefined {
  const packageDir = dirname(createRequire(import.meta.url).resolve('electron/package.json'));
  const pathFile = join(packageDir, 'path.txt');
  if (!existsSync(pathFile)) return undefined;
  const dist = join(packageDir, 'dist');
  return existsSync(join(dist, readFileSync(pathFile, 'utf8').trim())) ? dist : undefined;
}

/** The executable of the app packaged with `--dir` into `outputDir`, per platform. */
export function findPackagedExecutable(outputDir: string, executableName: string): string {
  const candidates: string[] = [];
  if (process.platform === 'darwin') {
    for (const folder of readdirSync(outputDir).filter((name) => name.startsWith('mac'))) {
      for (const bundle of readdirSync(join(outputDir, folder)).filter((name) => name.endsWith('.app'))) {
        const macos = join(outputDir, folder, bundle, 'Contents', 'MacOS');
        candidates.push(...readdirSync(macos).map((name) => join(macos, name)));
      }
    }
  } else {
    const folder = process.platform === 'win32' ? 'win-unpacked' : 'linux-unpacked';
    const suffix = process.platform === 'win32' ? '.exe' : '';
    candidates.push(join(outputDir, folder, executableName + suffix));
  }
  const found = candidates.find((path) => existsSync(path));
  if (!found) throw new Error(`No packaged app under ${outputDir} (looked for: ${candidates.join(', ') || 'a mac* folder'}).`);
  return found;
}
