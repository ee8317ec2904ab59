import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { electron, useTestbed } from '../harness';

const bed = useTestbed();

describe('settings window position', () => {
  it('reopens where the user left it, also after a relaunch', async () => {
    const first = await bed.launch();
    first.settingsWindow?.moveTo(300, 200);
    first.settingsWindow?.close();
    first.click('settings');
    expect(first.settingsWindow?.options).toMatchObject({ x: 300, y: 200 });
    await first.quit();

    const second = await bed.launch();
    expect(second.settingsWindow?.options).toMatchObject({ x: 300, y: 200 });
  });

  it('saves the position on close, where the platform sends no "moved" event', async () => {
    const first = await bed.launch();
    const window = first.settingsWindow;
    window?.removeAllListeners('moved');
    window?.moveTo(640, 360);
    window?.close();
    await first.quit();
    const second = await bed.launch();
    expect(second.settingsWindow?.options).toMatchObject({ x: 640, y: 360 });
  });

  it('opens centred when the remembered place is off every display, or its file is damaged', async () => {
    const first = await bed.launch();
    first.settingsWindow?.moveTo(5000, 5000);
    first.settingsWindow?.close();
    await first.quit();
    const file = join(electron.app.getPath('userData'), 'window-state.json');
    expect(JSON.parse(readFileSync(file, 'utf8'))).toEqual({ settingsWindow: { x: 5000, y: 5000 } });
    const offScreen = await bed.launch();
    expect(offScreen.settingsWindow?.options).toMatchObject({ center: true });
    expect(offScreen.settingsWindow?.options.x).toBeUndefined();
    offScreen.settingsWindow?.close();
    await offScreen.quit();

    writeFileSync(file, '{ not json');
    const damaged = await bed.launch();
    expect(damaged.settingsWindow?.options).toMatchObject({ center: true });
  });
});
