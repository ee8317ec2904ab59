/** Launches the packaged test build with Playwright's _electron, on a fresh user-data folder. */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { _electron, type ElectronApplication } from 'playwright-core';
import type { TrayMenuItemId, TrayView } from '../../main/core/tray/menu-model';

/** A running app with the handles the lane's tests use. */
export interface LaunchedApp {
  app: ElectronApplication;
  /** The temporary folder given to the app as its user-data folder. */
  userData: string;
  /** The tray's current view, read through the test hook. */
  trayView(): Promise<TrayView>;
  /** Clicks a tray menu item through the test hook; `wait: false` returns before the click's work
   * finishes (for Quit, whose work ends the process the call is talking to). */
  clickTray(id: TrayMenuItemId, options?: { wait: boolean }): Promise<void>;
  /** Removes the user-data folder (after the app has quit). */
  cleanUp(): Promise<void>;
}

/** Environment variable through which main (test builds only) takes its user-data folder. */
export const USER_DATA_ENV = 'PATCHWORKS_E2E_USER_DATA';

/** Starts the executable that run-lane.ts packaged (path in E2E_APP_EXECUTABLE); `env` adds variables. */
export async function launchApp(options: { env?: Record<string, string> } = {}): Promise<LaunchedApp> {
  const executablePath = process.env.E2E_APP_EXECUTABLE;
  if (!executablePath) throw new Error('E2E_APP_EXECUTABLE is not set: run the lane with `npm run test:electron`.');
  const userData = await mkdtemp(join(tmpdir(), 'patchworks-tray-e2e-'));
  const app = await _electron.launch({
    executablePath,
    // macOS: keep safeStorage off the login keychain, so CI never waits on a keychain prompt.
    args: process.platform === 'darwin' ? ['--use-mock-keychain'] : [],
    env: { ...process.env, ...options.env, [USER_DATA_ENV]: userData },
  });
  return {
    app,
    userData,
    // The functions below run in the app's main process: they must not use anything from this file.
    trayView: () =>
      app.evaluate(() => {
        const hook = (globalThis as { __trayTest?: { view(): TrayView } }).__trayTest;
        if (!hook) throw new Error('globalThis.__trayTest is missing: main was not built with PATCHWORKS_E2E_HOOKS=1.');
        return hook.view();
      }),
    clickTray: (id, { wait } = { wait: true }) =>
      app.evaluate(
        async (_electron, { itemId, waitForIt }) => {
          const hook = (globalThis as { __trayTest?: { click(id: string): Promise<void> } }).__trayTest;
          if (!hook) throw new Error('globalThis.__trayTest is missing: main was not built with PATCHWORKS_E2E_HOOKS=1.');
          if (waitForIt) await hook.click(itemId);
          else setImmediate(() => void hook.click(itemId));
        },
        { itemId: id, waitForIt: wait },
      ),
    cleanUp: () => rm(userData, { recursive: true, force: true }),
  };
}
