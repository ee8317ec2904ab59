import { describe, expect, it } from 'vitest';
import { SETTINGS_PAGE_URL } from '../../main/core/window/app-origin';
import { DEMO_ACCOUNT } from '../mock-server';
import { demoSignIn, electron, until, useTestbed } from '../harness';

const bed = useTestbed();

describe('launch', () => {
  it('on first run (no credentials) opens the locked-down settings window and logs in nowhere', async () => {
    const app = await bed.launch();
    const window = app.settingsWindow;
    expect(window?.loadedUrls).toEqual([SETTINGS_PAGE_URL]);
    expect(window?.visible).toBe(true);
    expect(window?.options.webPreferences).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
    });
    expect(window?.webContents.emitPreventable('will-navigate', 'https://example.com/')).toBe(true);
    expect(window?.webContents.windowOpenHandler?.({ url: 'https://example.com/' } as Electron.HandlerDetails)).toEqual({ action: 'deny' });
    expect(bed.server.loginCount).toBe(0);
    expect(app.menuEnabled('copy-token')).toBe(false);
    expect(app.tray.image.exists).toBe(true);
    expect(electron.app.dock.hidden).toBe(true);
  });

  it('registers the app:// scheme before ready and serves it on the default session', async () => {
    await bed.launch();
    expect(electron.protocol.privilegedSchemes.map((scheme) => scheme.scheme)).toEqual(['app']);
    expect(electron.session.defaultSession.protocolHandlers.has('app')).toBe(true);
    const foreign = await electron.session.defaultSession.protocolHandlers.get('app')?.(new Request('app://elsewhere/index.html'));
    expect(foreign?.status).toBe(404);
  });

  it('with stored credentials logs in at launch and opens no window', async () => {
    const first = await bed.launch();
    await first.signIn(demoSignIn(bed.server));
    expect(bed.server.loginCount).toBe(1);
    await first.quit();

    const second = await bed.launch();
    await until(() => bed.server.loginCount === 2, 'the launch login');
    expect(bed.server.requests[1]).toMatchObject({ email: DEMO_ACCOUNT.email, passwordCorrect: true });
    expect(second.settingsWindow).toBeUndefined();
    expect(electron.BrowserWindow.instances).toHaveLength(0);
  });

  it('keeps running when its last window closes (a tray app)', async () => {
    const app = await bed.launch();
    app.settingsWindow?.close();
    electron.app.emit('window-all-closed');
    expect(electron.app.calls).not.toContain('quit');
    expect(app.tray.isDestroyed()).toBe(false);
  });
});
