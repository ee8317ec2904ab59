import { readdir, rm } from 'node:fs/promises';
import { join } from 'node:path';

/**
 * The app's own files in its data folder: the settings file, the window position, each profile's
 * secrets file, the API-client key file, and the temporary and set-aside copies of any of them (`settings.json.tmp-…`,
 * `secrets-<id>.json.damaged-…`). Chromium's own folders beside them are not the app's to judge.
 */
export function isAppDataFile(name: string): boolean {
  return /^(settings|window-state|secrets|api-clients-key)([.-]|$)/.test(name);
}

/** Deletes the app's own files (see `isAppDataFile`) from `directory`; returns the names removed. */
export async function removeAppDataFiles(directory: string): Promise<string[]> {
  const names = (await readdir(directory).catch(() => [] as string[])).filter(isAppDataFile);
  await Promise.all(names.map((name) => rm(join(directory, name), { force: true, recursive: true })));
  return names;
}
