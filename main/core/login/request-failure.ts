import { AbortError, TimeoutError } from 'got';
import { durationText } from './duration-text';
import { LoginError } from './login-error';

/** What the request was, for wording the failure. */
export interface FailureContext {
  host: string;
  timeoutMs: number;
  signal?: AbortSignal;
}

const REASONS: ReadonlyArray<[RegExp, string]> = [
  [/^(ENOTFOUND|EAI_AGAIN|EAI_FAIL|EAI_NONAME)$/, 'the address was not found'],
  [/^ECONNREFUSED$/, 'the connection was refused'],
  [/^(ECONNRESET|EPIPE|ECONNABORTED|ERR_STREAM_PREMATURE_CLOSE)$/, 'the connection was dropped'],
  [/^(ENETUNREACH|EHOSTUNREACH|ENETDOWN|EHOSTDOWN)$/, 'the network is unreachable'],
  [/^(EPROTO|ERR_SSL_|ERR_TLS_|CERT_|DEPTH_ZERO|SELF_SIGNED|UNABLE_TO_|HOSTNAME_MISMATCH|ERR_OSSL)/, 'the secure connection failed'],
];

const codeOf = (error: unknown): string | undefined => {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' ? code : undefined;
};

/**
 * A stand-in for got's error that keeps only its name and code: got's errors carry the request
 * options, and so the JSON body with the password, which must never travel with a LoginError.
 */
function scrubbedCause(error: unknown): Error {
  const code = codeOf(error);
  const cause = new Error(code ?? 'request failed');
  cause.name = error instanceof Error ? error.name : 'Error';
  return cause;
}

/** Maps a failure to send the request or read the answer to a `timeout`, `aborted` or `network` LoginError. */
export function errorForFailure(error: unknown, context: FailureContext): LoginError {
  const cause = scrubbedCause(error);
  if (error instanceof TimeoutError) {
    return new LoginError('timeout', `Patchworks did not answer within ${durationText(context.timeoutMs)}`, { cause });
  }
  if (error instanceof AbortError || context.signal?.aborted) {
    return new LoginError('aborted', 'The login was cancelled', { cause });
  }
  const code = codeOf(error) ?? '';
  const reason = REASONS.find(([pattern]) => pattern.test(code))?.[1] ?? 'the connection failed';
  return new LoginError('network', `Could not reach Patchworks at ${context.host}: ${reason}`, { cause });
}
