/** Longest wait a server's `Retry-After` can impose (30 min); longer ones are cut to this. */
export const RETRY_AFTER_CAP_MS = 30 * 60_000;

/**
 * Reads a `Retry-After` header (delay in seconds, or an HTTP date) as milliseconds from `nowMs`;
 * undefined when absent or unreadable. A date in the past gives 0; a wait over 30 min gives 30 min.
 */
export function parseRetryAfter(header: string | undefined, nowMs: number): number | undefined {
  const value = header?.trim();
  if (!value) return undefined;
  if (/^\d+$/.test(value)) return Math.min(Number(value) * 1000, RETRY_AFTER_CAP_MS);
  // HTTP dates always name the month; without that check Date.parse would take "-5" or "1.5" as dates.
  const date = /[a-z]{3}/i.test(value) ? Date.parse(value) : NaN;
  return Number.isNaN(date) ? undefined : Math.min(Math.max(0, date - nowMs), RETRY_AFTER_CAP_MS);
}
