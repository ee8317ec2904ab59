import { describe, expect, it } from 'vitest';
import { durationText } from './duration-text';
import { parseRetryAfter } from './retry-after';
import { errorForStatus } from './status-error';

const NOW = Date.parse('2026-11-28T12:00:00Z');

describe('parseRetryAfter', () => {
  it.each<[string | undefined, number | undefined]>([
    ['120', 120_000],
    [' 0 ', 0],
    ['Sat, 28 Nov 2026 12:02:00 GMT', 120_000],
    ['Sat, 28 Nov 2026 11:00:00 GMT', 0],
    ['99999999999', 1_800_000],
    ['Sat, 28 Nov 2099 12:00:00 GMT', 1_800_000],
    [undefined, undefined],
    ['', undefined],
    ['-5', undefined],
    ['1.5', undefined],
    ['soon', undefined],
  ])('reads %j as %s ms', (header, expected) => {
    expect(parseRetryAfter(header, NOW)).toBe(expected);
  });
});

describe('durationText', () => {
  it.each([
    [0, '0 s'],
    [45_000, '45 s'],
    [45_100, '46 s'],
    [60_000, '1 min'],
    [119_489, '2 min'],
    [3_600_000, '1 h'],
    [3_900_000, '1 h 5 min'],
  ])('writes %i ms as %s', (ms, text) => {
    expect(durationText(ms)).toBe(text);
  });
});

describe('the rate-limit message', () => {
  it('quotes the capped wait, never the raw one', () => {
    const message = errorForStatus({ status: 429, retryAfter: '99999999999' }, [], NOW).message;
    expect(message).toBe('Patchworks is rate-limiting logins; next try in 30 min or later');
  });

  it.each(['0', 'Sat, 28 Nov 2026 11:00:00 GMT', undefined])('promises no instant retry for Retry-After %j', (retryAfter) => {
    const message = errorForStatus({ status: 429, ...(retryAfter !== undefined && { retryAfter }) }, [], NOW).message;
    expect(message).toBe('Patchworks is rate-limiting logins; the app will try again after a pause');
  });
});
