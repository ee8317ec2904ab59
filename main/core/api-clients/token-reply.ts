import { findProfile, settle } from '../script-access/answer-request';
import type { TokenSource } from '../script-access/token-source';
import { errorReply, type HttpReply } from './http-reply';
import { MAX_REFRESH_WAIT_MS } from './http-contract';

/**
 * The answer for a checked request, from the script channel's read-only token source: the profile named
 * (regardless of case; the default one without a name), waiting up to `MAX_REFRESH_WAIT_MS` while a login
 * is in flight (never starting one). 200 with `{token, authorization, expiresAt, profile, baseUrl}`; 404
 * naming the profiles; 409 with the reason.
 */
export async function tokenReply(wanted: string | undefined, tokens: TokenSource, signal: AbortSignal): Promise<HttpReply> {
  const endpoints = tokens.profiles();
  const endpoint = wanted === undefined ? endpoints[0] : findProfile(endpoints, wanted);
  const first = endpoint === undefined ? undefined : tokens.current(endpoint.name);
  if (endpoint === undefined || first === undefined) {
    const names = endpoints.map((known) => known.name);
    const message = wanted === undefined ? 'There are no profiles yet' : `No profile named "${wanted}" (profiles: ${names.join(', ') || 'none'})`;
    return errorReply(404, 'unknown-profile', message, { profiles: names });
  }
  const { answer } = await settle(tokens, endpoint.name, first, { waitMs: MAX_REFRESH_WAIT_MS, minValidityMs: 0 }, signal);
  if (answer.kind !== 'token') return errorReply(409, answer.kind, answer.message, { profile: endpoint.name });
  return {
    status: 200,
    body: {
      token: answer.token,
      authorization: `Bearer ${answer.token}`,
      expiresAt: answer.expiresAt.toISOString(),
      profile: endpoint.name,
      baseUrl: endpoint.baseUrl,
    },
  };
}
