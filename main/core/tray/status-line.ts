import { failureCause } from '../../../common/failure-cause';
import { formatDuration } from '../../../common/time-format';
import { hasUsableToken } from '../keeper/keeper-view';
import type { TrayInput } from './tray-input';

/** The tray's and the window's words while the keychain refuses for now. */
export const KEYCHAIN_LOCKED_NOTE = 'Keychain locked — waiting for it to unlock';

/** The tray's words while the launch waits for the keychain (a prompt may be open). */
export const KEYCHAIN_UNLOCKING_NOTE = 'Unlocking keychain…';

/**
 * "retrying in 40 s", "retrying now", or a hint to retry by hand when nothing is scheduled; led by a
 * short cause for the network failures that have one ("the proxy needs credentials, retrying in 40 s").
 */
function retryPhrase({ state, now }: TrayInput): string {
  const cause = failureCause(state.lastError?.kind);
  const lead = cause === undefined ? '' : `${cause}, `;
  if (state.nextAttemptAt === undefined) return `${lead}use Refresh now to retry`;
  const wait = state.nextAttemptAt.getTime() - now.getTime();
  return `${lead}${wait > 0 ? `retrying in ${formatDuration(wait)}` : 'retrying now'}`;
}

/** The precision of the tray's expiry countdown: "in 23 h" far from expiry, so the text changes hourly. */
export const TRAY_EXPIRY_PRECISION = 'coarse';

/** "expires 10:03 (in 23 h)" for the current token; minutes show in the last hour. */
function expiryPhrase({ now, formatTime }: TrayInput, expiresAt: Date): string {
  return `expires ${formatTime(expiresAt)} (in ${formatDuration(expiresAt.getTime() - now.getTime(), TRAY_EXPIRY_PRECISION)})`;
}

/** The status line while a usable token exists. */
function withToken(input: TrayInput, expiresAt: Date): string {
  const expiry = expiryPhrase(input, expiresAt);
  switch (input.state.status) {
    case 'signing-in':
    case 'refreshing':
      return `Refreshing… · current token ${expiry}`;
    case 'failing':
    case 'expired':
      return `Refresh failing — ${retryPhrase(input)}`;
    case 'idle':
    case 'stopped':
      return `Auto-refresh stopped · token ${expiry}`;
    default:
      return `${input.email} · ${expiry}`;
  }
}

/** The status line when there is no usable token; it always says why copying is unavailable. */
function withoutToken(input: TrayInput): string {
  const { status, token } = input.state;
  switch (status) {
    case 'signing-in':
    case 'refreshing':
      return 'Signing in…';
    case 'failing':
    case 'expired':
      return token !== undefined || status === 'expired'
        ? `Token expired — ${retryPhrase(input)}`
        : `Sign-in failing — ${retryPhrase(input)}`;
    case 'valid':
      return 'Token expired — waiting for a fresh one';
    case 'idle':
      return 'Starting…';
    default:
      return 'Auto-refresh stopped — use Refresh now';
  }
}

/**
 * The tray's one-line status, e.g. "you@company.com · expires 10:03 (in 23 h)",
 * "Refresh failing — retrying in 40 s" or "Signed out — open Settings to sign in".
 */
export function statusLine(input: TrayInput): string {
  if (input.keychainLocked) return KEYCHAIN_LOCKED_NOTE;
  if (input.email === '') return 'Signed out — open Settings to sign in';
  if (input.state.status === 'needs-sign-in') return 'Sign-in rejected — open Settings to sign in again';
  const { token } = input.state;
  return token !== undefined && hasUsableToken(input.state, input.now)
    ? withToken(input, token.expiresAt)
    : withoutToken(input);
}

/** Windows cuts tray tooltips at 127 characters. */
const TOOLTIP_MAX = 127;

/** The tray tooltip: the app name and status, plus the last error while logins fail or are refused. */
export function trayTooltip(input: TrayInput): string {
  const lines = ['Patchworks Token Tray', ...(input.copied ? [input.copied.text] : []), statusLine(input)];
  const { status, lastError } = input.state;
  if ((status === 'failing' || status === 'expired' || status === 'needs-sign-in') && lastError !== undefined) {
    lines.push(lastError.message);
  }
  const text = lines.join('\n');
  return text.length <= TOOLTIP_MAX ? text : `${text.slice(0, TOOLTIP_MAX - 1)}…`;
}
