import { durationText } from './duration-text';
import { readFieldErrors } from './field-errors';
import { LoginError } from './login-error';
import { parseRetryAfter } from './retry-after';

/** A non-2xx answer, as far as the login client read it (body undefined when too large to read). */
export interface FailedReply {
  status: number;
  retryAfter?: string;
  bodyText?: string;
}

/** Maps a non-2xx login answer to a LoginError; server text only enters via redacted field errors. */
export function errorForStatus(reply: FailedReply, secrets: readonly string[], nowMs: number): LoginError {
  const { status } = reply;
  if (status >= 300 && status < 400) {
    return new LoginError('bad-response', `Patchworks redirected the login elsewhere (HTTP ${status}); the app does not follow redirects`, { status });
  }
  if (status === 401 || status === 403) {
    const message = status === 401 ? 'Patchworks rejected the email or password' : 'Patchworks refused to sign in this account (HTTP 403)';
    return new LoginError('invalid-credentials', message, { status });
  }
  if (status === 422) {
    const fieldErrors = readFieldErrors(reply.bodyText, secrets);
    const first = fieldErrors === undefined ? undefined : Object.values(fieldErrors).flat()[0];
    const message = `Patchworks rejected the email or password${first === undefined ? '' : `: ${first}`}`;
    return new LoginError('invalid-credentials', message, { status, ...(fieldErrors && { fieldErrors }) });
  }
  if (status === 429) {
    const retryAfterMs = parseRetryAfter(reply.retryAfter, nowMs);
    // The app waits at least its own backoff, so a short or zero Retry-After only sets a lower bound.
    const when = retryAfterMs ? `next try in ${durationText(retryAfterMs)} or later` : 'the app will try again after a pause';
    return new LoginError('rate-limited', `Patchworks is rate-limiting logins; ${when}`, {
      status,
      ...(retryAfterMs !== undefined && { retryAfterMs }),
    });
  }
  const what = status >= 500 ? 'had a problem' : 'gave an unexpected answer';
  return new LoginError('server', `Patchworks ${what} (HTTP ${status}); the login can be tried again later`, { status });
}
