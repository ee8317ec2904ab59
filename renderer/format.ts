import { createTimeFormatter, durationTextChangesIn, formatDuration } from '../common/time-format';

const TIME = createTimeFormatter({ weekday: true });

/** A wall-clock time such as "Sat 10:03" (no seconds), or "—" when absent. */
export function formatTime(epochMs: number | undefined): string {
  return epochMs === undefined ? '—' : TIME(new Date(epochMs));
}

/** Time left in the app's one duration format: "23 h 59 min", "4 min", "40 s"; "expired" when over. */
export function formatCountdown(msLeft: number): string {
  return msLeft <= 0 ? 'expired' : formatDuration(msLeft);
}

/** How long until `formatCountdown(msLeft)` reads differently, for one timer instead of a per-second tick. */
export function countdownChangesIn(msLeft: number): number | undefined {
  return durationTextChangesIn(msLeft);
}
