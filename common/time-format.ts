// The one time format of the app: tray, settings window and notifications all read times from here.
// Built on Intl.DateTimeFormat (wall-clock times) and short fixed units for durations.

/** Turns an instant into a short wall-clock time such as "10:03" for labels and notifications. */
export type TimeFormatter = (date: Date) => string;

/** Where and how times are shown; locale and time zone default to the system's settings. */
export interface TimeFormatOptions {
  locale?: string;
  timeZone?: string;
  /** Adds the short weekday ("Sat 10:03"), for times that may be a day away (the window's status). */
  weekday?: boolean;
}

/** Builds a formatter for hours and minutes, never seconds ("10:03", or "10:03 AM" in a 12-hour locale). */
export function createTimeFormatter(options: TimeFormatOptions = {}): TimeFormatter {
  const format = new Intl.DateTimeFormat(options.locale, {
    ...(options.weekday ? { weekday: 'short' } : {}),
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
 * How fine a duration reads: `fine` gives minutes beside hours ("23 h 12 min"); `coarse` drops them
 * from an hour on ("23 h"), so a label far from expiry changes once an hour instead of every minute.
 */
export type DurationPrecision = 'fine' | 'coarse';

/** The step a duration's text moves by at `ms`, and whether it rounds up (seconds) or down. */
function stepOf(ms: number, precision: DurationPrecision): { step: number; roundUp: boolean } {
  if (ms < MINUTE) return { step: SECOND, roundUp: true };
  if (ms < HOUR) return { step: MINUTE, roundUp: false };
  if (ms < 2 * DAY) return { step: precision === 'coarse' ? HOUR : MINUTE, roundUp: false };
  return { step: HOUR, roundUp: false };
}

/**
 * A short, human duration, never with seconds from a minute on: "40 s" under a minute (rounded up,
 * so a wait never reads "0 s"), "12 min", "1 h 5 min", "23 h 12 min" (`coarse`: "1 h", "23 h"), and "2 d 3 h"
 * from two days on. Negative durations read as "0 s".
 */
export function formatDuration(ms: number, precision: DurationPrecision = 'fine'): string {
  if (ms < MINUTE) return `${Math.max(0, Math.ceil(ms / SECOND))} s`;
  if (ms < HOUR) return `${Math.floor(ms / MINUTE)} min`;
  if (ms < 2 * DAY) {
    const hours = Math.floor(ms / HOUR);
    const minutes = stepOf(ms, precision).step === HOUR ? 0 : Math.floor((ms % HOUR) / MINUTE);
    return minutes === 0 ? `${hours} h` : `${hours} h ${minutes} min`;
  }
  const days = Math.floor(ms / DAY);
  const hours = Math.floor((ms % DAY) / HOUR);
  return hours === 0 ? `${days} d` : `${days} d ${hours} h`;
}

/**
 * How long until `formatDuration(ms, precision)` reads differently as time passes (the duration
 * shrinking); undefined once it can change no more ("0 s"). A label armed with one timer for this
 * long re-renders exactly when its text changes.
 */
export function durationTextChangesIn(ms: number, precision: DurationPrecision = 'fine'): number | undefined {
  if (ms <= 0) return undefined;
  const { step, roundUp } = stepOf(ms, precision);
  const remainder = ms % step;
  // Rounded up ("40 s"), the text changes when the duration reaches the step below; rounded down, just after it.
  if (roundUp) return remainder === 0 ? step : remainder;
  return remainder + 1;
}
