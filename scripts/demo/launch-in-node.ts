// Runs the real main/index.ts in plain Node (no vitest) against the harness's recording electron stand-in.
import { makeAppDirs, type AppDirs } from '../../tests/harness/app-dirs';
import { electron } from '../../tests/harness/fake-electron';
import { routeNodeElectronToStandIn } from '../../tests/harness/node-electron-hook';

/**
 * Hands `electron` to the stand-in through Node's own loader, points the app at fresh temporary folders,
 * imports main/index.ts (its top-level code runs), makes the app ready and waits for its `launch()`.
 */
export async function launchInNode(): Promise<AppDirs> {
  routeNodeElectronToStandIn();
  const dirs = await makeAppDirs();
  electron.reset({
    paths: { userData: dirs.userData, logs: dirs.logs, appData: dirs.root, home: dirs.root, temp: dirs.root, exe: process.execPath },
  });
  // As a release build defines it: no test hooks compiled in.
  (globalThis as { __E2E_HOOKS__?: boolean }).__E2E_HOOKS__ = false;
  process.env.XDG_CONFIG_HOME = dirs.configHome;
  await import('../../main/index');
  electron.app.markReady();
  await Promise.all(electron.app.readyChains);
  return dirs;
}
