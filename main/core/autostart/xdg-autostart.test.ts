import { mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { desktopEntry, parseDesktopEntry, quoteExecArg } from './desktop-entry';
import { XdgAutostart, xdgAutostartPath } from './xdg-autostart';

describe('xdgAutostartPath', () => {
  it('uses XDG_CONFIG_HOME when absolute, else ~/.config', () => {
    expect(xdgAutostartPath({ XDG_CONFIG_HOME: '/x/cfg' }, '/home/u')).toBe('/x/cfg/autostart/co.pwks.TokenTray.desktop');
    expect(xdgAutostartPath({ XDG_CONFIG_HOME: 'relative' }, '/home/u')).toBe('/home/u/.config/autostart/co.pwks.TokenTray.desktop');
    expect(xdgAutostartPath({}, '/home/u')).toBe('/home/u/.config/autostart/co.pwks.TokenTray.desktop');
  });
});

describe('desktop entry content', () => {
  it('quotes Exec arguments per the Desktop Entry Specification', () => {
    expect(quoteExecArg('/usr/bin/app')).toBe('/usr/bin/app');
    expect(quoteExecArg('/opt/Patchworks Token Tray/app')).toBe('"/opt/Patchworks Token Tray/app"');
    expect(quoteExecArg('/a/$b"c')).toBe('"/a/\\\\$b\\\\"c"');
    expect(quoteExecArg('100%')).toBe('100%%');
  });

  it('starts the app hidden, enabled and not hidden', () => {
    const keys = parseDesktopEntry(desktopEntry({ execPath: '/opt/Patchworks Token Tray/app', args: ['--hidden'] }));
    expect(Object.fromEntries(keys)).toMatchObject({
      Type: 'Application',
      Exec: '"/opt/Patchworks Token Tray/app" --hidden',
      'X-GNOME-Autostart-enabled': 'true',
      Hidden: 'false',
    });
  });
});

describe('XdgAutostart against real files', () => {
  let dir: string;
  let file: string;
  let autostart: XdgAutostart;

  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'autostart-'));
    file = xdgAutostartPath({ XDG_CONFIG_HOME: dir }, '/nonexistent');
    autostart = new XdgAutostart(file);
  });
  afterEach(() => rm(dir, { recursive: true, force: true }));

  it('is off without a file, on after enable, off after disable', async () => {
    expect(await autostart.isEnabled()).toBe(false);
    await autostart.enable({ execPath: '/usr/bin/patchworks-token-tray', args: ['--hidden'] });
    expect(await autostart.isEnabled()).toBe(true);
    expect(await readFile(file, 'utf8')).toContain('Exec=/usr/bin/patchworks-token-tray --hidden\n');
    expect(await readdir(join(dir, 'autostart'))).toEqual(['co.pwks.TokenTray.desktop']);
    await autostart.disable();
    expect(await autostart.isEnabled()).toBe(false);
    await autostart.disable();
  });

  it('reports the real state when the user switched the entry off elsewhere', async () => {
    await autostart.enable({ execPath: '/usr/bin/app', args: [] });
    await writeFile(file, (await readFile(file, 'utf8')).replace('Hidden=false', 'Hidden=true'));
    expect(await autostart.isEnabled()).toBe(false);
    await writeFile(file, '[Desktop Entry]\nExec=/usr/bin/app\nX-GNOME-Autostart-enabled=false\n');
    expect(await autostart.isEnabled()).toBe(false);
    await autostart.enable({ execPath: '/usr/bin/app', args: [] });
    expect(await autostart.isEnabled()).toBe(true);
  });

  it('fails clearly when the path cannot be read', async () => {
    const blocked = new XdgAutostart(join(dir, 'a-directory'));
    await new XdgAutostart(join(dir, 'a-directory', 'x')).enable({ execPath: '/a', args: [] });
    await expect(blocked.isEnabled()).rejects.toThrow(/EISDIR/);
  });
});
