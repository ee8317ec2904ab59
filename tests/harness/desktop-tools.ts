// Desktop command-line tools a launch may find on PATH: stand-ins for wl-clipboard's wl-copy/wl-paste.
import { readFileSync } from 'node:fs';
import { chmod, mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { AppDirs } from './app-dirs';

/** The folder that is the whole PATH of a Wayland launch; empty unless a test installs a tool. */
export async function desktopToolsDir(dirs: AppDirs): Promise<string> {
  const dir = join(dirs.root, 'desktop-tools');
  await mkdir(dir, { recursive: true });
  return dir;
}

/** Where the stand-in wl-copy keeps the Wayland selection (what other apps would paste). */
function selectionFile(dirs: AppDirs): string {
  return join(dirs.root, 'wayland-selection');
}

/**
 * Installs stand-ins for `wl-copy` and `wl-paste` (package wl-clipboard): real processes that own the
 * selection whatever window has focus, as wl-copy's background server does. wl-copy reads the text from
 * stdin (never argv) and records its arguments, so a test can prove no secret was passed there.
 */
export async function installWlClipboard(dirs: AppDirs): Promise<void> {
  const dir = await desktopToolsDir(dirs);
  const selection = selectionFile(dirs);
  const args = join(dirs.root, 'wl-copy-args');
  const copy = `#!/bin/sh\nPATH=/usr/bin:/bin\nprintf '%s\\n' "$*" >> '${args}'\nif [ "$1" = "--clear" ]; then : > '${selection}'; else cat > '${selection}'; fi\n`;
  const paste = `#!/bin/sh\nPATH=/usr/bin:/bin\ncat '${selection}' 2>/dev/null\n`;
  await writeFile(join(dir, 'wl-copy'), copy);
  await writeFile(join(dir, 'wl-paste'), paste);
  await Promise.all([chmod(join(dir, 'wl-copy'), 0o755), chmod(join(dir, 'wl-paste'), 0o755)]);
}

/** The Wayland selection as other applications see it ('' when nothing was copied). */
export function waylandSelection(dirs: AppDirs): string {
  return readIfThere(selectionFile(dirs));
}

/** Every argument list wl-copy was started with, one per line. */
export function wlCopyArguments(dirs: AppDirs): string {
  return readIfThere(join(dirs.root, 'wl-copy-args'));
}

function readIfThere(path: string): string {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return '';
  }
}
