import { durationTextChangesIn } from '../../../common/time-format';
import type { KeeperView } from '../keeper/keeper-view';
import type { TrayMenuInput } from './menu-model';
import { TRAY_EXPIRY_PRECISION } from './status-line';

/** The moments at which one profile's tray text or icon changes with time alone (no state change). */
function profileMoments(state: KeeperView, now: number, notifyLeadMs: number): number[] {
  const moments: number[] = [];
  const { token, nextAttemptAt } = state;
  if (token !== undefined) {
    const expiresAt = token.expiresAt.getTime();
    const textChange = durationTextChangesIn(expiresAt - now, TRAY_EXPIRY_PRECISION);
    moments.push(expiresAt, expiresAt - notifyLeadMs);
    if (textChange !== undefined) moments.push(now + textChange);
  }
  // The retry countdown shows only while logins fail ("retrying in 40 s").
  if (nextAttemptAt !== undefined && (state.status === 'failing' || state.status === 'expired')) {
    const retryChange = durationTextChangesIn(nextAttemptAt.getTime() - now);
    moments.push(nextAttemptAt.getTime());
    if (retryChange !== undefined) moments.push(now + retryChange);
  }
  return moments;
}

/**
 * The next instant after `input.now` at which the tray's view (labels, tooltip, icon) reads differently
 * with no state change: a countdown's text moving on, a token expiring or entering the warning lead, a
 * retry falling due, the copy notice ending. Undefined when nothing changes with time alone.
 */
export function trayChangesAt(input: TrayMenuInput): Date | undefined {
  const now = input.now.getTime();
  const states = [input.state, ...(input.others ?? []).map((profile) => profile.state)];
  const moments = states.flatMap((state) => profileMoments(state, now, input.notifyLeadMs));
  if (input.copied) moments.push(input.copied.until.getTime());
  const future = moments.filter((moment) => moment > now);
  return future.length === 0 ? undefined : new Date(Math.min(...future));
}
