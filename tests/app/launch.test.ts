import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { SETTINGS_PAGE_URL } from '../../main/core';
import { DEMO_ACCOUNT, startMockServer, type MockServer } from '../mock-server';
import {
  demoSignIn,
  electron,
  launchApp,
  makeAppDirs,
  removeAppDirs,
  shutDownApp,
  until,
  type AppDirs,
} from '../harness';

let server: MockServer;
let dirs: AppDirs;

beforeEach(async () => {
  server = await startMockServer();
  dirs = await makeAppDirs();
});
afterEach(async () => {
  await shutDownApp();
  await server.close();
  await removeAppDirs(dirs);
});

describe('launch', () => {
  it('on first run (no credentials) opens the settings window and logs in nowhere', async () => {
    const app = await launchApp({ dirs });
    const window = app.settingsWindow;
    expect(window?.loadedUrls).toEqual([SETTINGS_PAGE_URL]);
    expect(window?.visible).toBe(true);
    expect(server.loginCount).toBe(0);
    expect(app.menuLabel('status')).toMatch(/sign/i);
    expect(app.menuEnabled('copy-token')).toBe(false);
  });

  it('with stored credentials logs in at launch and opens no window', async () => {
    const first = await launchApp({ dirs });
    await first.signIn(demoSignIn(server));
    expect(server.loginCount).toBe(1);
    await first.quit();

    const second = await launchApp({ dirs });
    await until(() => server.loginCount === 2, 'the launch login');
    expect(server.requests[1]).toMatchObject({ email: DEMO_ACCOUNT.email, passwordCorrect: true });
    expect(second.settingsWindow).toBeUndefined();
    expect(electron.BrowserWindow.instances).toHaveLength(0);
  });
});
