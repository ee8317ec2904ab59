// Where the built app finds its own files: preload, renderer and tray icons.
import { join } from 'node:path';
import { app } from 'electron';
import type { TrayIconState } from '../core';
import { nodePlatform } from './node-platform';

/** Absolute paths of the built preload script and renderer folder (beside out/main). */
export function builtPaths(mainDir: string): { preload: string; renderer: string } {
  return { preload: join(mainDir, '../preload/index.cjs'), renderer: join(mainDir, '../renderer') };
}

/** The tray icon for a state: `<resources>/tray` when packaged, build/tray in a checkout; template images on macOS. */
export function trayIconPath(state: TrayIconState): string {
  const folder = app.isPackaged ? join(process.resourcesPath, 'tray') : join(app.getAppPath(), 'build/tray');
  return join(folder, `tray-${state}${nodePlatform() === 'darwin' ? 'Template' : ''}.png`);
}
