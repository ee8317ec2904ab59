import { describe, expect, expectTypeOf, it } from 'vitest';
import type { KeeperState } from './keeper-state';
import { hasUsableToken } from './keeper-view';
import type { KeeperView } from './keeper-view';

describe('KeeperView', () => {
  it("is satisfied by the keeper's real state type", () => {
    expectTypeOf<KeeperState>().toExtend<KeeperView>();
  });

  it('treats a token as usable strictly before its expiry', () => {
    const expiresAt = new Date('2026-11-28T10:00:00Z');
    const view: KeeperView = { status: 'valid', token: { token: 't', issuedAt: new Date(0), expiresAt } };
    expect(hasUsableToken(view, new Date(expiresAt.getTime() - 1))).toBe(true);
    expect(hasUsableToken(view, expiresAt)).toBe(false);
    expect(hasUsableToken({ status: 'valid' }, new Date(0))).toBe(false);
  });
});
