import { findProfile, settle } from '../script-access/answer-request';
import type { TokenSource } from '../script-access/token-source';
import { errorReply, type HttpReply } from './http-reply';
import { MAX_REFRESH_WAIT_MS } from './http-contract';

/** Where the endpoint reads tokens: the script channel's read-only source plus each profile's base URL. */
export interface ApiTokenSource extends TokenSource {
  /** The Patchworks base URL the profile's token is for. */
  baseUrl(profile: string): string;
}

/**
 * The answer for a checked request: the profile named (regardless of case; the default one without a
 * name), waiting up to `MAX_REFRESH_WAIT_MS` while a login is in flight (never starting one). 200 with
 * `{token, authorization, expiresAt, profile, baseUrl}`; 404 naming the profiles; 409 with the reason.
 */
export async function tokenReply(wanted: string | undefined, tokens: ApiTokenSource, signal: AbortSignal): Promise<HttpReply> {
  const names = tokens.profiles();
  const profile = wanted === undefined ? names[0] : findProfile(names, wanted);
  const first = profile === undefined ? undefined : tokens.current(profile);
  if (profile === undefined || first === undefined) {
    const message = wanted === undefined ? 'There are no profiles yet' : `No profile named "${wanted}" (profiles: ${names.join(', ') || 'none'})`;
    return errorReply(404, 'unknown-profile', message, { profiles: [...names] });
  }
  const { answer } = await settle(tokens, profile, first, MAX_REFRESH_WAIT_MS, signal);
  if (answer.kind !== 'token') return errorReply(409, answer.kind, answer.message, { profile });
  return {
    status: 200,
    body: {
      token: answer.token,
      authorization: `Bearer ${answer.token}`,
      expiresAt: answer.expiresAt.toISOString(),
      profile,
      baseUrl: tokens.baseUrl(profile),
    },
  };
}
