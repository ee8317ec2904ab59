import { describe, expect, it } from 'vitest';
import { DEFAULT_LIFETIME_MS, MAX_BELIEVABLE_LIFETIME_MS, resolveExpiry } from './token-expiry';

const NOW = Date.parse('2026-11-28T12:00:00Z');
const jwtWithExp = (expSeconds: number | string): string =>
  ['{"alg":"none"}', JSON.stringify({ exp: expSeconds })].map((part) => Buffer.from(part).toString('base64url')).join('.') + '.sig';
const at = (hints: Parameters<typeof resolveExpiry>[0], token = 'opaque'): number => resolveExpiry(hints, token, { receivedAtMs: NOW }).getTime();

describe('resolveExpiry', () => {
  it('takes expires_in first', () => {
    expect(at({ expiresIn: 3600, expiresAt: NOW + 7_200_000 }, jwtWithExp(NOW / 1000 + 60))).toBe(NOW + 3_600_000);
  });

  it('takes expires_at (s, ms, ISO, numeric string) when expires_in is absent or unbelievable', () => {
    expect(at({ expiresAt: NOW / 1000 + 60 })).toBe(NOW + 60_000);
    expect(at({ expiresAt: NOW + 60_000 })).toBe(NOW + 60_000);
    expect(at({ expiresAt: '2026-11-28T13:00:00Z' })).toBe(NOW + 3_600_000);
    expect(at({ expiresAt: String(NOW / 1000 + 60) })).toBe(NOW + 60_000);
    expect(at({ expiresIn: 0, expiresAt: NOW + 60_000 })).toBe(NOW + 60_000);
    expect(at({ expiresIn: 'soon', expiresAt: NOW + 60_000 })).toBe(NOW + 60_000);
  });

  it('takes the JWT exp claim next, and 24 hours last', () => {
    expect(at({ expiresAt: NOW - 1 }, jwtWithExp(NOW / 1000 + 90))).toBe(NOW + 90_000);
    expect(at({}, jwtWithExp('tomorrow'))).toBe(NOW + DEFAULT_LIFETIME_MS);
    expect(at({}, 'eyJ.not-base64!.x')).toBe(NOW + DEFAULT_LIFETIME_MS);
    expect(at({ expiresIn: Number.NaN, expiresAt: 'garbage' })).toBe(NOW + DEFAULT_LIFETIME_MS);
  });

  it('believes up to 31 days ahead and nothing in the past', () => {
    expect(at({ expiresIn: MAX_BELIEVABLE_LIFETIME_MS / 1000 })).toBe(NOW + MAX_BELIEVABLE_LIFETIME_MS);
    expect(at({ expiresIn: MAX_BELIEVABLE_LIFETIME_MS / 1000 + 1 })).toBe(NOW + DEFAULT_LIFETIME_MS);
  });

  it('refuses a token whose only expiries are past, saying to check the clock', () => {
    expect(() => at({}, jwtWithExp(NOW / 1000 - 10))).toThrow(/already expired.*clock/);
    expect(() => at({ expiresIn: -10 }, jwtWithExp(NOW / 1000 - 10))).toThrow(expect.objectContaining({ kind: 'bad-response' }));
  });

  it('moves expires_at and exp by the skew the Date header shows, but not expires_in', () => {
    const serverAhead = { receivedAtMs: NOW, serverDate: new Date(NOW + 3_600_000).toUTCString() };
    expect(resolveExpiry({ expiresAt: NOW + 3_600_000 + 60_000 }, 'opaque', serverAhead).getTime()).toBe(NOW + 60_000);
    expect(resolveExpiry({}, jwtWithExp((NOW + 3_600_000) / 1000 + 90), serverAhead).getTime()).toBe(NOW + 90_000);
    expect(resolveExpiry({ expiresIn: 60 }, 'opaque', serverAhead).getTime()).toBe(NOW + 60_000);
    const serverBehind = { receivedAtMs: NOW, serverDate: new Date(NOW - 3_600_000).toUTCString() };
    expect(resolveExpiry({}, jwtWithExp((NOW - 3_600_000) / 1000 + 90), serverBehind).getTime()).toBe(NOW + 90_000);
  });

  it('ignores a skew of a few seconds and an unreadable Date', () => {
    expect(resolveExpiry({ expiresAt: NOW + 60_000 }, 'opaque', { receivedAtMs: NOW, serverDate: new Date(NOW - 3_000).toUTCString() }).getTime()).toBe(NOW + 60_000);
    expect(resolveExpiry({ expiresAt: NOW + 60_000 }, 'opaque', { receivedAtMs: NOW, serverDate: 'yesterday-ish' }).getTime()).toBe(NOW + 60_000);
  });
});
