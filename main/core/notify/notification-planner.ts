import { MAX_TIMER_MS } from '../keeper/refresh-time';
import { fingerprint } from '../shared/fingerprint';
import type { UserAction } from '../shared/user-action';
import { hasUsableToken } from '../keeper/keeper-view';
import type { TimeFormatter } from '../../../common/time-format';
import type { KeeperView } from '../keeper/keeper-view';

/** The reasons the app notifies the user. */
export type NotificationKind = 'copied-token-expiring' | 'refresh-failing' | 'sign-in-needed';

/** What clicking a notification does: the `kind` of the `UserAction` it runs. */
export type NotificationAction = Extract<UserAction['kind'], 'copy-token' | 'open-settings'>;

/** A notification to show now. `key` (kind + token fingerprint) is what "already shown" remembers. */
export interface PlannedNotification {
  kind: NotificationKind;
  key: string;
  title: string;
  body: string;
  action: NotificationAction;
}

/** The token the user last copied, remembered by fingerprint only. */
export interface CopiedToken {
  fingerprint: string;
  expiresAt: Date;
}

/** Everything the planner decides on, as plain values. */
export interface NotificationPlanInput {
  now: Date;
  state: KeeperView;
  copied?: CopiedToken;
  notifyLeadMs: number;
  enabled: boolean;
  /** False where the platform cannot show notifications (`Notification.isSupported()`). */
  supported: boolean;
  /** Keys of notifications already shown (from the previous plan's `shown`). */
  shown: readonly string[];
  formatTime: TimeFormatter;
}

/** The planner's answer: what to show now, what to remember, and when to look again. */
export interface NotificationPlan {
  due: PlannedNotification[];
  /** The keys to pass as `shown` next time: still-relevant old keys plus the ones due now. */
  shown: string[];
  /** When a time-based rule may fire next, at most `MAX_CHECK_INTERVAL_MS` ahead; absent when none can. */
  nextCheckAt?: Date;
}

/** Re-check at least this often, so a long timer never sleeps through a clock jump (the keeper's own cap). */
export const MAX_CHECK_INTERVAL_MS = MAX_TIMER_MS;

/** Key part used when a notification concerns no token at all. */
const NO_TOKEN = 'none';

/** Builds the dedupe key of one kind of notification about one token. */
function keyOf(kind: NotificationKind, tokenFingerprint: string): string {
  return `${kind}:${tokenFingerprint}`;
}

// In the rules below `current` is the fingerprint of the keeper's token while it is unexpired, else undefined.

/** The "copy a fresh one" reminder, due once a fresh token exists and the copied one is close to expiry. */
function copiedTokenRule(input: NotificationPlanInput, current: string | undefined): PlannedNotification | undefined {
  const { copied, now, notifyLeadMs, formatTime } = input;
  if (copied === undefined || now.getTime() < copied.expiresAt.getTime() - notifyLeadMs) return undefined;
  if (current === undefined || current === copied.fingerprint) return undefined;
  const verb = now.getTime() < copied.expiresAt.getTime() ? 'expires' : 'expired';
  return {
    kind: 'copied-token-expiring',
    key: keyOf('copied-token-expiring', copied.fingerprint),
    title: 'Copied token expiring',
    body: `The token you copied ${verb} at ${formatTime(copied.expiresAt)}. Click to copy a fresh one.`,
    action: 'copy-token',
  };
}

/** The "refresh is failing" warning, due while refresh fails and the token is near or past expiry. */
function refreshFailingRule(input: NotificationPlanInput, current: string | undefined): PlannedNotification | undefined {
  const { state, now, notifyLeadMs, formatTime } = input;
  if (state.status !== 'failing' && state.status !== 'expired') return undefined;
  const expiresAt = current === undefined ? undefined : state.token?.expiresAt;
  if (expiresAt !== undefined && now.getTime() < expiresAt.getTime() - notifyLeadMs) return undefined;
  const reason = state.lastError === undefined ? '' : ` (${state.lastError.message})`;
  const retry = state.nextAttemptAt === undefined ? '' : ` Next attempt at ${formatTime(state.nextAttemptAt)}.`;
  const body = expiresAt === undefined
    ? `The token has expired and the app cannot get a new one${reason}.${retry}`
    : `The app cannot get a new token${reason}. The current one expires at ${formatTime(expiresAt)}.${retry}`;
  return {
    kind: 'refresh-failing',
    key: keyOf('refresh-failing', current ?? NO_TOKEN),
    title: 'Token refresh failing',
    body,
    action: 'open-settings',
  };
}

/** The "sign in again" request, due at once when the keeper stopped (credentials or URL refused). */
function signInRule(input: NotificationPlanInput, current: string | undefined): PlannedNotification | undefined {
  const { status, lastError } = input.state;
  if (status !== 'needs-sign-in') return undefined;
  const rejected = lastError === undefined || lastError.kind === 'invalid-credentials';
  return {
    kind: 'sign-in-needed',
    key: keyOf('sign-in-needed', current ?? NO_TOKEN),
    title: 'Sign in again',
    body: rejected
      ? 'Patchworks rejected the saved email or password. Click to open Settings and sign in again.'
      : `Signing in stopped: ${lastError.message} Click to open Settings.`,
    action: 'open-settings',
  };
}

/** Drops remembered keys about tokens that no longer matter, so the list stays small. */
function relevantKeys(shown: readonly string[], current: string | undefined, copied: string | undefined): string[] {
  const live = new Set([current ?? NO_TOKEN, copied]);
  return shown.filter((key) => live.has(key.slice(key.indexOf(':') + 1)));
}

/** The earliest future moment a time-based rule can become due, capped at `MAX_CHECK_INTERVAL_MS` ahead. */
function nextCheck(input: NotificationPlanInput, shown: ReadonlySet<string>): Date | undefined {
  const { now, notifyLeadMs, copied, state } = input;
  const moments: number[] = [];
  if (copied !== undefined && !shown.has(keyOf('copied-token-expiring', copied.fingerprint))) {
    moments.push(copied.expiresAt.getTime() - notifyLeadMs);
  }
  if ((state.status === 'failing' || state.status === 'expired') && state.token !== undefined) {
    // Entering the notify window, and running out, both change what the failing rule says.
    moments.push(state.token.expiresAt.getTime() - notifyLeadMs, state.token.expiresAt.getTime());
  }
  const future = moments.filter((t) => t > now.getTime());
  if (future.length === 0) return undefined;
  return new Date(Math.min(...future, now.getTime() + MAX_CHECK_INTERVAL_MS));
}

/**
 * Decides which notifications are due at `input.now`: at most one per token and kind, none while
 * disabled or unsupported. Pure: the caller shows `due`, keeps `shown`, and re-plans at
 * `nextCheckAt` and on every keeper state change.
 */
export function planNotifications(input: NotificationPlanInput): NotificationPlan {
  if (!input.enabled || !input.supported) return { due: [], shown: [...input.shown] };
  const { token } = input.state;
  const current = token !== undefined && hasUsableToken(input.state, input.now) ? fingerprint(token.token) : undefined;
  const kept = relevantKeys(input.shown, current, input.copied?.fingerprint);
  const seen = new Set(kept);
  const due = [signInRule, refreshFailingRule, copiedTokenRule]
    .map((rule) => rule(input, current))
    .filter((n): n is PlannedNotification => n !== undefined && !seen.has(n.key));
  for (const n of due) seen.add(n.key);
  const nextCheckAt = nextCheck(input, seen);
  return { due, shown: [...seen], ...(nextCheckAt === undefined ? {} : { nextCheckAt }) };
}
