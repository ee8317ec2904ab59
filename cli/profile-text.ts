import type { ProfileSummary } from '../main/core/script-access/protocol';

/** "in 3 h 12 min" / "2 min ago" for an expiry `ms` away from now. */
function relative(ms: number): string {
  const minutes = Math.round(Math.abs(ms) / 60_000);
  const span = minutes >= 60 ? `${Math.floor(minutes / 60)} h ${minutes % 60} min` : `${minutes} min`;
  return ms >= 0 ? `in ${span}` : `${span} ago`;
}

/** The expiry as ISO 8601 plus how far away it is, or "no token". */
function expiryText(summary: ProfileSummary, nowMs: number): string {
  return summary.expiresAt === null ? 'no token' : `${summary.expiresAt} (${relative(Date.parse(summary.expiresAt) - nowMs)})`;
}

/** `status`: one profile, one field a line; never the token. */
export function statusText(summary: ProfileSummary, nowMs: number): string {
  return [
    `profile      ${summary.name}${summary.isDefault ? ' (default)' : ''}`,
    `environment  ${summary.environment}`,
    `base URL     ${summary.baseUrl}`,
    `status       ${summary.status}`,
    `expires      ${expiryText(summary, nowMs)}`,
    '',
  ].join('\n');
}

/** `profiles`: one profile a line in aligned columns, the default one marked `*`; never a token. */
export function profilesText(summaries: readonly ProfileSummary[], nowMs: number): string {
  const header = ['', 'PROFILE', 'ENVIRONMENT', 'BASE URL', 'STATUS', 'EXPIRES'];
  const rows = summaries.map((summary) => [summary.isDefault ? '*' : ' ', summary.name, summary.environment, summary.baseUrl, summary.status, expiryText(summary, nowMs)]);
  const widths = header.map((_, column) => Math.max(...[header, ...rows].map((row) => row[column]!.length)));
  return [header, ...rows].map((row) => `${row.map((cell, column) => cell.padEnd(widths[column]!)).join('  ').trimEnd()}\n`).join('');
}

/** The `--json` form of one summary (the wire fields, `isDefault` as `default`). */
export function summaryJson(summary: ProfileSummary): Record<string, unknown> {
  const { name, environment, baseUrl, status, expiresAt, isDefault } = summary;
  return { name, environment, baseUrl, status, expiresAt, default: isDefault };
}
