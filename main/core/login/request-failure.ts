import { AbortError, TimeoutError } from 'got';
import { proxyRefusalStatus } from './connect-failure';
import { proxyAddress, type ProxyRoute } from './proxy-route';
import { durationText } from './duration-text';
import { LoginError } from './login-error';

/** What the request was, for wording the failure. */
export interface FailureContext {
  host: string;
  timeoutMs: number;
  signal?: AbortSignal;
  /** How the request went; direct when absent. */
  route?: ProxyRoute;
  /** The common name of whoever issued the certificate Patchworks' address presented, when it was seen. */
  peerIssuer?: string;
}

const REASONS: ReadonlyArray<[RegExp, string]> = [
  [/^(ENOTFOUND|EAI_AGAIN|EAI_FAIL|EAI_NONAME)$/, 'the address was not found'],
  [/^ECONNREFUSED$/, 'the connection was refused'],
  [/^(ECONNRESET|EPIPE|ECONNABORTED|ERR_STREAM_PREMATURE_CLOSE)$/, 'the connection was dropped'],
  [/^(ENETUNREACH|EHOSTUNREACH|ENETDOWN|EHOSTDOWN|ETIMEDOUT)$/, 'the network is unreachable'],
  [/^(EPROTO|ERR_SSL_|ERR_TLS_|CERT_|DEPTH_ZERO|SELF_SIGNED|UNABLE_TO_|HOSTNAME_MISMATCH|ERR_OSSL)/, 'the secure connection failed'],
];

/** Failures to open a connection at all: through a proxy, it is the proxy that could not be reached. */
const NOT_REACHED = /^(ENOTFOUND|EAI_AGAIN|EAI_FAIL|EAI_NONAME|ECONNREFUSED|ENETUNREACH|EHOSTUNREACH|ENETDOWN|EHOSTDOWN|ETIMEDOUT)$/;

/** Certificate errors that mean "no trusted root vouches for this certificate". */
const UNTRUSTED = /^(UNABLE_TO_VERIFY_LEAF_SIGNATURE|UNABLE_TO_GET_ISSUER_CERT|UNABLE_TO_GET_ISSUER_CERT_LOCALLY|SELF_SIGNED_CERT_IN_CHAIN|DEPTH_ZERO_SELF_SIGNED_CERT|CERT_UNTRUSTED|CERT_SIGNATURE_FAILURE)$/;

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

/** The certificate failures worth their own words, or undefined for the others. */
function certificateFailure(code: string, context: FailureContext, cause: Error): LoginError | undefined {
  const viaProxy = context.route?.kind === 'proxy';
  if (UNTRUSTED.test(code)) {
    const issuer = context.peerIssuer === undefined ? '' : ` (issued by ${context.peerIssuer})`;
    const inspecting = viaProxy ? 'The proxy or a security tool on this network may be inspecting TLS: add' : 'If your company inspects TLS, add';
    return new LoginError(
      'untrusted-certificate',
      `The certificate of ${context.host} is not trusted${issuer}. ${inspecting} its root certificate to the system's certificate store, or choose it as the CA file in Preferences → Network.`,
      { cause },
    );
  }
  if (code === 'CERT_HAS_EXPIRED') {
    return new LoginError('untrusted-certificate', `The certificate of ${context.host} has expired; check the computer's clock, or tell Patchworks support.`, { cause });
  }
  if (code === 'ERR_TLS_CERT_ALTNAME_INVALID') {
    return new LoginError('untrusted-certificate', `The certificate ${context.host} presented is for another name; check the Patchworks address.`, { cause });
  }
  return undefined;
}

/** The proxy's own failures: refused the CONNECT, or could not be reached. Undefined when direct. */
function proxyFailure(error: unknown, code: string, context: FailureContext, cause: Error): LoginError | undefined {
  if (context.route?.kind !== 'proxy') return undefined;
  const proxy = proxyAddress(context.route.proxy);
  const status = proxyRefusalStatus(error);
  if (status !== undefined) {
    return new LoginError('network', `The proxy at ${proxy} could not connect to Patchworks at ${context.host} (it answered HTTP ${status})`, { cause });
  }
  if (NOT_REACHED.test(code)) {
    const reason = REASONS.find(([pattern]) => pattern.test(code))?.[1] ?? 'the connection failed';
    return new LoginError('proxy-unreachable', `Could not reach the proxy at ${proxy}: ${reason}. Check the proxy setting (${sourceText(context.route)}).`, { cause });
  }
  return undefined;
}

/** Where the proxy setting in use came from, in words. */
export function sourceText(route: ProxyRoute): string {
  switch (route.source) {
    case 'environment':
      return 'HTTPS_PROXY in the environment';
    case 'preferences':
      return 'Preferences → Network';
    case 'system':
      return "the system's proxy settings";
    case 'loopback':
      return 'none for this computer';
  }
}

/**
 * Maps a failure to send the request or read the answer to a LoginError that names the cause:
 * `timeout`, `aborted`, `untrusted-certificate`, `proxy-unreachable`, or `network`. (A proxy asking
 * for credentials is told apart by `login()`, which can ask the proxy what it wants.)
 */
export function errorForFailure(error: unknown, context: FailureContext): LoginError {
  const cause = scrubbedCause(error);
  const through = context.route?.kind === 'proxy' ? ` through the proxy at ${proxyAddress(context.route.proxy)}` : '';
  if (error instanceof TimeoutError) {
    return new LoginError('timeout', `Patchworks did not answer within ${durationText(context.timeoutMs)}${through}`, { cause });
  }
  if (error instanceof AbortError || context.signal?.aborted) {
    return new LoginError('aborted', 'The login was cancelled', { cause });
  }
  const code = codeOf(error) ?? '';
  const specific = certificateFailure(code, context, cause) ?? proxyFailure(error, code, context, cause);
  if (specific) return specific;
  const reason = REASONS.find(([pattern]) => pattern.test(code))?.[1] ?? 'the connection failed';
  return new LoginError('network', `Could not reach Patchworks at ${context.host}${through}: ${reason}`, { cause });
}
