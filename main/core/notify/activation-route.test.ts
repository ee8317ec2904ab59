import { describe, expect, it } from 'vitest';
import { activationAction } from './activation-route';

describe('activationAction', () => {
  it('runs the action the waiting notifications share, and opens settings when they differ or none is known', () => {
    const copy = { kind: 'copy-token', format: 'token', profileId: 'p1' } as const;
    expect(activationAction([copy])).toEqual(copy);
    expect(activationAction([copy, { ...copy }])).toEqual(copy);
    expect(activationAction([copy, { ...copy, profileId: 'p2' }])).toEqual({ kind: 'open-settings' });
    expect(activationAction([])).toEqual({ kind: 'open-settings' });
  });
});
