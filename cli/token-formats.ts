import type { TokenAnswer } from '../main/core/script-access/protocol';

/** How `patchworks-token` prints a token (`--format`). */
export const TOKEN_FORMATS = ['raw', 'header', 'json', 'env', 'dotenv', 'powershell'] as const;

/** One of `TOKEN_FORMATS`. */
export type TokenFormat = (typeof TOKEN_FORMATS)[number];

/** The four environment variables `exec` sets and the `env`, `dotenv` and `powershell` formats print, in order. */
export function tokenVariables(answer: TokenAnswer): [name: string, value: string][] {
  return [
    ['PATCHWORKS_TOKEN', answer.token],
    ['PATCHWORKS_AUTHORIZATION', `Bearer ${answer.token}`],
    ['PATCHWORKS_BASE_URL', answer.baseUrl],
    ['PATCHWORKS_TOKEN_EXPIRES_AT', answer.expiresAt],
  ];
}

/** A POSIX shell word that stands for `value` exactly: single quotes, each `'` written `'\''`. */
export function posixQuote(value: string): string {
  return `'${value.replaceAll("'", `'\\''`)}'`;
}

/**
 * A PowerShell verbatim string for `value`: single quotes, each quote doubled; PowerShell also takes the
 * typographic single quotes (U+2018–U+201B) as quote marks, so those are doubled too.
 */
export function powershellQuote(value: string): string {
  return `'${value.replace(/['\u2018-\u201b]/g, '$&$&')}'`;
}

/** Characters no single-quoted dotenv value can carry the same way in every common parser. */
const DOTENV_UNSAFE = /['\\\r\n]/;

/** Thrown when a value cannot be written in the chosen format; the message never includes the value. */
export class UnprintableValueError extends Error {}

/**
 * A dotenv value: single quotes, which the `dotenv` npm package, python-dotenv, Docker Compose and a POSIX
 * shell all read literally, so `$`, `"`, `#` and spaces need no escape. A value with a single quote, a
 * backslash or a line break has no form all of them read back alike, so it is refused (never for a token
 * Patchworks issues today: they are base64url and dots).
 */
export function dotenvQuote(name: string, value: string): string {
  if (DOTENV_UNSAFE.test(value)) throw new UnprintableValueError(`${name} holds a quote, backslash or line break that a dotenv file cannot carry; use --format env or json`);
  return `'${value}'`;
}

/** The text to print for `answer` in `format` (ends with a newline). */
export function formatToken(answer: TokenAnswer, format: TokenFormat): string {
  const lines = (line: (name: string, value: string) => string): string =>
    tokenVariables(answer)
      .map(([name, value]) => `${line(name, value)}\n`)
      .join('');
  switch (format) {
    case 'raw':
      return `${answer.token}\n`;
    case 'header':
      return `Authorization: Bearer ${answer.token}\n`;
    case 'json':
      return `${JSON.stringify({ token: answer.token, expiresAt: answer.expiresAt, profile: answer.profile, baseUrl: answer.baseUrl })}\n`;
    case 'env':
      return lines((name, value) => `export ${name}=${posixQuote(value)}`);
    case 'dotenv':
      return lines((name, value) => `${name}=${dotenvQuote(name, value)}`);
    case 'powershell':
      return lines((name, value) => `$env:${name} = ${powershellQuote(value)}`);
  }
}
