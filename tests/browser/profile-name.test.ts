import { describe, expect, it } from 'vitest';
import { MAX_PROFILE_NAME_LENGTH } from '../../common/settings';
import { suggestProfileName } from '../../renderer/profile-name';

describe('suggestProfileName', () => {
  it('takes the part of the email before @', () => {
    expect(suggestProfileName('jane.doe@example.com', [])).toBe('jane.doe');
    expect(suggestProfileName('  ops', [])).toBe('ops');
  });

  it('numbers the name until it is free, comparing regardless of case', () => {
    expect(suggestProfileName('demo@a.test', ['Demo'])).toBe('demo 2');
    expect(suggestProfileName('demo@a.test', ['demo', 'DEMO 2', 'other'])).toBe('demo 3');
  });

  it('suggests nothing without a name part, and never more than the longest name allowed', () => {
    expect(suggestProfileName('@example.com', [])).toBe('');
    expect(suggestProfileName('', [])).toBe('');
    const long = `${'x'.repeat(60)}@example.com`;
    const taken = [suggestProfileName(long, [])];
    expect(suggestProfileName(long, taken).length).toBeLessThanOrEqual(MAX_PROFILE_NAME_LENGTH);
    expect(suggestProfileName(long, taken)).not.toBe(taken[0]);
  });
});
