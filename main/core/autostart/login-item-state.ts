/**
 * The OS login item as read back: on, off, or registered but waiting for the user's approval (macOS 13+
 * reports `status: 'requires-approval'` with `openAtLogin` false).
 */
export type LoginItemState = 'enabled' | 'disabled' | 'requires-approval';

/**
 * Reads Electron's `LoginItemSettings`: on macOS 13+ `status` is set and `openAtLogin` is true only for
 * `enabled` (browser_mac.mm: `open_at_login = status == "enabled"`), so a login item that waits for
 * the user's approval reads `openAtLogin: false` with `status: 'requires-approval'`. Windows has no status.
 */
export function loginItemStateOf(settings: { openAtLogin: boolean; status?: string }): LoginItemState {
  if (settings.status === 'requires-approval') return 'requires-approval';
  return settings.openAtLogin ? 'enabled' : 'disabled';
}
