// Asks the Linux session bus whether a tray host runs, with the desktop's own command-line tools.
import { execFile } from 'node:child_process';
import { STATUS_NOTIFIER_WATCHER, parseNameHasOwner } from '../core';
import { nodePlatform } from './node-platform';

const ASK_TIMEOUT_MS = 2_000;

/** The two common D-Bus command-line clients, each asking `NameHasOwner(org.kde.StatusNotifierWatcher)`. */
const ASKERS: ReadonlyArray<readonly [string, readonly string[]]> = [
  ['gdbus', ['call', '--session', '--dest', 'org.freedesktop.DBus', '--object-path', '/org/freedesktop/DBus',
    '--method', 'org.freedesktop.DBus.NameHasOwner', STATUS_NOTIFIER_WATCHER]],
  ['dbus-send', ['--session', '--print-reply', '--dest=org.freedesktop.DBus', '/org/freedesktop/DBus',
    'org.freedesktop.DBus.NameHasOwner', `string:${STATUS_NOTIFIER_WATCHER}`]],
];

function ask(command: string, args: readonly string[]): Promise<boolean | undefined> {
  return new Promise((resolve) => {
    execFile(command, args, { timeout: ASK_TIMEOUT_MS, windowsHide: true }, (error, stdout) => {
      resolve(error ? undefined : parseNameHasOwner(String(stdout)));
    });
  });
}

/**
 * On Linux, whether a StatusNotifierWatcher (the tray host registry) owns its name on the session bus,
 * asked with `gdbus` and else `dbus-send` (both ship with GLib / D-Bus on desktop systems). Undefined
 * off Linux, or when neither tool could ask (not installed, no session bus): then nothing is claimed.
 * A small shell-out instead of a D-Bus library: one question, asked once per launch.
 */
export async function detectTrayHost(platform: NodeJS.Platform = nodePlatform()): Promise<boolean | undefined> {
  if (platform !== 'linux') return undefined;
  for (const [command, args] of ASKERS) {
    const answer = await ask(command, args);
    if (answer !== undefined) return answer;
  }
  return undefined;
}
