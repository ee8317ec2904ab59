/** Login responses that carry a token, one per documented or Laravel-style shape. */
export const successBehaviours = [
  'token',
  'access-token',
  'data-token',
  'data-access-token',
  'expires-at-iso',
  'expires-at-seconds',
  'expires-at-ms',
  'jwt-exp-only',
  'opaque-token',
  'slow',
] as const;

/** A behaviour that hands out a token. */
export type SuccessBehaviour = (typeof successBehaviours)[number];

/** Login responses that fail, each in one particular way. */
export const failureBehaviours = [
  'no-token',
  'unauthorized',
  'forbidden',
  'validation-error',
  'rate-limited',
  'rate-limited-date',
  'server-error',
  'unavailable',
  'hang',
  'reset',
  'malformed-json',
  'html',
  'redirect',
  'oversize',
  'echo-secrets',
  'echo-disguised',
  'flood-errors',
] as const;

/** Every behaviour the stand-in server can be switched to. */
export const behaviours = [...successBehaviours, ...failureBehaviours] as const;

/** One behaviour of the stand-in server (see `behaviourDescriptions`). */
export type MockBehaviour = (typeof behaviours)[number];

/** What each behaviour answers, in one line (the CLI's `--help` prints these). */
export const behaviourDescriptions: Readonly<Record<MockBehaviour, string>> = {
  token: '200 {token, expires_in, message}: the documented shape (the default)',
  'access-token': '200 {access_token, token_type, expires_in}',
  'data-token': '200 {data: {token, expires_in}}',
  'data-access-token': '200 {data: {access_token, expires_at (ISO 8601)}}',
  'expires-at-iso': '200 {token, expires_at: ISO 8601}',
  'expires-at-seconds': '200 {token, expires_at: epoch seconds}',
  'expires-at-ms': '200 {token, expires_at: epoch milliseconds}',
  'jwt-exp-only': "200 {token}: the expiry is only in the JWT's exp claim",
  'opaque-token': '200 {token}: not a JWT, no expiry anywhere',
  slow: 'the documented shape after --delay (default 3000 ms)',
  'no-token': '200 {message} without a token',
  unauthorized: '401 whatever is sent',
  forbidden: '403: the account is disabled',
  'validation-error': '422 with Laravel field errors',
  'rate-limited': '429 with Retry-After in seconds (--retry-after, default 120)',
  'rate-limited-date': '429 with Retry-After as an HTTP date (--retry-after from now)',
  'server-error': '500',
  unavailable: '503 with Retry-After 30',
  hang: 'never answers',
  reset: 'drops the connection without answering',
  'malformed-json': '200 application/json with truncated JSON',
  html: '200 with an HTML maintenance page',
  redirect: '302 to another path on this server that would issue a token if followed',
  oversize: '200 with a JSON body streamed past 1 MiB (8 MiB)',
  'echo-secrets': '422 whose message and field errors repeat the password and a fresh token',
  'echo-disguised': '422 echoing the password HTML-escaped, URL-encoded and case-changed, and a base64 token with + and /',
  'flood-errors': '422 of about 900 KB: 5,000 field errors, one of them 700 KB long',
};

/** Tells whether a string names a behaviour (for the CLI). */
export function isMockBehaviour(value: string): value is MockBehaviour {
  return (behaviours as readonly string[]).includes(value);
}

/** Settings that adjust a behaviour; every field is optional and reset by each `setBehaviour` call. */
export interface BehaviourTweaks {
  /** Lifetime of issued tokens (JWT exp, expires_in, expires_at) in seconds; default 86 400. */
  lifetimeSec?: number;
  /** Wait this long before answering; default 0 (3000 for 'slow'). */
  delayMs?: number;
  /** Retry-After for 'rate-limited' / 'rate-limited-date', in seconds; default 120. */
  retryAfterSec?: number;
  /** Total body size for 'oversize'; default 8 MiB. */
  oversizeBytes?: number;
  /** How far the server's clock is ahead of this computer's (negative: behind), in seconds; it stamps
   * the `Date` header, the JWT's `exp` and `expires_at` with that clock. Default 0. */
  clockOffsetSec?: number;
  /** Start a success body with a UTF-8 byte order mark, as some Windows servers do. */
  bom?: boolean;
  /** Fields merged over the top level of a success body, e.g. `{ expires_in: -5 }`; `undefined` values delete. */
  fields?: Record<string, unknown>;
}

/** Builds the JSON body for a success behaviour from a freshly issued token. */
export function successBody(
  behaviour: SuccessBehaviour,
  token: string,
  lifetimeSec: number,
  nowMs: number,
): Record<string, unknown> {
  const expiresAtMs = nowMs + lifetimeSec * 1000;
  const iso = new Date(expiresAtMs).toISOString();
  switch (behaviour) {
    case 'token':
    case 'slow':
      return { token, expires_in: lifetimeSec, message: 'Login successful' };
    case 'access-token':
      return { access_token: token, token_type: 'Bearer', expires_in: lifetimeSec };
    case 'data-token':
      return { data: { token, expires_in: lifetimeSec } };
    case 'data-access-token':
      return { data: { access_token: token, expires_at: iso } };
    case 'expires-at-iso':
      return { token, expires_at: iso };
    case 'expires-at-seconds':
      return { token, expires_at: Math.floor(expiresAtMs / 1000) };
    case 'expires-at-ms':
      return { token, expires_at: expiresAtMs };
    case 'jwt-exp-only':
    case 'opaque-token':
      return { token };
  }
}

/** Applies `fields` over a body: defined values replace, `undefined` values delete. */
export function withFields(body: Record<string, unknown>, fields: Record<string, unknown> = {}): Record<string, unknown> {
  const merged: Record<string, unknown> = { ...body };
  for (const [key, value] of Object.entries(fields)) {
    if (value === undefined) delete merged[key];
    else merged[key] = value;
  }
  return merged;
}
