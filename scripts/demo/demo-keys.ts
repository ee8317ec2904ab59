// The keys the demo understands, and the one-line help it prints.

/** What a key asks the demo to do. */
export type DemoAction = 'copy-token' | 'copy-header' | 'refresh' | 'sleep' | 'quit';

/** Key → action: c copy, h copy header, r refresh, s sleep past expiry and resume, q quit (Ctrl-C too). */
export const DEMO_KEYS: Readonly<Record<string, DemoAction>> = {
  c: 'copy-token',
  h: 'copy-header',
  r: 'refresh',
  s: 'sleep',
  q: 'quit',
  '\u0003': 'quit',
};

/** The help line printed at start and on an unknown key. */
export const KEYS_HELP = 'Keys: c copy token · h copy Authorization header · r refresh now · s sleep past expiry and resume · q quit';
