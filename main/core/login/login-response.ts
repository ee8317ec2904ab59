import { z } from 'zod';
import type { IssuedToken } from './issued-token';
import { parseJsonText } from './json-text';
import { LoginError } from './login-error';
import { resolveExpiry } from './token-expiry';

/** A bearer token must be one run of visible ASCII (once trimmed) so it can go into an Authorization header. */
const token = z.string().trim().regex(/^[!-~]+$/).optional().catch(undefined);
const expiry = z.union([z.number(), z.string()]).optional().catch(undefined);
const fields = z.object({ token, access_token: token, expires_in: expiry, expires_at: expiry });
const loginBody = fields.extend({ data: fields.optional().catch(undefined) });

const badResponse = (what: string): LoginError => new LoginError('bad-response', `Patchworks sent ${what}`);

/** The headers of a login answer that `readIssuedToken` reads. */
export interface AnswerHeaders {
  contentType: string | undefined;
  /** The `Date` header: the server's clock, used to correct absolute expiry times for clock skew. */
  serverDate: string | undefined;
}

/** Parses a 2xx JSON response into an IssuedToken, or throws a `bad-response` LoginError. */
export function readIssuedToken(bodyText: string, headers: AnswerHeaders, receivedAtMs: number): IssuedToken {
  const { contentType } = headers;
  if (contentType !== undefined && /html/i.test(contentType)) throw badResponse('a web page instead of a login answer');
  let json: unknown;
  try {
    json = parseJsonText(bodyText);
  } catch {
    throw badResponse('a login answer that is not valid JSON');
  }
  const parsed = loginBody.safeParse(json);
  if (!parsed.success) throw badResponse('a login answer in an unknown format');
  const body = parsed.data;
  const found = body.token ?? body.access_token ?? body.data?.token ?? body.data?.access_token;
  if (found === undefined) throw badResponse('a login answer without a token');
  const expiresAt = resolveExpiry(
    { expiresIn: body.expires_in ?? body.data?.expires_in, expiresAt: body.expires_at ?? body.data?.expires_at },
    found,
    { receivedAtMs, serverDate: headers.serverDate },
  );
  return { token: found, issuedAt: new Date(receivedAtMs), expiresAt };
}
