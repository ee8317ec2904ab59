import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { listenFailure } from './api-clients-error';
import { BASE_HEADERS, errorReply, type HttpReply } from './http-reply';
import { LISTEN_HOST, REQUESTS_PER_MINUTE } from './http-contract';
import { checkRequest } from './request-checks';
import { RequestLimiter } from './request-limiter';
import type { TokenSource } from '../script-access/token-source';
import { tokenReply } from './token-reply';

/** Most connections served at once. */
const MAX_CONNECTIONS = 64;
/** How long a client may take to send its request head. */
const HEADERS_TIMEOUT_MS = 5_000;

/** What `startApiClientsServer` needs. */
export interface ApiClientsServerOptions {
  /** The port on 127.0.0.1; never replaced by another one. */
  port: number;
  /** The current key, read on every request (so a rotation refuses the old key at once). */
  key: () => string;
  tokens: TokenSource;
  /** Receives one secret-free line per unexpected fault; the key and tokens never reach it. */
  log?: (line: string) => void;
}

/** A running endpoint. */
export interface ApiClientsServer {
  readonly port: number;
  /** Stops listening and ends open connections and waits; safe to call twice. */
  close(): Promise<void>;
}

/**
 * Starts the API-client endpoint on 127.0.0.1:`port` (never another address or port): each request is
 * checked (`checkRequest`), counted per key (`RequestLimiter`), then answered from `tokens` (`tokenReply`).
 * Rejects with an `ApiClientsError` when the port is taken or refused.
 */
export async function startApiClientsServer(options: ApiClientsServerOptions): Promise<ApiClientsServer> {
  const { port, key, tokens } = options;
  const log = options.log ?? (() => undefined);
  const limiter = new RequestLimiter(REQUESTS_PER_MINUTE);
  const closing = new AbortController();

  const answer = async (request: IncomingMessage, signal: AbortSignal): Promise<HttpReply> => {
    const current = key();
    const checked = checkRequest(request, port, current);
    if (!checked.ok) return checked.reply;
    const verdict = await limiter.take(current);
    if (!verdict.ok) {
      const seconds = String(verdict.retryAfterSeconds);
      return errorReply(429, 'too-many-requests', `At most ${REQUESTS_PER_MINUTE} requests a minute; try again in ${seconds} s`, {}, { 'Retry-After': seconds });
    }
    return tokenReply(checked.profile, tokens, signal);
  };

  const server = createServer((request, response) => {
    const left = new AbortController();
    const leave = (): void => left.abort();
    response.once('close', leave);
    closing.signal.addEventListener('abort', leave, { once: true });
    answer(request, left.signal)
      .catch(() => {
        log('api clients: a request failed unexpectedly');
        return errorReply(500, 'internal', 'The request could not be answered');
      })
      .then((reply) => send(response, reply))
      .finally(() => closing.signal.removeEventListener('abort', leave));
  });
  server.maxConnections = MAX_CONNECTIONS;
  server.headersTimeout = HEADERS_TIMEOUT_MS;
  server.requestTimeout = HEADERS_TIMEOUT_MS;
  await listen(server, port);

  let closed: Promise<void> | undefined;
  return {
    port,
    close() {
      closed ??= new Promise<void>((resolve) => {
        closing.abort();
        server.close(() => resolve());
        server.closeAllConnections();
      });
      return closed;
    },
  };
}

/** Writes `reply` with the base headers, unless the client already left. */
function send(response: ServerResponse, reply: HttpReply): void {
  if (response.destroyed) return;
  const body = JSON.stringify(reply.body);
  response.writeHead(reply.status, { ...BASE_HEADERS, ...reply.headers, 'Content-Length': Buffer.byteLength(body) });
  response.end(body);
}

function listen(server: Server, port: number): Promise<void> {
  return new Promise((resolve, reject) => {
    server.once('error', (error) => reject(listenFailure(error, port) ?? error));
    server.listen({ host: LISTEN_HOST, port, exclusive: true }, () => {
      server.removeAllListeners('error');
      server.on('error', () => undefined);
      resolve();
    });
  });
}
