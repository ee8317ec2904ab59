import { profileNameKey } from '../../../common/settings';
import { canonicalRequestFields, clientProof, proofsMatch } from './channel-proof';
import { failure, type ProfileSummary, type TokenResponse } from './protocol';
import { requestFieldsSchema, requestProofSchema, type RequestFields } from './request-schemas';
import type { ProfileAnswer, ProfileEndpoint, TokenSource } from './token-source';

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
 * the fields as sent), then the fields, then asks `tokens`: for `profiles`, every profile's summary
 * (never a token); for a token, the profile named (regardless of case; the default one when none is
 * named), waiting up to `waitMs` while a login is in flight or the token expires within `minValidityMs`.
 * Never logs in itself; `signal` ends a wait early (the client left or the server is closing).
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
  const expected = clientProof(keys.secret, keys.serverNonce, clientNonce, canonicalRequestFields(body as Record<string, unknown>));
  if (!proofsMatch(expected, proof.data.proof)) return { response: refused(), clientNonce };
  return { response: await answerFields(body, tokens, signal), clientNonce };
}

/** Answers the proven request `body`: validates its fields, then answers its kind. */
async function answerFields(body: unknown, tokens: TokenSource, signal: AbortSignal): Promise<TokenResponse> {
  const request = requestFieldsSchema.safeParse(body);
  if (!request.success) return failure('bad-request', `The request is malformed: ${request.error.issues.map((i) => i.path.join('.')).join(', ')}`);
  if (request.data.kind === 'profiles') return answerProfiles(request.data, tokens);
  return answerToken(request.data, tokens, signal);
}

/** Every profile's summary (or only the one named), the default one first; never a token. */
function answerProfiles(request: RequestFields, tokens: TokenSource): TokenResponse {
  const endpoints = tokens.profiles();
  const wanted = request.profile === undefined ? undefined : findProfile(endpoints, request.profile);
  if (request.profile !== undefined && wanted === undefined) return unknownProfile(request.profile, endpoints);
  const profiles = endpoints.flatMap((endpoint, index): ProfileSummary[] => {
    const current = tokens.current(endpoint.name);
    if (!current || (wanted && wanted !== endpoint)) return [];
    const expiresAt = current.answer.kind === 'token' ? current.answer.expiresAt.toISOString() : null;
    return [{ name: endpoint.name, environment: endpoint.environment, baseUrl: endpoint.baseUrl, status: current.status, expiresAt, isDefault: index === 0 }];
  });
  return { ok: true, kind: 'profiles', profiles };
}

/** The failure for a profile name that matches none. */
function unknownProfile(wanted: string, endpoints: readonly ProfileEndpoint[]): TokenResponse {
  const names = endpoints.map((known) => known.name).join(', ');
  return failure('unknown-profile', `No profile named "${wanted}" (profiles: ${names || 'none'})`);
}

/** Finds the profile and settles its answer. */
async function answerToken(request: RequestFields, tokens: TokenSource, signal: AbortSignal): Promise<TokenResponse> {
  const endpoints = tokens.profiles();
  const endpoint = request.profile === undefined ? endpoints[0] : findProfile(endpoints, request.profile);
  const first = endpoint === undefined ? undefined : tokens.current(endpoint.name);
  if (endpoint === undefined || first === undefined) return unknownProfile(request.profile ?? '', endpoints);
  const wait = { waitMs: request.waitMs ?? 0, minValidityMs: request.minValidityMs ?? 0 };
  const answer = (await settle(tokens, endpoint.name, first, wait, signal)).answer;
  if (answer.kind === 'token') {
    return { ok: true, kind: 'token', token: answer.token, expiresAt: answer.expiresAt.toISOString(), profile: endpoint.name, baseUrl: endpoint.baseUrl };
  }
  return failure(answer.kind, answer.message);
}

/** The profile called `wanted`, compared regardless of case (names are unique that way). */
export function findProfile(endpoints: readonly ProfileEndpoint[], wanted: string): ProfileEndpoint | undefined {
  const key = profileNameKey(wanted);
  return endpoints.find((endpoint) => profileNameKey(endpoint.name) === key);
}

const removed: ProfileAnswer = { answer: { kind: 'signed-out', message: 'The profile was removed' }, settling: false, status: 'signed-out' };

/** True while `current` may still improve: a login in flight, or a token that expires within `minValidityMs`. */
function unsettled(current: ProfileAnswer, minValidityMs: number): boolean {
  if (current.settling) return true;
  return current.answer.kind === 'token' && current.answer.expiresAt.getTime() - Date.now() < minValidityMs;
}

/** Waits for state changes while the answer is unsettled, until `waitMs` pass or `signal` aborts. */
export async function settle(
  tokens: TokenSource,
  profile: string,
  first: ProfileAnswer,
  wait: { waitMs: number; minValidityMs: number },
  signal: AbortSignal,
): Promise<ProfileAnswer> {
  let current = first;
  if (!unsettled(current, wait.minValidityMs) || wait.waitMs <= 0) return current;
  const deadline = new AbortController();
  const timer = setTimeout(() => deadline.abort(), wait.waitMs);
  const stop = (): void => deadline.abort();
  signal.addEventListener('abort', stop, { once: true });
  try {
    while (unsettled(current, wait.minValidityMs) && !deadline.signal.aborted) {
      await tokens.nextChange(profile, deadline.signal);
      current = tokens.current(profile) ?? removed;
    }
    return current;
  } finally {
    clearTimeout(timer);
    signal.removeEventListener('abort', stop);
  }
}
