// The script-access wire format, free of zod: the CLI imports this file on every call (see cli/README.md).

/** Largest request line the app reads (bytes, newline included); bigger requests are refused. */
export const MAX_REQUEST_BYTES = 4 * 1024;
/** Largest greeting or answer line the client reads (bytes). */
export const MAX_RESPONSE_BYTES = 64 * 1024;
/** How long the app waits for a whole request line after greeting a client. */
export const REQUEST_READ_TIMEOUT_MS = 5_000;
/** The longest a request may ask the app to wait for a login in flight; longer waits are cut to this. */
export const MAX_WAIT_MS = 120_000;
/** How long the app lets an answer drain to a client before it closes the connection regardless. */
export const ANSWER_FLUSH_MS = 2_000;
/** The protocol version the app's greeting names (2 added request kinds, `baseUrl` and `minValidityMs`). */
export const PROTOCOL_VERSION = 2;

/** The first line the app writes on every connection: the version and a fresh server nonce. */
export interface Greeting {
  v: typeof PROTOCOL_VERSION;
  nonce: string;
}

/** What a request asks for: one profile's token (the default), or every profile's summary (never a token). */
export const requestKinds = ['token', 'profiles'] as const;

/** One of `requestKinds`. */
export type RequestKind = (typeof requestKinds)[number];

/** A request's fields as the client chooses them (the client adds `clientNonce` and `proof`). */
export interface TokenRequest {
  /** `token` when left out. */
  kind?: RequestKind;
  profile?: string;
  /** How long the app may wait for a login in flight (ms, cut to `MAX_WAIT_MS`). */
  waitMs?: number;
  /** Within `waitMs`, also wait while the token expires sooner than this (ms): for the app's refresh. */
  minValidityMs?: number;
}

/**
 * Why the app did not answer with what was asked. `busy` is sent in place of the greeting (so without a
 * proof) when every connection slot is taken.
 */
export const failureCodes = ['signed-out', 'expired', 'pending', 'unknown-profile', 'refused', 'bad-request', 'busy'] as const;

/** One of `failureCodes`. */
export type FailureCode = (typeof failureCodes)[number];

/** A profile's state as scripts see it (the settings window's vocabulary). */
export const profileStatuses = ['signed-out', 'signing-in', 'valid', 'refreshing', 'failing', 'expired', 'needs-sign-in'] as const;

/** One of `profileStatuses`. */
export type ProfileStatus = (typeof profileStatuses)[number];

/** One profile as `patchworks-token status` and `profiles` show it: never the token. */
export interface ProfileSummary {
  name: string;
  /** `production`, `staging` or `custom`. */
  environment: string;
  baseUrl: string;
  status: ProfileStatus;
  /** ISO 8601 expiry of the token held, or null when none is. */
  expiresAt: string | null;
  /** True for the profile a request without `--profile` gets. */
  isDefault: boolean;
}

/** A token with its expiry (ISO 8601), profile name and the profile's API base URL. */
export interface TokenAnswer {
  ok: true;
  kind: 'token';
  token: string;
  expiresAt: string;
  profile: string;
  baseUrl: string;
}

/** Every profile's summary, the default one first. */
export interface ProfilesAnswer {
  ok: true;
  kind: 'profiles';
  profiles: ProfileSummary[];
}

/** A failure code with a message written for a person (never a secret). */
export interface FailureAnswer {
  ok: false;
  code: FailureCode;
  message: string;
}

/** An answer with what was asked. */
export type SuccessAnswer = TokenAnswer | ProfilesAnswer;

/** Every answer the app sends. */
export type TokenResponse = SuccessAnswer | FailureAnswer;

/** The parts of one summary in the fixed order `responseOutcome` uses. */
function summaryFields(summary: ProfileSummary): unknown[] {
  return [summary.name, summary.environment, summary.baseUrl, summary.status, summary.expiresAt, summary.isDefault];
}

/** What the app's `serverProof` covers: every field of the answer, in one fixed JSON form. */
export function responseOutcome(response: TokenResponse): string {
  if (!response.ok) return JSON.stringify([false, response.code, response.message]);
  if (response.kind === 'token') {
    return JSON.stringify([true, 'token', response.token, response.expiresAt, response.profile, response.baseUrl]);
  }
  return JSON.stringify([true, 'profiles', response.profiles.map(summaryFields)]);
}

/** Builds a failure answer. */
export function failure(code: FailureCode, message: string): FailureAnswer {
  return { ok: false, code, message };
}
