import { describe, expect, it } from 'vitest';
import { createTimeFormatter, durationTextChangesIn, formatDuration } from './time-format';

describe('createTimeFormatter', () => {
  it('shows hours and minutes in the given time zone and locale', () => {
    const at = new Date('2026-11-28T10:03:00Z');
    expect(createTimeFormatter({ locale: 'en-GB', timeZone: 'UTC' })(at)).toBe('10:03');
    expect(createTimeFormatter({ locale: 'en-GB', timeZone: 'Europe/Berlin' })(at)).toBe('11:03');
    expect(createTimeFormatter({ locale: 'en-US', timeZone: 'UTC' })(at)).toMatch(/^10:03\sAM$/);
    expect(createTimeFormatter({ locale: 'en-GB', timeZone: 'UTC', weekday: true })(at)).toBe('Sat 10:03');
  });
});

const MIN = 60_000;
const HOUR = 60 * MIN;

describe('formatDuration', () => {
  it.each([
    [-5_000, '0 s'],
    [0, '0 s'],
    [39_100, '40 s'],
    [60_000, '1 min'],
    [12 * MIN + 59_000, '12 min'],
    [HOUR, '1 h'],
    [(23 * 60 + 12) * MIN + 30_000, '23 h 12 min'],
    [47 * HOUR, '47 h'],
    [(2 * 24 + 3) * HOUR + 120_000, '2 d 3 h'],
    [3 * 24 * HOUR, '3 d'],
  ])('%i ms reads "%s"', (ms, text) => {
    expect(formatDuration(ms)).toBe(text);
  });

  it('drops the minutes from an hour on when coarse, and never shows seconds from a minute on', () => {
    expect(formatDuration((23 * 60 + 12) * MIN, 'coarse')).toBe('23 h');
    expect(formatDuration(2 * HOUR, 'coarse')).toBe('2 h');
    expect(formatDuration(HOUR + 59 * MIN + 59_000, 'coarse')).toBe('1 h');
    expect(formatDuration(59 * MIN + 59_000, 'coarse')).toBe('59 min');
    expect(formatDuration(90_500, 'coarse')).toBe('1 min');
  });
});

describe('durationTextChangesIn', () => {
  /** Walks forward in 1 ms steps around the predicted moment: the text is unchanged before it and changed at it. */
  function expectExact(ms: number, precision: 'fine' | 'coarse') {
    const wait = durationTextChangesIn(ms, precision);
    expect(wait).toBeGreaterThan(0);
    const text = formatDuration(ms, precision);
    expect(formatDuration(ms - (wait! - 1), precision)).toBe(text);
    expect(formatDuration(ms - wait!, precision)).not.toBe(text);
  }

  it.each([
    [23 * HOUR + 59 * MIN + 59_999, 'coarse'],
    [23 * HOUR, 'coarse'],
    [2 * HOUR + 1, 'coarse'],
    [2 * HOUR, 'coarse'],
    [HOUR + 30 * MIN + 10, 'coarse'],
    [(23 * 60 + 12) * MIN + 30_000, 'fine'],
    [60_000, 'fine'],
    [59_999, 'fine'],
    [1_000, 'fine'],
    [1, 'fine'],
    [3 * 24 * HOUR + 5, 'fine'],
  ] as const)('predicts the next change of %i ms (%s) to the millisecond', (ms, precision) => {
    expectExact(ms, precision);
  });

  it('changes no more once the duration is over', () => {
    expect(durationTextChangesIn(0)).toBeUndefined();
    expect(durationTextChangesIn(-1)).toBeUndefined();
  });

  it('changes about once an hour far from expiry when coarse, once a minute when fine', () => {
    expect(durationTextChangesIn(20 * HOUR + 30 * MIN, 'coarse')).toBe(30 * MIN + 1);
    expect(durationTextChangesIn(20 * HOUR + 30 * MIN + 5_000, 'fine')).toBe(5_001);
  });
});
