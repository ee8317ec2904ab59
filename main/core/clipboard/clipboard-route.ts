import type { HostPlatform } from '../shared/host-platform';

/** How text reaches the system clipboard: Electron's `clipboard`, or wl-clipboard's `wl-copy`. */
export type ClipboardRoute = 'electron' | 'wl-copy';

/**
 * The routes to try, in order. On Wayland a compositor ignores a clipboard write from a client without
 * keyboard focus, while Electron's `readText()` answers from Chromium's own cache, so no Electron call
 * can confirm such a copy (homelab-00/TranscriptionSuite PR #174). `wl-copy` runs as its own client
 * that owns the selection, focused or not, so it comes first. Electron's clipboard is used only while
 * a window of the app has focus. A short-lived "helper" window is not used: Wayland does not promise it
 * focus (d.ts: `focus()` "may show a notification or flash the app icon"; `showInactive`, `moveTop`,
 * `setAlwaysOnTop` are not supported on Wayland), so it could not confirm the copy either.
 * X11, macOS and Windows take writes from unfocused apps.
 */
export function clipboardRoutes(platform: HostPlatform, appFocused: boolean): ClipboardRoute[] {
  if (platform !== 'linux-wayland') return ['electron'];
  return appFocused ? ['wl-copy', 'electron'] : ['wl-copy'];
}

/** What the user can do when a copy cannot reach the clipboard on this desktop. */
export const WAYLAND_COPY_ADVICE =
  'This Wayland desktop only lets the focused window use the clipboard. Install wl-clipboard ' +
  '(package "wl-clipboard") so Copy token works from the tray and the shortcut, or copy from the ' +
  'settings window.';

/** Thrown when no route could put the text on the clipboard; the message says what to do. */
export class CopyNotConfirmedError extends Error {
  constructor() {
    super(`The token could not be put on the clipboard. ${WAYLAND_COPY_ADVICE}`);
    this.name = 'CopyNotConfirmedError';
  }
}
