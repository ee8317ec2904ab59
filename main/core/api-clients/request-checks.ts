import { apiKeysMatch } from './api-key';
import { errorReply, type HttpReply } from './http-reply';
import { KEY_HEADER, TOKEN_PATH } from './http-contract';

/** The parts of an incoming request the checks read (Node's `IncomingMessage` fits). */
export interface RequestHead {
  method?: string | undefined;
  url?: string | undefined;
  /** Header names lower-case, as Node gives them. */
  headers: Readonly<Record<string, string | string[] | undefined>>;
}

/** A request that passed every check: the profile it names, if any. */
export type CheckedRequest = { ok: true; profile: string | undefined } | { ok: false; reply: HttpReply };

/** The Host values a loopback client sends for `port`; anything else may be a DNS-rebinding page. */
function allowedHosts(port: number): readonly string[] {
  return [`127.0.0.1:${port}`, `localhost:${port}`];
}

function single(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? undefined : value;
}

const refuse = (reply: HttpReply): CheckedRequest => ({ ok: false, reply });

/**
 * Checks a request in this order: a `Host` other than `127.0.0.1:<port>` or `localhost:<port>` → 403
 * (DNS rebinding); any `Origin` → 403 (browsers send one, API clients do not); a path other than
 * `/v1/token` → 404; a method other than GET → 405; a missing or wrong key → 401 with no hint (compared
 * in constant time); more than one `profile` → 400. Pure: no I/O, no clock.
 */
export function checkRequest(request: RequestHead, port: number, key: string): CheckedRequest {
  const host = single(request.headers.host)?.toLowerCase();
  if (host === undefined || !allowedHosts(port).includes(host)) {
    return refuse(errorReply(403, 'forbidden-host', `Only requests to 127.0.0.1:${port} or localhost:${port} are answered`));
  }
  if (request.headers.origin !== undefined) {
    return refuse(errorReply(403, 'forbidden-origin', 'Requests from web pages (with an Origin header) are refused'));
  }
  const target = request.url ?? '';
  const url = target.startsWith('/') ? new URL(target, 'http://localhost') : undefined;
  if (url?.pathname !== TOKEN_PATH) return refuse(errorReply(404, 'not-found', `Nothing here; ask GET ${TOKEN_PATH}`));
  if (request.method !== 'GET') {
    return refuse(errorReply(405, 'method-not-allowed', `Only GET is allowed on ${TOKEN_PATH}`, {}, { Allow: 'GET' }));
  }
  if (!apiKeysMatch(key, single(request.headers[KEY_HEADER]))) return refuse(errorReply(401, 'unauthorized', 'Unauthorized'));
  const profiles = url.searchParams.getAll('profile');
  if (profiles.length > 1) return refuse(errorReply(400, 'bad-request', 'Name at most one profile'));
  return { ok: true, profile: profiles[0] };
}
