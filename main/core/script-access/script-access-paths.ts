import { homedir, userInfo } from 'node:os';
import { join, win32 } from 'node:path';
import { nodeCrypto } from './node-crypto';

/** Environment variable that moves the script-access folder (tests, a second install, a short socket path). */
export const SCRIPT_ACCESS_DIR_ENV = 'PATCHWORKS_TOKEN_DIR';
/** Longest Unix socket path every supported OS accepts (macOS allows 103 bytes plus the terminator). */
export const MAX_SOCKET_PATH_BYTES = 103;

const FOLDER = 'patchworks-token-tray';

/** Where the app listens and keeps the request secret, the same for the app and the CLI. */
export interface ScriptAccessPaths {
  /** The private folder holding the secret file (and, on Unix, the socket). */
  directory: string;
  /** A Unix domain socket path, or on Windows a named pipe (`\\.\pipe\…`). */
  socketPath: string;
  /** The file holding the random secret every request must prove it knows (it never crosses the channel). */
  secretFilePath: string;
  /** Written by the app while it runs with script access off, naming its process id (see `app-presence.ts`). */
  offMarkerPath: string;
}

/** What the paths depend on: plain values, so the function is pure and testable for every OS. */
export interface ScriptAccessPathInput {
  platform: NodeJS.Platform;
  env: Readonly<Record<string, string | undefined>>;
  homedir: string;
  /** The login name of the current user (names the Windows pipe). */
  user: string;
}

/**
 * The per-user script-access paths: `$PATCHWORKS_TOKEN_DIR` when set, else
 * `%LOCALAPPDATA%\patchworks-token-tray` + pipe `\\.\pipe\patchworks-token-tray-<user>` on Windows,
 * `~/Library/Application Support/patchworks-token-tray` on macOS, `~/.patchworks-token-tray` elsewhere.
 */
export function scriptAccessPaths(input: ScriptAccessPathInput): ScriptAccessPaths {
  const windows = input.platform === 'win32';
  const override = input.env[SCRIPT_ACCESS_DIR_ENV];
  const directory = override ? override : defaultDirectory(input);
  const inFolder = (name: string): string => (windows ? win32.join(directory, name) : join(directory, name));
  const files = { directory, secretFilePath: inFolder('secret'), offMarkerPath: inFolder('script-access-off') };
  if (!windows) return { ...files, socketPath: inFolder('token.sock') };
  const suffix = override ? `-${nodeCrypto().createHash('sha256').update(override).digest('hex').slice(0, 12)}` : '';
  return { ...files, socketPath: `\\\\.\\pipe\\${FOLDER}-${pipeSafe(input.user)}${suffix}` };
}

/** `scriptAccessPaths` for the user running this process (what the app and the CLI both call). */
export function scriptAccessPathsForThisUser(env: NodeJS.ProcessEnv = process.env): ScriptAccessPaths {
  return scriptAccessPaths({ platform: process.platform, env, homedir: homedir(), user: userInfo().username });
}

function defaultDirectory(input: ScriptAccessPathInput): string {
  switch (input.platform) {
    case 'win32':
      return win32.join(input.env.LOCALAPPDATA ?? win32.join(input.homedir, 'AppData', 'Local'), FOLDER);
    case 'darwin':
      return join(input.homedir, 'Library', 'Application Support', FOLDER);
    default:
      return join(input.homedir, `.${FOLDER}`);
  }
}

/** A user name reduced to characters that are safe in a pipe name. */
function pipeSafe(user: string): string {
  return user.replace(/[^A-Za-z0-9._-]/g, '_') || 'user';
}
