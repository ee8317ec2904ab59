import type { DesktopNotes } from '../../../common/ipc-contract';
import type { HostPlatform } from '../shared/host-platform';
import { KEYCHAIN_LOCKED_NOTE } from '../tray/status-line';

/** What the window says while macOS waits for the user to allow the login item. */
export const LOGIN_ITEM_APPROVAL_NOTE = 'Waiting for approval in System Settings → Login Items';


const SHORTCUT_UNCONFIRMED_NOTE =
  'Global shortcuts are not available on this desktop: on Wayland the desktop decides (it may ask you to ' +
  'allow it) and does not tell the app whether it did. Use Copy token in the tray menu; this note goes ' +
  'away once the shortcut has worked.';

/**
 * Whether a shortcut `globalShortcut.register` accepted is really bound. On Wayland it is not known:
 * the GlobalShortcuts portal binds later, after the user's consent, and `register` returns true
 * before that (electron/electron #52218); no event reports the outcome. Elsewhere `register` is exact.
 */
export function shortcutConfirmedOnRegister(platform: HostPlatform): boolean {
  return platform !== 'linux-wayland';
}

/** What the desktop could not do or is waiting for, as the window shows it beside each preference. */
export function desktopNotes(state: {
  shortcutSet: boolean;
  shortcutConfirmed: boolean;
  loginItemAwaitsApproval: boolean;
  notificationFailure?: string;
  keychainLocked: boolean;
}): DesktopNotes | undefined {
  const notes: DesktopNotes = {
    ...(state.shortcutSet && !state.shortcutConfirmed && { globalShortcut: SHORTCUT_UNCONFIRMED_NOTE }),
    ...(state.loginItemAwaitsApproval && { startAtLogin: LOGIN_ITEM_APPROVAL_NOTE }),
    ...(state.notificationFailure !== undefined && {
      notifications: `Notifications could not be shown (${state.notificationFailure}). On macOS only signed builds can show them.`,
    }),
    ...(state.keychainLocked && { keychain: KEYCHAIN_LOCKED_NOTE }),
  };
  return Object.keys(notes).length > 0 ? notes : undefined;
}
