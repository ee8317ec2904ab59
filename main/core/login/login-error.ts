/** Why a login attempt failed; drives the keeper's retry policy and the message shown to the user. */
export type LoginErrorKind =
  | 'invalid-credentials'
  | 'rate-limited'
  | 'server'
  | 'network'
  | 'timeout'
  | 'bad-response'
  | 'insecure-url'
  | 'proxy-settings'
  | 'proxy-unreachable'
  | 'proxy-auth'
  | 'untrusted-certificate'
  | 'aborted';

/** Extra facts a login failure may carry. */
export interface LoginErrorDetails {
  status?: number;
  retryAfterMs?: number;
  fieldErrors?: Record<string, string[]>;
  cause?: unknown;
}

/**
 * A failed login. Its message is written for a person and never contains the password or a token;
 * callers must only pass messages they have built themselves or have redacted.
 */
export class LoginError extends Error {
  override readonly name = 'LoginError';
  readonly kind: LoginErrorKind;
  readonly status?: number;
  readonly retryAfterMs?: number;
  readonly fieldErrors?: Record<string, string[]>;

  constructor(kind: LoginErrorKind, message: string, details: LoginErrorDetails = {}) {
    super(message, details.cause === undefined ? undefined : { cause: details.cause });
    this.kind = kind;
    if (details.status !== undefined) this.status = details.status;
    if (details.retryAfterMs !== undefined) this.retryAfterMs = details.retryAfterMs;
    if (details.fieldErrors !== undefined) this.fieldErrors = details.fieldErrors;
  }
}
