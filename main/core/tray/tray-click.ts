import type { HostPlatform } from '../shared/host-platform';

/**
 * What a left click on the tray icon does, one rule per OS; no action ever depends on a click:
 * - macOS: nothing to do — with a context menu set, the click opens it (tray_icon_cocoa.mm `mouseDown:`).
 * - Windows: a left click opens nothing by itself (notify_icon.cc), so the app pops the menu up.
 * - Linux: nothing can be promised — `click` arrives only on a StatusNotifierItem "activation", which
 *   some hosts never send (docs/api/tray.md), and `popUpContextMenu` does not exist there; the host
 *   shows the context menu, which holds every action.
 */
export type TrayLeftClick = 'menu-opens-itself' | 'pop-up-menu';

/** The left-click rule for `platform`. */
export function trayLeftClick(platform: HostPlatform): TrayLeftClick {
  return platform === 'windows' ? 'pop-up-menu' : 'menu-opens-itself';
}
