import { createHmac, randomBytes } from 'node:crypto';
import { connect } from 'node:net';

// The channel's protocol written out again from its specification (cli/README.md), independently of the
// app's code, so the tests check the app against the spec rather than against itself.

/** HMAC-SHA256 keyed with the 32-byte secret (64 hex digits) over `label` and `parts`, one per line, base64url. */
function hmac(secret: string, label: string, parts: readonly string[]): string {
  return createHmac('sha256', Buffer.from(secret, 'hex')).update([label, ...parts].join('\n')).digest('base64url');
}

/** A fresh 32-byte client nonce, base64url. */
export const freshNonce = (): string => randomBytes(32).toString('base64url');

/** The request fields a proof covers, as the spec fixes them: JSON of `[kind, profile, waitMs, minValidityMs]`, null when left out. */
const canonical = (fields: RequestFields): string =>
  JSON.stringify([fields.kind ?? null, fields.profile ?? null, fields.waitMs ?? null, fields.minValidityMs ?? null]);

/** The `proof` a client with `secret` sends for `fields` after the greeting nonce `serverNonce`. */
export function proofFor(secret: string, serverNonce: string, clientNonce: string, fields: RequestFields): string {
  return hmac(secret, 'patchworks-token/v2/client', [serverNonce, clientNonce, canonical(fields)]);
}

/** What the spec says `serverProof` covers: the answer's fields as one JSON array. */
export function outcomeOf(answer: Record<string, unknown>): string {
  if (answer.ok !== true) return JSON.stringify([false, answer.code, answer.message]);
  if (answer.kind === 'token') return JSON.stringify([true, 'token', answer.token, answer.expiresAt, answer.profile, answer.baseUrl]);
  const summaries = answer.profiles as Record<string, unknown>[];
  return JSON.stringify([true, 'profiles', summaries.map((p) => [p.name, p.environment, p.baseUrl, p.status, p.expiresAt, p.isDefault])]);
}

/** The `serverProof` the app owes for an answer whose fields, as the spec's JSON array, are `outcome`. */
export function serverProofFor(secret: string, serverNonce: string, clientNonce: string, outcome: string): string {
  return hmac(secret, 'patchworks-token/v2/server', [serverNonce, clientNonce, outcome]);
}

/** A request's own fields (any JSON, to test malformed ones too). */
export interface RequestFields {
  kind?: unknown;
  profile?: unknown;
  waitMs?: unknown;
  minValidityMs?: unknown;
}

/** What one connection produced: the greeting's nonce and everything the app sent after the greeting. */
export interface Conversation {
  serverNonce: string;
  rest: string;
}

/**
 * Connects, waits for the greeting line `{"v":2,"nonce":…}`, sends `reply(nonce)` as it is (then ends the
 * sending side if `end`), and resolves with everything the app sent after the greeting once it hangs up.
 */
export function converse(socketPath: string, reply: (serverNonce: string) => string, end = false): Promise<Conversation> {
  return new Promise((resolve, reject) => {
    const socket = connect(socketPath);
    let received = '';
    let serverNonce: string | undefined;
    socket.on('data', (chunk: Buffer) => {
      received += chunk.toString('utf8');
      const newline = received.indexOf('\n');
      if (serverNonce !== undefined || newline === -1) return;
      const greeting = JSON.parse(received.slice(0, newline)) as { v: unknown; nonce: unknown };
      if (greeting.v !== 2 || typeof greeting.nonce !== 'string' || !/^[\w-]{43}$/.test(greeting.nonce)) {
        return reject(new Error(`unexpected greeting ${received.slice(0, newline)}`));
      }
      serverNonce = greeting.nonce;
      received = received.slice(newline + 1);
      const bytes = reply(serverNonce);
      if (end) socket.end(bytes);
      else socket.write(bytes);
    });
    socket.on('error', (error: NodeJS.ErrnoException) => {
      // The app may close while a large request is still being written; what it answered still counts.
      if (error.code === 'EPIPE' || error.code === 'ECONNRESET') return;
      reject(error);
    });
    socket.on('close', () => (serverNonce === undefined ? reject(new Error('no greeting')) : resolve({ serverNonce, rest: received })));
  });
}

/** After the greeting, sends `bytes` as they are and resolves with the app's answer text. */
export async function sendRaw(socketPath: string, bytes: string, end = false): Promise<string> {
  return (await converse(socketPath, () => bytes, end)).rest;
}

/** A parsed answer line with its `serverProof` split off. */
export interface ProvenAnswer {
  answer: Record<string, unknown>;
  serverProof: unknown;
}

/** Parses one answer line (exactly one), splitting off `serverProof`. */
export function parseAnswer(text: string): ProvenAnswer {
  if (!/^[^\n]+\n$/.test(text)) throw new Error(`expected one answer line, got ${JSON.stringify(text.slice(0, 200))}`);
  const { serverProof, ...answer } = JSON.parse(text) as Record<string, unknown>;
  return { answer, serverProof };
}

/**
 * Sends a correctly proven request for `fields` with `secret` and returns the answer without its
 * `serverProof`, after checking that proof against the same secret (throws if it does not hold).
 */
export async function ask(socketPath: string, secret: string, fields: RequestFields = {}): Promise<Record<string, unknown>> {
  const clientNonce = freshNonce();
  const { serverNonce, rest } = await converse(socketPath, (nonce) => `${JSON.stringify({ clientNonce, proof: proofFor(secret, nonce, clientNonce, fields), ...fields })}\n`);
  const { answer, serverProof } = parseAnswer(rest);
  if (serverProof !== serverProofFor(secret, serverNonce, clientNonce, outcomeOf(answer))) throw new Error(`the answer's serverProof does not hold: ${rest}`);
  return answer;
}
