import { join, posix } from 'node:path';

/** The command's file name inside `<resources>/bin`. */
const COMMAND = 'patchworks-token';

/** What the plan depends on: plain values, so it is pure and testable for every platform. */
export interface CliLinkInput {
  platform: NodeJS.Platform;
  homedir: string;
  /** The app's resources folder (`process.resourcesPath`), holding `bin/patchworks-token`. */
  resourcesPath: string;
  /** `$APPIMAGE`: set when the app runs from an AppImage. */
  appImage?: string;
}

/** How "Install command-line tool…" puts `patchworks-token` on PATH here, or why it does not. */
export type CliLinkPlan =
  | {
      kind: 'link';
      /** The executable the link points at. */
      target: string;
      /** The symbolic link on PATH. */
      linkPath: string;
      /** AppImage: the executable inside the mounted image, copied to `target` (the mount moves every run). */
      copyFrom?: string;
    }
  | { kind: 'unsupported'; reason: string };

/**
 * The plan for this install:
 * - AppImage: copy the executable to `~/.local/share/patchworks-token-tray/bin` and link `~/.local/bin/patchworks-token`
 *   to it (the image's mount point changes on every run, so a link into it would break);
 * - macOS: link `/usr/local/bin/patchworks-token` (on every shell's default PATH, as VS Code's `code`) into the app bundle;
 * - deb and Windows: nothing to do, their installers put the command on PATH.
 */
export function cliLinkPlan(input: CliLinkInput): CliLinkPlan {
  const bundled = join(input.resourcesPath, 'bin', COMMAND);
  switch (input.platform) {
    case 'darwin':
      return { kind: 'link', target: bundled, linkPath: posix.join('/usr/local/bin', COMMAND) };
    case 'linux':
      if (!input.appImage) return { kind: 'unsupported', reason: 'The package already puts patchworks-token on your PATH (/usr/bin/patchworks-token).' };
      return {
        kind: 'link',
        target: join(input.homedir, '.local', 'share', 'patchworks-token-tray', 'bin', COMMAND),
        linkPath: join(input.homedir, '.local', 'bin', COMMAND),
        copyFrom: bundled,
      };
    case 'win32':
      return { kind: 'unsupported', reason: 'The installer already puts patchworks-token on your PATH.' };
    default:
      return { kind: 'unsupported', reason: `Installing the command-line tool is not supported on ${input.platform}.` };
  }
}

/**
 * True when a link pointing at `destination` is one this app made: to `target`, or to another copy of the
 * command in a Patchworks Token Tray install or data folder (an older version, another install location).
 */
export function isOurLinkTarget(destination: string, target: string): boolean {
  if (destination === target) return true;
  const parts = destination.split(/[\\/]+/);
  return parts.at(-1) === COMMAND && parts.at(-2) === 'bin' && parts.some((part) => part === 'Patchworks Token Tray.app' || part === 'patchworks-token-tray');
}
