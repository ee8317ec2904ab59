import { escapeRegExp, REDACTED, redactTokenShapes } from '../log/redact';

/** HTML's named entities for the characters that have one in the escapes servers use. */
const NAMED_ENTITIES: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' };

/** Every way one character may come back: itself, HTML-escaped (named, decimal, hex), or percent-encoded. */
function characterForms(char: string): string {
  const point = char.codePointAt(0) ?? 0;
  const percent = [...Buffer.from(char, 'utf8')].map((byte) => `%${byte.toString(16).padStart(2, '0')}`).join('');
  const forms = [escapeRegExp(char), `&#0*${point};`, `&#x0*${point.toString(16)};`, escapeRegExp(percent)];
  const named = NAMED_ENTITIES[char];
  if (named !== undefined) forms.push(named);
  if (char === ' ') forms.push('\\+');
  return `(?:${forms.join('|')})`;
}

/**
 * A pattern matching `secret` as the server may echo it: as sent, HTML-escaped, URL-encoded (also
 * form-style, `+` for a space), in any mix of those, and in any letter case.
 */
function echoPattern(secret: string): RegExp {
  return new RegExp([...secret].map(characterForms).join(''), 'giu');
}

/** The longest a single character's echo can be (`%F0%9F%98%80`, `&#x1f600;`). */
const LONGEST_CHARACTER_FORM = 12;

/**
 * Removes the given secrets (in every echoed form, see `echoPattern`), then anything token-shaped,
 * from text the server sent, and keeps at most `maxChars` of what is left (cut with "…"). Only the
 * start of a long text is read, with room for a secret that begins just before the cut.
 */
export function redactSecrets(text: string, secrets: readonly string[], maxChars = Number.POSITIVE_INFINITY): string {
  const margin = Math.max(0, ...secrets.map((secret) => secret.length * LONGEST_CHARACTER_FORM)) + 64;
  let clean = text.length > maxChars + margin ? text.slice(0, maxChars + margin) : text;
  for (const secret of secrets) {
    if (secret !== '') clean = clean.replace(echoPattern(secret), REDACTED);
  }
  clean = redactTokenShapes(clean);
  return clean.length > maxChars ? `${clean.slice(0, Math.max(0, maxChars - 1))}…` : clean;
}
