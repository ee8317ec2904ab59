import { describe, expect, it } from 'vitest';
import { loginItemStateOf } from '../autostart/login-item-state';
import { desktopNotes, LOGIN_ITEM_APPROVAL_NOTE, shortcutConfirmedOnRegister } from './desktop-notes';

const QUIET = { shortcutSet: false, shortcutConfirmed: true, loginItemAwaitsApproval: false, keychainLocked: false };

describe('desktop notes', () => {
  it('say nothing when nothing is wrong, and each problem beside its preference', () => {
    expect(desktopNotes(QUIET)).toBeUndefined();
    expect(desktopNotes({ ...QUIET, shortcutSet: true, shortcutConfirmed: false })?.globalShortcut).toMatch(/not available on this desktop/);
    expect(desktopNotes({ ...QUIET, shortcutSet: false, shortcutConfirmed: false })).toBeUndefined();
    expect(desktopNotes({ ...QUIET, loginItemAwaitsApproval: true })).toEqual({ startAtLogin: LOGIN_ITEM_APPROVAL_NOTE });
    expect(desktopNotes({ ...QUIET, notificationFailure: 'denied' })?.notifications).toMatch(/could not be shown \(denied\)/);
    expect(desktopNotes({ ...QUIET, keychainLocked: true })?.keychain).toMatch(/Keychain locked/);
  });

  it('trust a shortcut registration everywhere but Wayland', () => {
    expect(shortcutConfirmedOnRegister('linux-wayland')).toBe(false);
    expect(shortcutConfirmedOnRegister('linux-x11')).toBe(true);
    expect(shortcutConfirmedOnRegister('macos')).toBe(true);
  });

  it('read a login item waiting for approval as neither on nor off', () => {
    expect(loginItemStateOf({ openAtLogin: false, status: 'requires-approval' })).toBe('requires-approval');
    expect(loginItemStateOf({ openAtLogin: true, status: 'enabled' })).toBe('enabled');
    expect(loginItemStateOf({ openAtLogin: true })).toBe('enabled');
    expect(loginItemStateOf({ openAtLogin: false, status: 'not-registered' })).toBe('disabled');
  });
});
