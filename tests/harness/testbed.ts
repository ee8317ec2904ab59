// Per-test setup for app tests: a fresh stand-in Patchworks server, fresh folders, a clean shutdown.
import { afterEach, beforeEach, vi } from 'vitest';
import { startMockServer, type MockServer } from '../mock-server';
import { makeAppDirs, removeAppDirs, type AppDirs } from './app-dirs';
import { demoSignIn, launchApp, shutDownApp, useAppFakeTimers, type LaunchOptions, type RunningApp } from './run-app';

/** What each test gets: the server, the folders, and `launch` bound to those folders. */
export interface Testbed {
  readonly server: MockServer;
  readonly dirs: AppDirs;
  /** Launches (or relaunches) the app on this test's folders. */
  launch(options?: Omit<LaunchOptions, 'dirs'>): Promise<RunningApp>;
  /**
   * Optionally fakes the clocks at `clock`, makes the server issue tokens living `tokenLifetimeSec`,
   * launches and signs in with the demo account (one login).
   */
  launchSignedIn(options?: { clock?: Date; tokenLifetimeSec?: number } & Omit<LaunchOptions, 'dirs'>): Promise<RunningApp>;
}

/** Registers beforeEach/afterEach hooks that start and clean up a testbed for every test in the file. */
export function useTestbed(): Testbed {
  let server: MockServer | undefined;
  let dirs: AppDirs | undefined;
  const need = <T>(value: T | undefined): T => {
    if (value === undefined) throw new Error('The testbed is only available inside a test');
    return value;
  };
  beforeEach(async () => {
    server = await startMockServer();
    dirs = await makeAppDirs();
  });
  afterEach(async () => {
    await shutDownApp();
    vi.useRealTimers();
    await server?.close();
    if (dirs) await removeAppDirs(dirs);
  });
  return {
    get server() {
      return need(server);
    },
    get dirs() {
      return need(dirs);
    },
    launch: (options = {}) => launchApp({ ...options, dirs: need(dirs) }),
    async launchSignedIn({ clock, tokenLifetimeSec, ...launchOptions } = {}) {
      if (clock) useAppFakeTimers(clock);
      if (tokenLifetimeSec !== undefined) need(server).setBehaviour('token', { lifetimeSec: tokenLifetimeSec });
      const app = await launchApp({ ...launchOptions, dirs: need(dirs) });
      await app.signIn(demoSignIn(need(server)));
      return app;
    },
  };
}
