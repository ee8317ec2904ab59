/** How long before expiry the keeper logs in again unless told otherwise (30 min). */
export const DEFAULT_REFRESH_LEAD_MS = 30 * 60_000;

/**
 * The longest a keeper timer is armed for; each tick re-checks the wall clock (20 min). A safety net
 * for sleeps the OS does not report: resume and unlock resync at once. Kept long so the whole app
 * stays within its wake-up budget (`npm run bench`).
 */
export const MAX_TIMER_MS = 20 * 60_000;

/** The earliest a refresh follows a successful login, so a very short-lived token cannot cause a login storm. */
export const MIN_REFRESH_GAP_MS = 10_000;

/**
 * When to refresh `token` (epoch ms): `expiresAt − leadMs`, or half its life when it lives less than
 * twice the lead.
 */
export function refreshTime(token: { issuedAt: Date; expiresAt: Date }, leadMs: number): number {
  const issued = token.issuedAt.getTime();
  const expires = token.expiresAt.getTime();
  const lifetime = expires - issued;
  return lifetime < 2 * leadMs ? issued + lifetime / 2 : expires - leadMs;
}
