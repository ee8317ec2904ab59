import { jwtDecode } from 'jwt-decode';
import { LoginError } from './login-error';

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

/** Below this, a difference between the server's `Date` and ours is noise (whole seconds, transit time). */
const SKEW_NOISE_MS = 5_000;

/** When the answer arrived (our clock) and the server's clock at that moment (`Date` header), if sent. */
export interface AnswerClock {
  receivedAtMs: number;
  serverDate?: string | undefined;
}

/** How far our clock is ahead of the server's (ms); 0 without a readable `Date` or within the noise. */
export function clockSkewMs(clock: AnswerClock): number {
  const server = clock.serverDate === undefined ? NaN : Date.parse(clock.serverDate);
  if (Number.isNaN(server)) return 0;
  const skew = clock.receivedAtMs - server;
  return Math.abs(skew) <= SKEW_NOISE_MS ? 0 : skew;
}

/**
 * Picks the token's expiry: `expires_in` (relative, so needing no correction), then `expires_at`
 * (ISO 8601 or epoch s/ms), then the JWT `exp` claim, then 24 hours after receipt. The absolute times
 * (`expires_at`, `exp`) are moved by the clock skew the `Date` header shows, so they mean the same on
 * this computer's clock. A source in the past or over 31 days ahead is skipped; when nothing is left but
 * times in the past, the token has expired and is refused (`bad-response`, check the clock).
 */
export function resolveExpiry(hints: ExpiryHints, token: string, clock: AnswerClock): Date {
  const { receivedAtMs } = clock;
  const skew = clockSkewMs(clock);
  const shifted = (ms: number | undefined): number | undefined => (ms === undefined ? undefined : ms + skew);
  const sources = [
    fromExpiresIn(hints.expiresIn, receivedAtMs),
    shifted(fromExpiresAt(hints.expiresAt)),
    shifted(fromJwt(token)),
  ];
  const believable = sources.find((ms) => ms !== undefined && ms > receivedAtMs && ms <= receivedAtMs + MAX_BELIEVABLE_LIFETIME_MS);
  if (believable !== undefined) return new Date(believable);
  if (sources.some((ms) => ms !== undefined && ms <= receivedAtMs)) {
    throw new LoginError(
      'bad-response',
      "Patchworks sent a token that has already expired; check that this computer's clock, date and time zone are right",
    );
  }
  return new Date(receivedAtMs + DEFAULT_LIFETIME_MS);
}
