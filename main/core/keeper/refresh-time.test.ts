import { describe, expect, it } from 'vitest';
import { isExpired } from '../login/issued-token';
import { DEFAULT_REFRESH_LEAD_MS, refreshTime } from './refresh-time';

const MIN = 60_000;
const token = (issued: number, lifetimeMs: number) => ({
  issuedAt: new Date(issued),
  expiresAt: new Date(issued + lifetimeMs),
});

describe('refreshTime', () => {
  it('refreshes a 24 h token 30 min before expiry by default', () => {
    expect(refreshTime(token(0, 24 * 60 * MIN), DEFAULT_REFRESH_LEAD_MS)).toBe(23.5 * 60 * MIN);
  });

  it('honours a custom lead', () => {
    expect(refreshTime(token(1_000, 24 * 60 * MIN), 2 * 60 * MIN)).toBe(1_000 + 22 * 60 * MIN);
  });

  it('refreshes at half life when the token lives less than twice the lead', () => {
    expect(refreshTime(token(5_000, 40 * MIN), 30 * MIN)).toBe(5_000 + 20 * MIN);
    expect(refreshTime(token(0, 59 * MIN), 30 * MIN)).toBe(29.5 * MIN);
  });

  it('uses the lead once the lifetime reaches twice the lead', () => {
    expect(refreshTime(token(0, 60 * MIN), 30 * MIN)).toBe(30 * MIN);
    expect(refreshTime(token(0, 61 * MIN), 30 * MIN)).toBe(31 * MIN);
  });
});

describe('isExpired', () => {
  it('treats the expiry instant itself as expired', () => {
    const t = token(0, 1_000);
    expect(isExpired(t, 999)).toBe(false);
    expect(isExpired(t, 1_000)).toBe(true);
  });
});
