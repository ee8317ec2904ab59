/** How the app is launched at login. */
export interface LaunchCommand {
  /** Absolute path of the executable (the AppImage's path when run from one). */
  execPath: string;
  args: readonly string[];
}

/** Characters that force quoting of an Exec argument (Desktop Entry Specification, "The Exec key"). */
const RESERVED = /[\s"'\\><~|&;$*?#()`]/;

/** Quotes one Exec argument per the Desktop Entry Specification, including the string-level escaping. */
export function quoteExecArg(arg: string): string {
  const percentSafe = arg.replace(/%/g, '%%');
  if (arg !== '' && !RESERVED.test(arg)) return percentSafe;
  const quoted = `"${percentSafe.replace(/(["`$\\])/g, '\\$1')}"`;
  return quoted.replace(/\\/g, '\\\\');
}

/** The XDG autostart `.desktop` file that starts the app hidden in the tray at login. */
export function desktopEntry(command: LaunchCommand): string {
  const exec = [command.execPath, ...command.args].map(quoteExecArg).join(' ');
  return [
    '[Desktop Entry]',
    'Type=Application',
    'Name=Patchworks Token Tray',
    'Comment=Keeps a fresh Patchworks Core API token in the tray',
    `Exec=${exec}`,
    'Terminal=false',
    'X-GNOME-Autostart-enabled=true',
    'Hidden=false',
    '',
  ].join('\n');
}

/** Reads the keys of the `[Desktop Entry]` group of a `.desktop` file. */
export function parseDesktopEntry(text: string): Map<string, string> {
  const keys = new Map<string, string>();
  let inGroup = false;
  for (const raw of text.split(/\r?\n/)) {
    const line = raw.trim();
    if (line.startsWith('[')) inGroup = line === '[Desktop Entry]';
    else if (inGroup && !line.startsWith('#')) {
      const eq = line.indexOf('=');
      if (eq > 0) keys.set(line.slice(0, eq).trim(), line.slice(eq + 1).trim());
    }
  }
  return keys;
}

/** True when a `.desktop` file's content would start the app: not hidden and not switched off. */
export function entryStartsApp(text: string): boolean {
  const keys = parseDesktopEntry(text);
  return keys.get('Hidden') !== 'true' && keys.get('X-GNOME-Autostart-enabled') !== 'false';
}
