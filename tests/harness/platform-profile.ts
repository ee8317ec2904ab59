// Platform profiles: which desktop a launch pretends to be, as Node and the environment would show it.
import type { HostPlatform } from '../../main/core/shared/host-platform';

/** The desktop a launch runs on; every stand-in behaviour that differs per OS follows it. */
export type PlatformProfile = HostPlatform;

/** The profile when a test names none: Linux on X11, where Electron promises the most (see tests/README.md). */
export const DEFAULT_PROFILE: PlatformProfile = 'linux-x11';

/** What `process.platform` says on that desktop. */
export function nodePlatformOf(profile: PlatformProfile): NodeJS.Platform {
  if (profile === 'macos') return 'darwin';
  if (profile === 'windows') return 'win32';
  return 'linux';
}

/**
 * The session variables a login on that desktop sets (GNOME/KDE set both on Wayland; an X11 session
 * sets `x11` and no `WAYLAND_DISPLAY`); undefined removes a variable for the launch.
 */
export function sessionEnvOf(profile: PlatformProfile): Record<'XDG_SESSION_TYPE' | 'WAYLAND_DISPLAY', string | undefined> {
  if (profile === 'linux-wayland') return { XDG_SESSION_TYPE: 'wayland', WAYLAND_DISPLAY: 'wayland-0' };
  if (profile === 'linux-x11') return { XDG_SESSION_TYPE: 'x11', WAYLAND_DISPLAY: undefined };
  return { XDG_SESSION_TYPE: undefined, WAYLAND_DISPLAY: undefined };
}
