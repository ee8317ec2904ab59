/**
 * The packaged app in the real Electron runtime: tray menu, sign-in through the settings window,
 * the window's security settings, copying the token, and a clean quit. Run by `npm run test:electron`.
 */
import { once } from 'node:events';
import { readFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_ACCOUNT, startMockServer, type MockServer } from '../mock-server';
import { launchApp, type LaunchedApp } from './launch-app';

let server: MockServer;
let launched: LaunchedApp;
let settings: Page;

/** The newest token the stand-in server handed out. */
function lastIssuedToken(): string {
  const token = server.requests.findLast((r) => r.issuedToken)?.issuedToken;
  if (!token) throw new Error('The stand-in server has issued no token yet.');
  return token;
}

/** Every file under `dir`, read as text, for the at-rest secret check. */
async function readAllFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  const files = entries.filter((e) => e.isFile()).map((e) => join(e.parentPath, e.name));
  return Promise.all(files.map((file) => readFile(file, 'latin1')));
}

beforeAll(async () => {
  server = await startMockServer();
  launched = await launchApp();
  // First run, no credentials: the app opens its settings window by itself.
  settings = await launched.app.firstWindow();
});

afterAll(async () => {
  if (launched && launched.app.process().exitCode === null) await launched.app.close();
  await launched?.cleanUp();
  await server?.close();
});

describe('packaged app, real Electron', () => {
  it('starts signed out: the tray says so and the copy items are disabled', async () => {
    const view = await launched.trayView();
    expect(view.icon).toBe('signed-out');
    const byId = new Map(view.items.map((item) => [item.id, item]));
    expect(byId.get('copy-token')?.enabled).toBe(false);
    expect(byId.get('copy-header')?.enabled).toBe(false);
    expect(byId.get('quit')?.enabled).toBe(true);
  });

  it('the settings window runs isolated, sandboxed, without Node, from the app:// protocol', async () => {
    const windows = await launched.app.evaluate(({ BrowserWindow }) =>
      BrowserWindow.getAllWindows().map((window) => {
        // Undocumented but present in Electron: the preferences the renderer was really created with.
        const contents = window.webContents as unknown as {
          getLastWebPreferences?(): Record<string, unknown> | null;
          getURL(): string;
        };
        if (typeof contents.getLastWebPreferences !== 'function') {
          throw new Error('webContents.getLastWebPreferences() is gone from this Electron version.');
        }
        const prefs = contents.getLastWebPreferences() ?? {};
        return {
          url: contents.getURL(),
          contextIsolation: prefs.contextIsolation,
          sandbox: prefs.sandbox,
          nodeIntegration: prefs.nodeIntegration,
          nodeIntegrationInSubFrames: prefs.nodeIntegrationInSubFrames,
          webSecurity: prefs.webSecurity,
          webviewTag: prefs.webviewTag,
        };
      }),
    );
    expect(windows).toHaveLength(1);
    expect(windows[0]).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
    });
    expect(windows[0]?.nodeIntegrationInSubFrames).not.toBe(true);
    expect(windows[0]?.webviewTag).not.toBe(true);
    expect(windows[0]?.url).toMatch(/^app:\/\//);
    // And from inside the page: no Node globals reach the renderer's main world.
    const globals = await settings.evaluate(() => ({
      require: typeof (globalThis as Record<string, unknown>).require,
      process: typeof (globalThis as Record<string, unknown>).process,
    }));
    expect(globals).toEqual({ require: 'undefined', process: 'undefined' });
  });

  it('signs in through the settings window against the stand-in server', async () => {
    await settings.getByLabel('Custom', { exact: true }).check();
    await settings.getByLabel('Custom base URL').fill(server.url);
    await settings.getByLabel('Email', { exact: true }).fill(DEMO_ACCOUNT.email);
    await settings.getByLabel('Password', { exact: true }).fill(DEMO_ACCOUNT.password);
    await settings.getByRole('button', { name: 'Sign in' }).click();

    await expect.poll(async () => (await launched.trayView()).icon, { timeout: 20_000 }).toBe('valid');
    expect(server.loginCount).toBeGreaterThanOrEqual(1);
    const view = await launched.trayView();
    expect(view.items.find((item) => item.id === 'status')?.label).toContain(DEMO_ACCOUNT.email);
    expect(view.items.find((item) => item.id === 'copy-token')?.enabled).toBe(true);
  });

  it('Copy token and Copy Authorization header put the issued token on the real clipboard', async () => {
    const token = lastIssuedToken();
    await launched.clickTray('copy-token');
    expect(await launched.app.evaluate(({ clipboard }) => clipboard.readText())).toBe(token);
    await launched.clickTray('copy-header');
    expect(await launched.app.evaluate(({ clipboard }) => clipboard.readText())).toBe(`Bearer ${token}`);
  });

  // Linux lane: with-keyring.sh runs it with GNOME Keyring unlocked, so the account must be stored
  // through the Secret Service (backend gnome_libsecret, ciphertext tag v11), not a fallback key.
  it.runIf(process.platform === 'linux')('stores the account through the unlocked Secret Service', async () => {
    const backend = await launched.app.evaluate(({ safeStorage }) => safeStorage.getSelectedStorageBackend());
    expect(backend).toBe('gnome_libsecret');
    const files = (await readdir(launched.userData)).filter((name) => /^secrets-.+\.json$/.test(name));
    expect(files).toHaveLength(1);
    const envelope = JSON.parse(await readFile(join(launched.userData, files[0] as string), 'utf8')) as { blob: string };
    expect(Buffer.from(envelope.blob, 'base64').subarray(0, 3).toString('latin1')).toBe('v11');
  });

  it('the renderer never holds the token or the password', async () => {
    const html = await settings.content();
    expect(html).not.toContain(lastIssuedToken());
    expect(html).not.toContain(DEMO_ACCOUNT.password);
  });

  it('Quit exits cleanly with code 0 and leaves no secret in plain text on disk', async () => {
    const child = launched.app.process();
    const exited = child.exitCode === null ? once(child, 'exit') : Promise.resolve([child.exitCode]);
    await launched.clickTray('quit', { wait: false });
    const [code] = await exited;
    expect(code).toBe(0);
    const contents = await readAllFiles(launched.userData);
    expect(contents.length).toBeGreaterThan(0);
    for (const text of contents) {
      expect(text).not.toContain(DEMO_ACCOUNT.password);
      expect(text).not.toContain(lastIssuedToken());
    }
  });
});
