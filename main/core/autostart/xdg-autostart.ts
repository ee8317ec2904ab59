import { mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { dirname, isAbsolute, join } from 'node:path';
import { DESKTOP_FILE_NAME } from '../shared/app-id';
import { desktopEntry, entryStartsApp } from './desktop-entry';
import type { LaunchCommand } from './desktop-entry';

/** The file name of the app's autostart entry: the app id, like the installed `.desktop` file. */
export const AUTOSTART_FILE_NAME = DESKTOP_FILE_NAME;

/** `$XDG_CONFIG_HOME/autostart/co.pwks.TokenTray.desktop`, with `~/.config` as the default. */
export function xdgAutostartPath(env: { XDG_CONFIG_HOME?: string | undefined }, homeDir: string): string {
  const configHome =
    env.XDG_CONFIG_HOME !== undefined && isAbsolute(env.XDG_CONFIG_HOME) ? env.XDG_CONFIG_HOME : join(homeDir, '.config');
  return join(configHome, 'autostart', AUTOSTART_FILE_NAME);
}

/** Reads and writes the Linux autostart entry at one path. */
export class XdgAutostart {
  readonly #filePath: string;

  constructor(filePath: string) {
    this.#filePath = filePath;
  }

  /** True when the entry exists and would start the app at login. */
  async isEnabled(): Promise<boolean> {
    try {
      return entryStartsApp(await readFile(this.#filePath, 'utf8'));
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return false;
      throw error;
    }
  }

  /** Writes the entry (through a temporary file and a rename, so it is never half-written). */
  async enable(command: LaunchCommand): Promise<void> {
    await mkdir(dirname(this.#filePath), { recursive: true });
    const temporary = `${this.#filePath}.${process.pid}.tmp`;
    try {
      await writeFile(temporary, desktopEntry(command), { encoding: 'utf8', mode: 0o644 });
      await rename(temporary, this.#filePath);
    } finally {
      await rm(temporary, { force: true });
    }
  }

  /** Removes the entry; nothing to do when it is absent. */
  async disable(): Promise<void> {
    await rm(this.#filePath, { force: true });
  }
}
