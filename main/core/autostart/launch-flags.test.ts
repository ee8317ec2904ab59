import { describe, expect, it } from 'vitest';
import { HIDDEN_FLAG, startedHidden } from './launch-flags';

describe('startedHidden', () => {
  it('recognises the login item flag anywhere on the command line', () => {
    expect(startedHidden(['/usr/bin/app', HIDDEN_FLAG])).toBe(true);
    expect(startedHidden(['/usr/bin/app', '--enable-logging', '--hidden'])).toBe(true);
    expect(startedHidden(['/usr/bin/app', '--hidden-other'])).toBe(false);
  });
});
