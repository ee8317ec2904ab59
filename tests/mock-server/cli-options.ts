import { parseArgs } from 'node:util';
import { behaviourDescriptions, behaviours, isMockBehaviour, type BehaviourTweaks, type MockBehaviour } from './behaviours';

/** What `npm run mock-server -- …` asked for. */
export type CliRequest =
  | { kind: 'help'; text: string }
  | { kind: 'error'; message: string }
  | { kind: 'serve'; port: number; behaviour: MockBehaviour; tweaks: BehaviourTweaks };

/** The options, each with its argument and what it does (for `--help`). */
const OPTIONS = [
  ['--port PORT', 'port on 127.0.0.1 (default 8787; 0 picks a free one)'],
  ['--behaviour NAME', 'how POST /api/v1/login answers (default token; list below)'],
  ['--lifetime SECONDS', 'lifetime of issued tokens (default 86400)'],
  ['--retry-after SECONDS', 'Retry-After of rate-limited and rate-limited-date (default 120)'],
  ['--delay MS', 'wait this long before every answer (default 0; 3000 for slow)'],
  ['--help', 'this text'],
] as const;

/** The `--help` text: usage, every option and every behaviour, one line each. */
export function helpText(): string {
  const width = Math.max(...behaviours.map((name) => name.length), ...OPTIONS.map(([flag]) => flag.length));
  return [
    'Usage: npm run mock-server -- [options]',
    'Runs the stand-in Patchworks login API on http://127.0.0.1:PORT and logs one line per request.',
    '',
    'Options:',
    ...OPTIONS.map(([flag, what]) => `  ${flag.padEnd(width)}  ${what}`),
    '',
    'Behaviours:',
    ...behaviours.map((name) => `  ${name.padEnd(width)}  ${behaviourDescriptions[name]}`),
    '',
  ].join('\n');
}

/** A whole number ≥ `min`, or an error message naming the option. */
function wholeNumber(text: string, name: string, min: number): number | string {
  const value = Number(text);
  return Number.isInteger(value) && value >= min ? value : `--${name} must be a whole number ≥ ${min}, got "${text}"`;
}

/** Parses the command line; never throws: bad input becomes `{ kind: 'error' }` with one line. */
export function parseCliArgs(args: string[]): CliRequest {
  let values;
  try {
    ({ values } = parseArgs({
      args,
      strict: true,
      allowPositionals: false,
      options: {
        port: { type: 'string', default: '8787' },
        behaviour: { type: 'string', default: 'token' },
        lifetime: { type: 'string', default: '86400' },
        'retry-after': { type: 'string' },
        delay: { type: 'string' },
        help: { type: 'boolean', default: false },
      },
    }));
  } catch (error) {
    const reason = error instanceof Error ? error.message.split('\n')[0] : String(error);
    return { kind: 'error', message: `${reason} (npm run mock-server -- --help lists the options)` };
  }
  if (values.help) return { kind: 'help', text: helpText() };
  if (!isMockBehaviour(values.behaviour)) {
    return { kind: 'error', message: `Unknown --behaviour "${values.behaviour}" (npm run mock-server -- --help lists them)` };
  }
  const port = wholeNumber(values.port, 'port', 0);
  const lifetimeSec = wholeNumber(values.lifetime, 'lifetime', 1);
  const retryAfterSec = values['retry-after'] === undefined ? undefined : wholeNumber(values['retry-after'], 'retry-after', 0);
  const delayMs = values.delay === undefined ? undefined : wholeNumber(values.delay, 'delay', 0);
  const problem = [port, lifetimeSec, retryAfterSec, delayMs].find((value) => typeof value === 'string');
  if (typeof problem === 'string') return { kind: 'error', message: problem };
  return {
    kind: 'serve',
    port: port as number,
    behaviour: values.behaviour,
    tweaks: {
      lifetimeSec: lifetimeSec as number,
      ...(retryAfterSec === undefined ? {} : { retryAfterSec: retryAfterSec as number }),
      ...(delayMs === undefined ? {} : { delayMs: delayMs as number }),
    },
  };
}
