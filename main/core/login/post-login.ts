import { once } from 'node:events';
import type { ClientRequest } from 'node:http';
import got, { type Response } from 'got';
import { loginAgent, watchPeer, type PeerWatch } from './login-agent';
import type { ProxyRoute } from './proxy-route';

/** The most a login answer may be; larger ones are refused while streaming. */
export const MAX_RESPONSE_BYTES = 1024 * 1024;

/** A login answer: status, the headers the client uses, and the body unless it was too large. */
export interface LoginReply {
  status: number;
  contentType?: string;
  retryAfter?: string;
  /** The server's clock when it answered (`Date` header), for correcting absolute expiry times. */
  date?: string;
  /** The body as UTF-8; undefined when it was over MAX_RESPONSE_BYTES (or is not read, for 3xx). */
  bodyText?: string;
}

/** What to send: the login URL, the credentials, the whole-request budget and an optional signal. */
export interface LoginPost {
  url: URL;
  email: string;
  password: string;
  timeoutMs: number;
  signal?: AbortSignal;
  /** How to reach Patchworks; Node's default agent (direct) when absent. */
  route?: ProxyRoute;
  /** The roots to trust (see `trustedCertificates`); Node's defaults when absent. */
  ca?: readonly string[];
  /** Filled with the issuer of the certificate the server presented, when the handshake got that far. */
  peer?: PeerWatch;
}

/** Reads the body, stopping (and dropping the connection) as soon as it passes the size limit. */
async function readLimited(stream: AsyncIterable<Buffer> & { destroy(): void }): Promise<string | undefined> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of stream) {
    size += chunk.length;
    if (size > MAX_RESPONSE_BYTES) {
      stream.destroy();
      return undefined;
    }
    chunks.push(chunk);
  }
  return Buffer.concat(chunks).toString('utf8');
}

/**
 * POSTs the credentials as JSON with got: no retries, no redirects followed, HTTP errors returned
 * rather than thrown, one budget for the whole request. Rejects with got's own errors on failure.
 */
export async function postLogin(post: LoginPost): Promise<LoginReply> {
  const stream = got.stream.post(post.url, {
    json: { email: post.email, password: post.password },
    headers: { accept: 'application/json' },
    followRedirect: false,
    throwHttpErrors: false,
    retry: { limit: 0 },
    timeout: { request: post.timeoutMs },
    ...(post.signal && { signal: post.signal }),
    ...(post.url.protocol === 'https:' && (post.route || post.ca) && { agent: { https: loginAgent(post.route ?? { kind: 'direct', source: 'system' }, post.ca) } }),
  });
  if (post.peer) {
    const peer = post.peer;
    stream.once('request', (request: ClientRequest) => watchPeer(request, peer));
  }
  const [response] = (await once(stream, 'response')) as [Response];
  const reply: LoginReply = {
    status: response.statusCode,
    ...(response.headers['content-type'] !== undefined && { contentType: response.headers['content-type'] }),
    ...(response.headers['retry-after'] !== undefined && { retryAfter: response.headers['retry-after'] }),
    ...(response.headers.date !== undefined && { date: response.headers.date }),
  };
  const declaredSize = Number(response.headers['content-length'] ?? 0);
  if ((reply.status >= 300 && reply.status < 400) || declaredSize > MAX_RESPONSE_BYTES) {
    stream.destroy();
    return reply;
  }
  const bodyText = await readLimited(stream);
  return bodyText === undefined ? reply : { ...reply, bodyText };
}
