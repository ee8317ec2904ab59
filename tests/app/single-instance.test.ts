import { describe, expect, it } from 'vitest';
import { electron, until, useTestbed } from '../harness';

const bed = useTestbed();

describe('single instance', () => {
  it('a second copy that does not get the lock quits and does nothing else', async () => {
    await bed.launch({ singleInstanceLock: false });
    expect(electron.app.calls.filter((call) => !call.startsWith('getPath'))).toEqual(['requestSingleInstanceLock', 'quit']);
    expect(electron.app.hasQuit).toBe(true);
    expect(electron.app.readyChains).toEqual([]);
    expect(electron.Tray.instances).toEqual([]);
    expect(electron.BrowserWindow.instances).toEqual([]);
    expect([...electron.ipcMain.handlers.keys()].filter((channel) => channel.startsWith('app:'))).toEqual([]);
    expect(electron.safeStorage.calls).toEqual([]);
    expect(bed.server.loginCount).toBe(0);
  });

  it('the first copy shows its settings window on "second-instance", reusing an open one', async () => {
    const app = await bed.launch();
    app.settingsWindow?.close();
    expect(app.settingsWindow).toBeUndefined();

    electron.app.emit('second-instance', {}, ['patchworks-token-tray'], '/');
    await until(() => app.settingsWindow?.visible === true, 'the settings window');
    const window = app.settingsWindow;
    const focused = window?.focusCount ?? 0;

    electron.app.emit('second-instance', {}, ['patchworks-token-tray'], '/');
    expect(app.settingsWindow).toBe(window);
    expect(window?.focusCount).toBe(focused + 1);
    expect(electron.BrowserWindow.getAllWindows()).toHaveLength(1);
  });

  it('a second launch while the first is still starting opens settings once it can, even with an account stored', async () => {
    const first = await bed.launchSignedIn();
    await first.quit();

    const app = await bed.launch({ beforeReady: () => electron.app.emit('second-instance', {}, ['patchworks-token-tray'], '/') });
    expect(app.settingsWindow?.visible).toBe(true);
    expect(electron.BrowserWindow.getAllWindows()).toHaveLength(1);
  });
});
