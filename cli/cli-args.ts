import { parseArgs } from 'node:util';
import { MAX_WAIT_MS } from '../main/core/script-access/protocol';

/** How the token is printed. */
export type OutputForm = 'raw' | 'header' | 'json';

/** What the command line asked for. */
export type CliArgs =
  | { kind: 'help' }
  | { kind: 'request'; form: OutputForm; profile?: string; waitMs?: number }
  | { kind: 'usage-error'; message: string };

/** The `--help` text. */
export const USAGE = `Usage: patchworks-token [--header | --json] [--profile NAME] [--wait SECONDS]

Prints the current Patchworks bearer token held by the running Patchworks Token Tray
(turn on script access in its settings first).

  --header          print "Authorization: Bearer <token>"
  --json            print {"token", "expiresAt", "profile"} as JSON
  --profile NAME    use the profile NAME instead of the default one
  --wait SECONDS    wait up to SECONDS (at most ${MAX_WAIT_MS / 1000}) for a sign-in or refresh in progress
  -h, --help        show this help

Exit codes: 0 ok, 1 unexpected failure, 2 usage, 3 app not running or script access off,
4 signed out, 5 expired, 6 unknown profile, 7 refused, 8 no token yet (signing in or retrying).
`;

/** Parses the arguments (without node and the script path); never throws. */
export function parseCliArgs(argv: readonly string[]): CliArgs {
  let values;
  try {
    ({ values } = parseArgs({
      args: [...argv],
      strict: true,
      allowPositionals: false,
      options: {
        header: { type: 'boolean' },
        json: { type: 'boolean' },
        profile: { type: 'string' },
        wait: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
    }));
  } catch (error) {
    return { kind: 'usage-error', message: (error as Error).message };
  }
  if (values.help) return { kind: 'help' };
  if (values.header && values.json) return { kind: 'usage-error', message: '--header and --json cannot be combined' };
  if (values.profile !== undefined && values.profile.trim() === '') return { kind: 'usage-error', message: '--profile needs a name' };
  const form: OutputForm = values.header ? 'header' : values.json ? 'json' : 'raw';
  const request: CliArgs = { kind: 'request', form, ...(values.profile === undefined ? {} : { profile: values.profile }) };
  if (values.wait === undefined) return request;
  const seconds = /^\d+(\.\d+)?$/.test(values.wait) ? Number(values.wait) : Number.NaN;
  if (!(seconds >= 0 && seconds * 1000 <= MAX_WAIT_MS)) {
    return { kind: 'usage-error', message: `--wait takes a number of seconds from 0 to ${MAX_WAIT_MS / 1000}` };
  }
  return { ...request, waitMs: Math.round(seconds * 1000) };
}
