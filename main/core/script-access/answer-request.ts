import { profileNameKey } from '../../../common/settings';
import { canonicalRequestFields, clientProof, proofsMatch } from './channel-proof';
import { failure, requestProofSchema, tokenRequestSchema, type TokenResponse } from './protocol';
import type { ProfileAnswer, TokenSource } from './token-source';

/** What the connection knows when a request arrives: the shared secret and the nonce it greeted with. */
export interface ChannelKeys {
  secret: string;
  serverNonce: string;
}

/** An answer plus the client nonce it is bound to ('' when the request carried none). */
export interface AnsweredRequest {
  response: TokenResponse;
  clientNonce: string;
}

/** The refusal for a request without a valid proof of the secret. */
const refused = (): TokenResponse => failure('refused', 'The request did not prove it knows the current script-access secret');

/**
 * Answers one request line: checks its proof first (constant time, bound to this connection's nonce and
 * the fields as sent), then the fields, then asks `tokens` for the profile (named regardless of case; the
 * default one when none is named), waiting up to `waitMs` while a login is in flight. Never logs in
 * itself; `signal` ends a wait early (the client left or the server is closing).
 */
export async function answerRequest(line: string, keys: ChannelKeys, tokens: TokenSource, signal: AbortSignal): Promise<AnsweredRequest> {
  let body: unknown;
  try {
    body = JSON.parse(line);
  } catch {
    return { response: failure('bad-request', 'The request is not JSON'), clientNonce: '' };
  }
  const proof = requestProofSchema.safeParse(body);
  if (!proof.success) return { response: refused(), clientNonce: '' };
  const { clientNonce } = proof.data;
  const fields = body as Record<string, unknown>;
  const expected = clientProof(keys.secret, keys.serverNonce, clientNonce, canonicalRequestFields(fields.profile, fields.waitMs));
  if (!proofsMatch(expected, proof.data.proof)) return { response: refused(), clientNonce };
  return { response: await answerFields(body, tokens, signal), clientNonce };
}

/** Answers the proven request `body`: validates its fields, then finds the profile and settles its answer. */
async function answerFields(body: unknown, tokens: TokenSource, signal: AbortSignal): Promise<TokenResponse> {
  const request = tokenRequestSchema.safeParse(body);
  if (!request.success) return failure('bad-request', `The request is malformed: ${request.error.issues.map((i) => i.path.join('.')).join(', ')}`);
  const names = tokens.profiles();
  const profile = request.data.profile === undefined ? names[0] : findProfile(names, request.data.profile);
  const first = profile === undefined ? undefined : tokens.current(profile);
  if (profile === undefined || first === undefined) {
    return failure('unknown-profile', `No profile named "${request.data.profile ?? ''}" (profiles: ${names.join(', ') || 'none'})`);
  }
  const settled = await settle(tokens, profile, first, request.data.waitMs ?? 0, signal);
  const answer = settled.answer;
  if (answer.kind === 'token') return { ok: true, token: answer.token, expiresAt: answer.expiresAt.toISOString(), profile };
  return failure(answer.kind, answer.message);
}

/** The profile called `wanted`, compared regardless of case (names are unique that way). */
export function findProfile(names: readonly string[], wanted: string): string | undefined {
  const key = profileNameKey(wanted);
  return names.find((name) => profileNameKey(name) === key);
}

const removed: ProfileAnswer = { answer: { kind: 'signed-out', message: 'The profile was removed' }, settling: false };

/** Waits for state changes while the answer is settling, until `waitMs` pass or `signal` aborts. */
export async function settle(tokens: TokenSource, profile: string, first: ProfileAnswer, waitMs: number, signal: AbortSignal): Promise<ProfileAnswer> {
  let current = first;
  if (!current.settling || waitMs <= 0) return current;
  const deadline = new AbortController();
  const timer = setTimeout(() => deadline.abort(), waitMs);
  const stop = (): void => deadline.abort();
  signal.addEventListener('abort', stop, { once: true });
  try {
    while (current.settling && !deadline.signal.aborted) {
      await tokens.nextChange(profile, deadline.signal);
      current = tokens.current(profile) ?? removed;
    }
    return current;
  } finally {
    clearTimeout(timer);
    signal.removeEventListener('abort', stop);
  }
}
