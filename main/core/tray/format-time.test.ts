import { describe, expect, it } from 'vitest';
import { createTimeFormatter, formatDuration } from './format-time';

describe('createTimeFormatter', () => {
  it('shows hours and minutes in the given time zone and locale', () => {
    const at = new Date('2026-11-28T10:03:00Z');
    expect(createTimeFormatter({ locale: 'en-GB', timeZone: 'UTC' })(at)).toBe('10:03');
    expect(createTimeFormatter({ locale: 'en-GB', timeZone: 'Europe/Berlin' })(at)).toBe('11:03');
    expect(createTimeFormatter({ locale: 'en-US', timeZone: 'UTC' })(at)).toMatch(/^10:03\sAM$/);
  });
});

describe('formatDuration', () => {
  it.each([
    [-5_000, '0 s'],
    [0, '0 s'],
    [39_100, '40 s'],
    [60_000, '1 min'],
    [12 * 60_000 + 59_000, '12 min'],
    [3_600_000, '1 h'],
    [(23 * 60 + 12) * 60_000 + 30_000, '23 h 12 min'],
    [47 * 3_600_000, '47 h'],
    [(2 * 24 + 3) * 3_600_000 + 120_000, '2 d 3 h'],
    [3 * 24 * 3_600_000, '3 d'],
  ])('%i ms reads "%s"', (ms, text) => {
    expect(formatDuration(ms)).toBe(text);
  });
});
