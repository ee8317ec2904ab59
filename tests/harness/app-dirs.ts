// Real temporary folders for one app run: userData, logs and the XDG config home (autostart entries).
import { mkdir, mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { LOG_FILE_NAME } from '../../main/electron/logger-setup';

/** The folders one test's app uses; they outlive relaunches within the test. */
export interface AppDirs {
  root: string;
  userData: string;
  logs: string;
  configHome: string;
}

/** Creates the folders under a fresh temporary root. */
export async function makeAppDirs(): Promise<AppDirs> {
  const root = await mkdtemp(join(tmpdir(), 'pw-tray-app-'));
  const dirs = { root, userData: join(root, 'userData'), logs: join(root, 'logs'), configHome: join(root, 'config') };
  await Promise.all([dirs.userData, dirs.logs, dirs.configHome].map((dir) => mkdir(dir)));
  return dirs;
}

/** Removes everything under the root. */
export function removeAppDirs(dirs: AppDirs): Promise<void> {
  return rm(dirs.root, { recursive: true, force: true });
}

/** The app's log file as text ('' when nothing was logged yet). */
export async function readAppLog(dirs: AppDirs): Promise<string> {
  return readFile(join(dirs.logs, LOG_FILE_NAME), 'utf8').catch(() => '');
}
