/**
 * The desktop the app runs on, as far as Electron and Node let it know: the OS, and on Linux whether
 * Chromium runs as a Wayland client or under X11 (XWayland included).
 */
export type HostPlatform = 'linux-wayland' | 'linux-x11' | 'macos' | 'windows';

/** What the platform is inferred from: `process.platform`, the environment and the `--ozone-platform` switch. */
export interface HostSignals {
  nodePlatform: NodeJS.Platform;
  env: { XDG_SESSION_TYPE?: string | undefined; WAYLAND_DISPLAY?: string | undefined };
  /** `app.commandLine.getSwitchValue('ozone-platform')`: '' when the switch was not passed. */
  ozonePlatform: string;
}

/**
 * Infers the platform. Electron offers no "is Wayland" getter: since 38.2 Chromium picks Wayland when
 * `XDG_SESSION_TYPE` is `wayland` (electron/electron PR #48301) unless `--ozone-platform` names another
 * backend, so that is what this reads. An inference, not an Electron promise (docs/ARCHITECTURE.md).
 */
export function hostPlatformOf(signals: HostSignals): HostPlatform {
  if (signals.nodePlatform === 'darwin') return 'macos';
  if (signals.nodePlatform === 'win32') return 'windows';
  if (signals.ozonePlatform !== '') return signals.ozonePlatform === 'wayland' ? 'linux-wayland' : 'linux-x11';
  return signals.env.XDG_SESSION_TYPE === 'wayland' ? 'linux-wayland' : 'linux-x11';
}

/** True on either Linux platform. */
export function isLinux(platform: HostPlatform): boolean {
  return platform === 'linux-wayland' || platform === 'linux-x11';
}
