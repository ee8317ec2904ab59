import { inspect } from 'node:util';

/** What a redacted secret is replaced with. */
export const REDACTED = '[redacted]';

/** Shapes of secrets that are hidden even when nobody registered them. */
const PATTERNS: readonly [RegExp, string][] = [
  // "password": "…", token=…, access_token: … (JSON, query strings, form bodies)
  [
    /((?:["']?)(?:password|passwd|secret|(?:access_|refresh_|id_)?token)(?:["']?)\s*[:=]\s*)("(?:[^"\\]|\\.)*"|'(?:[^'\\]|\\.)*'|[^\s,;&}\]]+)/gi,
    `$1${REDACTED}`,
  ],
  // Authorization: Bearer …
  [/\b(Bearer)\s+[^\s"',;]+/gi, `$1 ${REDACTED}`],
  // (Proxy-)Authorization: Basic …
  [/\b(Authorization:\s*Basic)\s+[^\s"',;]+/gi, `$1 ${REDACTED}`],
  // Credentials in a URL, such as a proxy's http://user:password@proxy.corp:8080
  [/\b([a-z][a-z0-9+.-]*:\/\/)[^\s/?#@"']+@/gi, `$1${REDACTED}@`],
  // A JWT: three base64url segments, the first a JSON header ("eyJ…")
  [/\beyJ[\w-]*\.[\w-]+\.[\w-]*/g, REDACTED],
  // A long opaque run in standard base64: mixed-case letters with + or / (and = padding)
  [/(?<![A-Za-z0-9+/])(?=[A-Za-z0-9+/]*[+/])(?=[A-Za-z0-9+/]*[a-z])(?=[A-Za-z0-9+/]*[A-Z])[A-Za-z0-9+/]{32,}={0,2}/g, REDACTED],
  // Any long opaque run of letters and digits, such as an API token or a hash-like secret
  [/\b(?=[\w-]*\d)(?=[\w-]*[a-z])[\w-]{32,}\b/gi, REDACTED],
];

/** Escapes text for use inside a regular expression. */
export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Hides token-shaped text (JWTs, `Bearer …`, `password=…`, URL credentials, long opaque strings) in `text`. */
export function redactTokenShapes(text: string): string {
  return PATTERNS.reduce((out, [pattern, replacement]) => out.replace(pattern, replacement), text);
}

/** Renders a non-string log value as text (as the file transport would) so it can be redacted. */
function render(value: unknown): unknown {
  if (typeof value === 'string' || value === null || value === undefined) return value;
  if (typeof value === 'number' || typeof value === 'boolean' || typeof value === 'bigint') return value;
  return inspect(value, { depth: 5, breakLength: Infinity });
}

/** A log message as electron-log hands it to hooks; only `data` is read and replaced. */
export interface LogMessageLike {
  data: unknown[];
}

/**
 * Redacts log output: token shapes always, plus the secrets registered while they are current
 * (the password, the current token). Its `hook` is an electron-log hook; the same function serves
 * every transport.
 */
export class Redactor {
  readonly #secrets = new Map<string, number>();

  /** Hides `secret` (and its JSON- and URL-escaped forms) from now on; returns an unregister function. */
  register(secret: string): () => void {
    if (secret === '') return () => undefined;
    const forms = new Set([secret, JSON.stringify(secret).slice(1, -1), encodeURIComponent(secret)]);
    for (const form of forms) this.#secrets.set(form, (this.#secrets.get(form) ?? 0) + 1);
    return () => {
      for (const form of forms) {
        const count = (this.#secrets.get(form) ?? 1) - 1;
        if (count > 0) this.#secrets.set(form, count);
        else this.#secrets.delete(form);
      }
    };
  }

  /** Returns `text` with registered secrets and token shapes replaced by "[redacted]". */
  redactText(text: string): string {
    const known = [...this.#secrets.keys()].sort((a, b) => b.length - a.length);
    const withoutKnown =
      known.length === 0 ? text : text.replace(new RegExp(known.map(escapeRegExp).join('|'), 'g'), REDACTED);
    return redactTokenShapes(withoutKnown);
  }

  /** Redacts every part of a log call; objects and errors are rendered to text first. */
  redactData(data: readonly unknown[]): unknown[] {
    return data.map((part) => {
      const rendered = render(part);
      return typeof rendered === 'string' ? this.redactText(rendered) : rendered;
    });
  }

  /** An electron-log hook: returns a copy of the message with every part redacted. */
  readonly hook = <M extends LogMessageLike>(message: M): M => ({ ...message, data: this.redactData(message.data) });
}
