import type { TimeFormatter } from '../keeper/keeper-view';

/** Where and how times are shown; both default to the system's settings. */
export interface TimeFormatOptions {
  locale?: string;
  timeZone?: string;
}

/** Builds a formatter for hours and minutes ("10:03", or "10:03 AM" in a 12-hour locale). */
export function createTimeFormatter(options: TimeFormatOptions = {}): TimeFormatter {
  const format = new Intl.DateTimeFormat(options.locale, {
    hour: '2-digit',
    minute: '2-digit',
    ...(options.timeZone === undefined ? {} : { timeZone: options.timeZone }),
  });
  return (date) => format.format(date);
}

const SECOND = 1000;
const MINUTE = 60 * SECOND;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/**
 * A short, human duration: "40 s" under a minute (rounded up, so a wait never reads "0 s"),
 * "12 min", "23 h 12 min", and "2 d 3 h" from two days on. Negative durations read as "0 s".
 */
export function formatDuration(ms: number): string {
  if (ms < MINUTE) return `${Math.max(0, Math.ceil(ms / SECOND))} s`;
  if (ms < HOUR) return `${Math.floor(ms / MINUTE)} min`;
  if (ms < 2 * DAY) {
    const hours = Math.floor(ms / HOUR);
    const minutes = Math.floor((ms % HOUR) / MINUTE);
    return minutes === 0 ? `${hours} h` : `${hours} h ${minutes} min`;
  }
  const days = Math.floor(ms / DAY);
  const hours = Math.floor((ms % DAY) / HOUR);
  return hours === 0 ? `${days} d` : `${days} d ${hours} h`;
}
