import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS } from '../../common/settings';
import { AUTOSTART_FILE_NAME } from '../../main/core/autostart/xdg-autostart';
import { preferencesOf } from '../../main/core/app/status-view';
import { electron, until, useTestbed } from '../harness';

const bed = useTestbed();
const SHORTCUT = 'CommandOrControl+Shift+T';
const DEFAULT_PREFERENCES = preferencesOf(DEFAULT_SETTINGS);

describe('preferences through the real wiring', () => {
  it.runIf(process.platform === 'linux')('"Start at login" writes the XDG autostart entry and the menu shows the real state', async () => {
    const app = await bed.launch();
    expect(app.menu.item('start-at-login').checked).toBe(false);
    app.click('start-at-login');
    await until(() => app.menu.item('start-at-login').checked === true, 'the checkbox to follow the OS state');
    const entry = await readFile(join(bed.dirs.configHome, 'autostart', AUTOSTART_FILE_NAME), 'utf8');
    expect(entry).toContain('Exec=/opt/patchworks-token-tray/patchworks-token-tray --hidden');

    app.click('start-at-login');
    await until(() => app.menu.item('start-at-login').checked === false, 'the checkbox to clear');
    await expect(readFile(join(bed.dirs.configHome, 'autostart', AUTOSTART_FILE_NAME))).rejects.toThrow(/ENOENT/);
  });

  it('the global shortcut set in settings copies the token, a taken one is refused, and quit releases it', async () => {
    const app = await bed.launchSignedIn();
    electron.globalShortcut.taken.add('Alt+F4');
    const refused = await app.invoke('savePreferences', { ...DEFAULT_PREFERENCES, globalShortcut: 'Alt+F4' });
    expect(refused).toMatchObject({ ok: false, error: { code: 'invalid-payload' } });

    expect(await app.invoke('savePreferences', { ...DEFAULT_PREFERENCES, globalShortcut: SHORTCUT })).toMatchObject({ ok: true });
    electron.globalShortcut.press(SHORTCUT);
    await until(() => electron.clipboard.writes.length === 1, 'the shortcut to copy');
    expect(electron.clipboard.text).toBe(bed.server.requests[0]?.issuedToken);

    await app.quit();
    expect(electron.globalShortcut.isRegistered(SHORTCUT)).toBe(false);
  });
});
