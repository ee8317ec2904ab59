import type { UpdaterFailure } from './updater-port';

/** What went wrong, as far as the user needs to know. */
export type UpdateFailureKind = 'offline' | 'not-found' | 'bad-signature' | 'needs-signed-build' | 'other';

/** A failure sorted and put in plain words (shown in About; the raw one goes to the log). */
export interface DescribedFailure {
  kind: UpdateFailureKind;
  message: string;
}

const OFFLINE_CODES = new Set(['ENOTFOUND', 'EAI_AGAIN', 'ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'ENETUNREACH', 'EHOSTUNREACH']);
const NOT_FOUND_CODES = new Set([
  'ERR_UPDATER_CHANNEL_FILE_NOT_FOUND',
  'ERR_UPDATER_LATEST_VERSION_NOT_FOUND',
  'ERR_UPDATER_NO_PUBLISHED_VERSIONS',
  'ERR_UPDATER_ZIP_FILE_NOT_FOUND',
  'HTTP_ERROR_404',
]);
const BAD_SIGNATURE_CODES = new Set(['ERR_UPDATER_INVALID_SIGNATURE', 'ERR_CHECKSUM_MISMATCH']);

const MESSAGES: Readonly<Record<UpdateFailureKind, string>> = {
  offline: 'Could not reach the update server. Check your connection; the app tries again later.',
  'not-found': 'The update server has no release information for this app yet.',
  'bad-signature': 'A downloaded update failed its signature check and was discarded.',
  'needs-signed-build': 'Updates need a signed build. Download the latest release and install it by hand.',
  other: 'Checking for updates failed; see the log for details.',
};

/**
 * Sorts an updater failure by electron-updater's error code and, where it has none, by the message
 * Chromium's network stack (`net::ERR_…`), Squirrel.Mac (code signature) or the HTTP client gives.
 */
export function describeUpdateFailure(failure: UpdaterFailure, platform: NodeJS.Platform): DescribedFailure {
  const code = failure.code ?? '';
  const text = failure.message;
  let kind: UpdateFailureKind = 'other';
  if (platform === 'darwin' && /code ?signature|not signed/i.test(text)) kind = 'needs-signed-build';
  else if (BAD_SIGNATURE_CODES.has(code) || /sha512 checksum mismatch|not signed by the application owner/i.test(text)) {
    kind = 'bad-signature';
  } else if (NOT_FOUND_CODES.has(code) || /^404\b|\b404 Not Found\b/.test(text)) kind = 'not-found';
  else if (OFFLINE_CODES.has(code) || /net::ERR_(INTERNET_DISCONNECTED|NAME_NOT_RESOLVED|CONNECTION_|NETWORK_|ADDRESS_UNREACHABLE|TIMED_OUT)/.test(text)) {
    kind = 'offline';
  }
  return { kind, message: MESSAGES[kind] };
}
