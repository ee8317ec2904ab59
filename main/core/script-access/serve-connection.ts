import type { Socket } from 'node:net';
import { answerRequest, type AnsweredRequest } from './answer-request';
import { newNonce, serverProof } from './channel-proof';
import { ANSWER_FLUSH_MS, MAX_REQUEST_BYTES, PROTOCOL_VERSION, REQUEST_READ_TIMEOUT_MS, failure, responseOutcome, type Greeting } from './protocol';
import { readLine } from './read-line';
import type { TokenSource } from './token-source';

/** What every connection of one running channel shares. */
export interface ConnectionContext {
  /** The request secret (never sent: both sides prove they know it). */
  secret: string;
  tokens: TokenSource;
  /** Aborts when the channel closes. */
  closing: AbortSignal;
  /** Receives one secret-free line per refused or malformed request and per fault. */
  log: (line: string) => void;
}

/**
 * Serves one connection: greets with a fresh nonce (used for this one request only), reads one request
 * (within `REQUEST_READ_TIMEOUT_MS` of connecting), answers it with one JSON line carrying
 * `serverProof`, and closes the connection (see `answerAndClose`).
 */
export async function serveConnection(socket: Socket, context: ConnectionContext): Promise<void> {
  const serverNonce = newNonce();
  const greeting: Greeting = { v: PROTOCOL_VERSION, nonce: serverNonce };
  socket.write(`${JSON.stringify(greeting)}\n`);
  const answered = await readAndAnswer(socket, serverNonce, context);
  if (answered === undefined) {
    socket.destroy();
    return;
  }
  const { response, clientNonce } = answered;
  if (!response.ok && (response.code === 'refused' || response.code === 'bad-request')) {
    context.log(`script access: ${response.code}: ${response.message}`);
  }
  const proof = serverProof(context.secret, serverNonce, clientNonce, responseOutcome(response));
  answerAndClose(socket, `${JSON.stringify({ ...response, serverProof: proof })}\n`);
}

/**
 * Sends the last line and closes the connection completely once it is written, or after
 * `ANSWER_FLUSH_MS` for a client that does not read: a half-close alone would leave the connection
 * open for as long as the client likes (bytes after its request, or a client that never closes).
 */
export function answerAndClose(socket: Socket, line: string): void {
  if (socket.destroyed) return;
  const timer = setTimeout(() => socket.destroy(), ANSWER_FLUSH_MS);
  timer.unref();
  socket.once('close', () => clearTimeout(timer));
  socket.end(line, () => socket.destroy());
}

/** Reads the request line and answers it; undefined when the client left before sending a whole line. */
async function readAndAnswer(socket: Socket, serverNonce: string, context: ConnectionContext): Promise<AnsweredRequest | undefined> {
  const line = await readLine(socket, MAX_REQUEST_BYTES, REQUEST_READ_TIMEOUT_MS);
  switch (line.kind) {
    case 'closed':
      return undefined;
    case 'too-large':
      return { response: failure('refused', `The request is larger than ${MAX_REQUEST_BYTES} bytes`), clientNonce: '' };
    case 'timeout':
      return { response: failure('bad-request', 'No complete request arrived in time'), clientNonce: '' };
    case 'line':
      break;
  }
  const left = new AbortController();
  const onLeave = (): void => left.abort();
  socket.once('close', onLeave);
  context.closing.addEventListener('abort', onLeave, { once: true });
  try {
    return await answerRequest(line.text, { secret: context.secret, serverNonce }, context.tokens, left.signal);
  } catch {
    context.log('script access: a request failed unexpectedly');
    return { response: failure('bad-request', 'The request could not be answered'), clientNonce: '' };
  } finally {
    socket.off('close', onLeave);
    context.closing.removeEventListener('abort', onLeave);
  }
}
