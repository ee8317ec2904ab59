// Versions and desktop facts for the About tab, the first-run panel and diagnostics.
import { release, type as osType } from 'node:os';
import { app } from 'electron';
import type { AboutInfo } from '../../common/ipc-contract';
import { trayHint } from '../core';
import { nodePlatform } from './node-platform';

/** Reads the app's, Electron's, Chromium's and Node's versions and the OS; `trayMissing` comes from `detectTrayHost`. */
export function collectAboutInfo(trayMissing: string | undefined): AboutInfo {
  return {
    appVersion: app.getVersion(),
    electronVersion: process.versions.electron ?? 'unknown',
    chromiumVersion: process.versions.chrome ?? 'unknown',
    nodeVersion: process.versions.node,
    os: `${osType()} ${release()} (${process.arch})`,
    platform: nodePlatform(),
    trayHint: trayHint(nodePlatform()),
    ...(trayMissing === undefined ? {} : { trayMissing }),
  };
}
