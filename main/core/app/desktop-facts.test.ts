import { describe, expect, it } from 'vitest';
import { opensWindowAtLaunch, parseNameHasOwner, trayHint, trayMissingMessage } from './desktop-facts';

describe('tray host detection', () => {
  it('reads NameHasOwner as gdbus and dbus-send print it', () => {
    expect(parseNameHasOwner('(true,)\n')).toBe(true);
    expect(parseNameHasOwner('(false,)\n')).toBe(false);
    expect(parseNameHasOwner('method return time=1.2 sender=org.freedesktop.DBus\n   boolean true\n')).toBe(true);
    expect(parseNameHasOwner('   boolean false')).toBe(false);
    expect(parseNameHasOwner('Error: GDBus.Error:org.freedesktop.DBus.Error.ServiceUnknown')).toBeUndefined();
    expect(parseNameHasOwner('')).toBeUndefined();
  });

  it('warns only on Linux when the bus said no watcher runs, naming the GNOME fix', () => {
    expect(trayMissingMessage('linux', false)).toMatch(/AppIndicator.*gnome-shell-extension-appindicator/s);
    expect(trayMissingMessage('linux', true)).toBeUndefined();
    expect(trayMissingMessage('linux', undefined)).toBeUndefined();
    expect(trayMissingMessage('darwin', false)).toBeUndefined();
  });

  it('opens the window at launch when asked, when signed out (unless hidden), and always without a tray', () => {
    const base = { requested: false, signedIn: true, startedHidden: false, trayMissing: false };
    expect(opensWindowAtLaunch(base)).toBe(false);
    expect(opensWindowAtLaunch({ ...base, requested: true })).toBe(true);
    expect(opensWindowAtLaunch({ ...base, signedIn: false })).toBe(true);
    expect(opensWindowAtLaunch({ ...base, signedIn: false, startedHidden: true })).toBe(false);
    expect(opensWindowAtLaunch({ ...base, startedHidden: true, trayMissing: true })).toBe(true);
  });

  it('says where the tray icon is on each desktop', () => {
    expect(trayHint('darwin')).toMatch(/menu bar/);
    expect(trayHint('win32')).toMatch(/notification area/);
    expect(trayHint('linux')).toMatch(/top bar|panel/);
  });
});
