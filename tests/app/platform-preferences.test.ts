import { mkdir, readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS } from '../../common/settings';
import { preferencesOf } from '../../main/core/app/status-view';
import { electron, until, useTestbed } from '../harness';

const bed = useTestbed();
const SHORTCUT = 'CommandOrControl+Shift+T';
const DEFAULT_PREFERENCES = preferencesOf(DEFAULT_SETTINGS);

describe('the global shortcut per desktop', () => {
  it('on Wayland asks for the GlobalShortcuts portal and says "not available on this desktop" until a press proves the bind', async () => {
    const app = await bed.launchSignedIn({ platform: 'linux-wayland' });
    expect(electron.app.commandLine.getSwitchValue('enable-features').split(',')).toEqual(
      expect.arrayContaining(['GlobalShortcutsPortal', 'GlobalShortcutsPortalPreferredTrigger']),
    );
    expect(await app.invoke('savePreferences', { ...DEFAULT_PREFERENCES, globalShortcut: SHORTCUT })).toMatchObject({ ok: true });
    expect((await app.snapshot()).desktopNotes?.globalShortcut).toMatch(/not available on this desktop/);

    electron.globalShortcut.press(SHORTCUT);
    expect(electron.clipboard.writes).toEqual([]);
    electron.globalShortcut.grantPortalBind(SHORTCUT);
    app.settingsWindow?.userFocus();
    electron.globalShortcut.press(SHORTCUT);
    await until(() => electron.clipboard.writes.length === 1, 'the shortcut to copy');
    expect((await app.snapshot()).desktopNotes?.globalShortcut).toBeUndefined();
  });

  it('on X11 a registered shortcut needs no note', async () => {
    const app = await bed.launchSignedIn({ platform: 'linux-x11' });
    expect(await app.invoke('savePreferences', { ...DEFAULT_PREFERENCES, globalShortcut: SHORTCUT })).toMatchObject({ ok: true });
    expect((await app.snapshot()).desktopNotes?.globalShortcut).toBeUndefined();
    expect(electron.app.commandLine.hasSwitch('enable-features')).toBe(false);
  });
});

describe('start at login on macOS', () => {
  it('keeps the box ticked and says approval is pending while macOS waits for the user', async () => {
    const app = await bed.launch({ platform: 'macos', loginItemNeedsApproval: true });
    const saved = await app.invoke('savePreferences', { ...DEFAULT_PREFERENCES, startAtLogin: true });
    expect(saved).toMatchObject({ ok: true, value: { startAtLogin: true } });
    expect((await app.snapshot()).desktopNotes?.startAtLogin).toBe('Waiting for approval in System Settings → Login Items');
    expect(app.menu.item('start-at-login').checked).toBe(true);

    // The user approves in System Settings and comes back to the app's settings.
    electron.app.approveLoginItem();
    app.settingsWindow?.close();
    app.click('settings');
    await until(() => app.settingsWindow?.visible === true, 'settings to open');
    await until(() => electron.app.calls.filter((call) => call === 'getLoginItemSettings').length >= 3, 'the login item to be read again');
    expect((await app.snapshot()).desktopNotes?.startAtLogin).toBeUndefined();
    expect(app.menu.item('start-at-login').checked).toBe(true);
  });
});

describe('start at login on Linux', () => {
  it('honours an autostart entry under the old file name and replaces it with the app-id name on the next change', async () => {
    const autostart = join(bed.dirs.configHome, 'autostart');
    await mkdir(autostart, { recursive: true });
    await writeFile(join(autostart, 'patchworks-token-tray.desktop'), '[Desktop Entry]\nType=Application\nExec=/opt/old/patchworks-token-tray --hidden\n');
    const app = await bed.launch({ platform: 'linux-x11' });
    expect(app.menu.item('start-at-login').checked).toBe(true);

    app.click('start-at-login');
    await until(() => app.menu.item('start-at-login').checked === false, 'the checkbox to clear');
    expect(await readdir(autostart)).toEqual([]);
    app.click('start-at-login');
    await until(() => app.menu.item('start-at-login').checked === true, 'the checkbox to follow the OS state');
    expect(await readdir(autostart)).toEqual(['co.pwks.TokenTray.desktop']);
  });
});
