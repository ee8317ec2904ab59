import { parseArgs, type ParseArgsConfig } from 'node:util';
import { MAX_WAIT_MS } from '../main/core/script-access/protocol';
import { TOKEN_FORMATS, type TokenFormat } from './token-formats';

/** The subcommands; `token` is the default when the first argument names none. */
export const SUBCOMMANDS = ['token', 'exec', 'status', 'profiles', 'completion', 'help'] as const;

/** One of `SUBCOMMANDS`. */
export type Subcommand = (typeof SUBCOMMANDS)[number];

/** The shells `completion` writes scripts for. */
export const SHELLS = ['bash', 'zsh', 'fish', 'powershell'] as const;

/** One of `SHELLS`. */
export type Shell = (typeof SHELLS)[number];

/** What `exec` waits for a sign-in when `--wait` is not given (seconds): the same as its refresh window. */
export const EXEC_DEFAULT_WAIT_MS = 60_000;

/** Which profile, and how long to wait for the app, its channel and a login in flight. */
interface Target {
  profile?: string;
  waitMs?: number;
}

/** What the command line asked for. */
export type CliCommand =
  | { kind: 'help'; topic: Subcommand }
  | { kind: 'version' }
  | ({ kind: 'token'; format: TokenFormat } & Target)
  | ({ kind: 'exec'; command: string[] } & Target)
  | ({ kind: 'status'; json: boolean } & Target)
  | { kind: 'profiles'; json: boolean; names: boolean; waitMs?: number }
  | { kind: 'completion'; shell: Shell }
  | { kind: 'usage-error'; message: string; topic: Subcommand };

const TARGET_OPTIONS = {
  profile: { type: 'string' },
  wait: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} as const satisfies ParseArgsConfig['options'];

/** Parses the arguments (without node and the script path); never throws. */
export function parseCliArgs(argv: readonly string[]): CliCommand {
  const [first, ...rest] = argv;
  if (first === '--version' || first === '-V') return rest.length === 0 ? { kind: 'version' } : usage('--version takes no arguments', 'token');
  const named = SUBCOMMANDS.find((name) => name === first);
  const topic: Subcommand = named ?? 'token';
  try {
    return parseSubcommand(topic, named ? rest : argv);
  } catch (error) {
    return usage((error as Error).message, topic);
  }
}

function usage(message: string, topic: Subcommand): CliCommand {
  return { kind: 'usage-error', message, topic };
}

/** Thrown for a usage error inside one subcommand's parser. */
class UsageError extends Error {}

function parseSubcommand(topic: Subcommand, args: readonly string[]): CliCommand {
  switch (topic) {
    case 'token':
      return parseToken(args);
    case 'exec':
      return parseExec(args);
    case 'status': {
      const { values } = parseArgs({ args: [...args], strict: true, options: { ...TARGET_OPTIONS, json: { type: 'boolean' } } });
      if (values.help) return { kind: 'help', topic };
      return { kind: 'status', json: values.json === true, ...target(values) };
    }
    case 'profiles': {
      const options = { wait: TARGET_OPTIONS.wait, help: TARGET_OPTIONS.help, json: { type: 'boolean' }, names: { type: 'boolean' } } as const;
      const { values } = parseArgs({ args: [...args], strict: true, options });
      if (values.help) return { kind: 'help', topic };
      if (values.json && values.names) throw new UsageError('--json and --names cannot be combined');
      return { kind: 'profiles', json: values.json === true, names: values.names === true, ...target(values) };
    }
    case 'completion': {
      const { values, positionals } = parseArgs({ args: [...args], strict: true, allowPositionals: true, options: { help: TARGET_OPTIONS.help } });
      if (values.help) return { kind: 'help', topic };
      const shell = SHELLS.find((name) => name === positionals[0]);
      if (!shell || positionals.length !== 1) throw new UsageError(`completion takes one shell: ${SHELLS.join(', ')}`);
      return { kind: 'completion', shell };
    }
    case 'help': {
      const subject = SUBCOMMANDS.find((name) => name === args[0]);
      if (args.length > 1 || (args.length === 1 && !subject)) throw new UsageError(`help takes one subcommand: ${SUBCOMMANDS.join(', ')}`);
      return { kind: 'help', topic: subject ?? 'token' };
    }
  }
}

function parseToken(args: readonly string[]): CliCommand {
  const options = {
    ...TARGET_OPTIONS,
    format: { type: 'string' },
    header: { type: 'boolean' },
    json: { type: 'boolean' },
    version: { type: 'boolean', short: 'V' },
  } as const;
  const { values } = parseArgs({ args: [...args], strict: true, options });
  if (values.help) return { kind: 'help', topic: 'token' };
  if (values.version) throw new UsageError('--version takes no other arguments');
  const chosen = [values.format !== undefined, values.header === true, values.json === true].filter(Boolean).length;
  if (chosen > 1) throw new UsageError('choose one of --format, --header and --json');
  const format = values.header ? 'header' : values.json ? 'json' : (values.format ?? 'raw');
  const known = TOKEN_FORMATS.find((name) => name === format);
  if (!known) throw new UsageError(`--format takes one of ${TOKEN_FORMATS.join(', ')}`);
  return { kind: 'token', format: known, ...target(values) };
}

/** `exec [--profile NAME] [--wait S] -- CMD [ARGS…]`: everything after the first `--` is the command, as given. */
function parseExec(args: readonly string[]): CliCommand {
  const split = args.indexOf('--');
  if (split === -1 && !args.includes('--help') && !args.includes('-h')) throw new UsageError('exec needs a command after "--"');
  const own = split === -1 ? args : args.slice(0, split);
  const { values } = parseArgs({ args: [...own], strict: true, options: TARGET_OPTIONS });
  if (values.help) return { kind: 'help', topic: 'exec' };
  const command = args.slice(split + 1);
  if (command.length === 0 || command[0] === '') throw new UsageError('exec needs a command after "--"');
  const chosen = target(values);
  return { kind: 'exec', command, ...chosen, waitMs: chosen.waitMs ?? EXEC_DEFAULT_WAIT_MS };
}

/** The profile and wait options, checked. */
function target(values: { profile?: string; wait?: string }): Target {
  if (values.profile !== undefined && values.profile.trim() === '') throw new UsageError('--profile needs a name');
  const chosen: Target = values.profile === undefined ? {} : { profile: values.profile };
  if (values.wait === undefined) return chosen;
  const seconds = /^\d+(\.\d+)?$/.test(values.wait) ? Number(values.wait) : Number.NaN;
  if (!(seconds >= 0 && seconds * 1000 <= MAX_WAIT_MS)) throw new UsageError(`--wait takes a number of seconds from 0 to ${MAX_WAIT_MS / 1000}`);
  return { ...chosen, waitMs: Math.round(seconds * 1000) };
}
