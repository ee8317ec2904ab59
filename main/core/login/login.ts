import type { IssuedToken } from './issued-token';
import { proxyRefusalStatus } from './connect-failure';
import type { PeerWatch } from './login-agent';
import { proxyAuthError } from './proxy-auth-error';
import { proxyChallenge } from './proxy-challenge';
import type { ProxyRoute } from './proxy-route';
import { LoginError } from './login-error';
import { readIssuedToken } from './login-response';
import { loginUrl } from './login-url';
import { MAX_RESPONSE_BYTES, postLogin, type LoginReply } from './post-login';
import { errorForFailure } from './request-failure';
import { errorForStatus } from './status-error';

/** The default whole-request budget of a login. */
export const DEFAULT_LOGIN_TIMEOUT_MS = 15_000;

/** What `login()` needs: the environment's base URL, the credentials, and optionally a signal and a budget. */
export interface LoginRequest {
  baseUrl: string;
  email: string;
  password: string;
  signal?: AbortSignal;
  /** Whole-request budget in milliseconds; default 15 000. */
  timeoutMs?: number;
  /** How to reach Patchworks (see `resolveRoute`); direct when absent. */
  route?: ProxyRoute;
  /** The roots to trust (see `trustedCertificates`); Node's defaults when absent. */
  ca?: readonly string[];
}

async function send(request: LoginRequest, url: URL, timeoutMs: number): Promise<LoginReply> {
  const peer: PeerWatch = {};
  const { route, ca, signal } = request;
  try {
    return await postLogin({
      url,
      email: request.email,
      password: request.password,
      timeoutMs,
      peer,
      ...(signal && { signal }),
      ...(route && { route }),
      ...(ca && { ca }),
    });
  } catch (error) {
    if (route?.kind === 'proxy' && proxyRefusalStatus(error) === 407) {
      const schemes = await proxyChallenge(route.proxy, url, ca, signal);
      if (signal?.aborted) throw new LoginError('aborted', 'The login was cancelled');
      throw proxyAuthError(route, schemes);
    }
    throw errorForFailure(error, {
      host: url.host,
      timeoutMs,
      ...(signal && { signal }),
      ...(route && { route }),
      ...(peer.issuer !== undefined && { peerIssuer: peer.issuer }),
    });
  }
}

/**
 * Logs in to Patchworks (`POST {baseUrl}/api/v1/login`) and returns the bearer token with its expiry.
 * Every failure is a LoginError whose message is written for a person and holds no secret.
 */
export async function login(request: LoginRequest): Promise<IssuedToken> {
  const timeoutMs = request.timeoutMs ?? DEFAULT_LOGIN_TIMEOUT_MS;
  if (!(timeoutMs > 0)) throw new RangeError('login: timeoutMs must be a positive number of milliseconds');
  const url = loginUrl(request.baseUrl);
  if (request.signal?.aborted) throw new LoginError('aborted', 'The login was cancelled');

  const reply = await send(request, url, timeoutMs);
  const receivedAtMs = Date.now();
  if (reply.status < 200 || reply.status >= 300) throw errorForStatus(reply, [request.password], receivedAtMs);
  if (reply.bodyText === undefined) {
    throw new LoginError('bad-response', `Patchworks sent an answer larger than ${MAX_RESPONSE_BYTES / 1024 / 1024} MiB`, {
      status: reply.status,
    });
  }
  return readIssuedToken(reply.bodyText, { contentType: reply.contentType, serverDate: reply.date }, receivedAtMs);
}
