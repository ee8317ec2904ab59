// Facts about the desktop the app runs on: where its tray icon shows, and whether anything can show it.

/** Where the tray icon is on `platform`, in plain words for the first-run panel. */
export function trayHint(platform: string): string {
  switch (platform) {
    case 'darwin':
      return 'The key icon sits in the menu bar, at the top right of the screen.';
    case 'win32':
      return 'The key icon sits in the notification area at the bottom right. If you cannot see it, click the ^ arrow and drag it onto the taskbar.';
    default:
      return 'The key icon sits in the status area of your top bar or panel (the system tray).';
  }
}

/** The D-Bus name of the StatusNotifierItem host registry every Linux tray host provides. */
export const STATUS_NOTIFIER_WATCHER = 'org.kde.StatusNotifierWatcher';

/**
 * Reads the answer of `org.freedesktop.DBus.NameHasOwner` as `gdbus call` prints it (`(true,)`) or
 * `dbus-send --print-reply` prints it (`boolean true`); undefined when the text is neither.
 */
export function parseNameHasOwner(output: string): boolean | undefined {
  const match = /\(\s*(true|false)\s*,?\s*\)|boolean\s+(true|false)/.exec(output);
  const word = match?.[1] ?? match?.[2];
  return word === undefined ? undefined : word === 'true';
}

/**
 * What to tell the user when nothing can show the tray icon: on Linux when the session bus answered
 * that no StatusNotifierWatcher runs (GNOME without the AppIndicator extension). Undefined when a host
 * runs, when the platform always has one, or when the bus could not be asked (then nothing is claimed).
 */
export function trayMissingMessage(platform: string, watcherRunning: boolean | undefined): string | undefined {
  if (platform !== 'linux' || watcherRunning !== false) return undefined;
  return (
    'Your desktop has no tray host (no StatusNotifierWatcher on the session bus), so the tray icon cannot show. ' +
    'On GNOME, install and enable the “AppIndicator and KStatusNotifierItem Support” extension ' +
    '(package gnome-shell-extension-appindicator), then log out and back in. Until then this window opens at every ' +
    'launch, and starting the app again brings it back.'
  );
}

/** What decides whether the window opens when the app starts. */
export interface LaunchWindowInput {
  /** A second launch asked for the window during startup. */
  requested: boolean;
  /** Some profile holds an account. */
  signedIn: boolean;
  /** Started with the hidden flag (at login). */
  startedHidden: boolean;
  /** Nothing can show the tray icon (see `trayMissingMessage`). */
  trayMissing: boolean;
}

/**
 * Whether to open the settings window at launch: when asked, when nobody is signed in (unless started
 * hidden at login), and always when there is no tray icon to reach the app through.
 */
export function opensWindowAtLaunch(input: LaunchWindowInput): boolean {
  return input.requested || input.trayMissing || (!input.signedIn && !input.startedHidden);
}
