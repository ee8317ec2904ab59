import { jwtDecode } from 'jwt-decode';

const HOUR_MS = 3_600_000;
/** Used when no source gives a believable expiry: the documented token lifetime. */
export const DEFAULT_LIFETIME_MS = 24 * HOUR_MS;
/** An expiry further ahead than this is not believed. */
export const MAX_BELIEVABLE_LIFETIME_MS = 31 * 24 * HOUR_MS;
/** Epoch values below this are seconds (it is year 5138 in seconds, 1973 in milliseconds). */
const EPOCH_MS_THRESHOLD = 1e11;

/** The expiry hints a login response may carry, as sent. */
export interface ExpiryHints {
  expiresIn?: number | string;
  expiresAt?: number | string;
}

const numeric = (value: number | string): number | undefined => {
  const number = typeof value === 'number' ? value : /^\s*-?\d+(\.\d+)?\s*$/.test(value) ? Number(value) : NaN;
  return Number.isFinite(number) ? number : undefined;
};

function fromExpiresIn(value: number | string | undefined, receivedAtMs: number): number | undefined {
  const seconds = value === undefined ? undefined : numeric(value);
  return seconds === undefined ? undefined : receivedAtMs + seconds * 1000;
}

function fromExpiresAt(value: number | string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const epoch = numeric(value);
  if (epoch !== undefined) return epoch < EPOCH_MS_THRESHOLD ? epoch * 1000 : epoch;
  if (typeof value === 'number') return undefined;
  const parsed = Date.parse(value);
  return Number.isNaN(parsed) ? undefined : parsed;
}

function fromJwt(token: string): number | undefined {
  try {
    const { exp } = jwtDecode(token);
    return typeof exp === 'number' && Number.isFinite(exp) ? exp * 1000 : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Picks the token's expiry: `expires_in`, then `expires_at` (ISO 8601 or epoch s/ms), then the JWT
 * `exp` claim, then 24 hours after receipt. A source in the past or over 31 days ahead is skipped.
 */
export function resolveExpiry(hints: ExpiryHints, token: string, receivedAtMs: number): Date {
  const believable = (ms: number | undefined): ms is number =>
    ms !== undefined && ms > receivedAtMs && ms <= receivedAtMs + MAX_BELIEVABLE_LIFETIME_MS;
  const sources = [
    () => fromExpiresIn(hints.expiresIn, receivedAtMs),
    () => fromExpiresAt(hints.expiresAt),
    () => fromJwt(token),
  ];
  for (const source of sources) {
    const ms = source();
    if (believable(ms)) return new Date(ms);
  }
  return new Date(receivedAtMs + DEFAULT_LIFETIME_MS);
}
