import { describe, expect, it } from 'vitest';
import { textToCopy } from './copy-text';

const NOW = new Date('2026-11-28T09:00:00Z');
const token = { token: 'abc.def.ghi', issuedAt: new Date(NOW.getTime() - 1000), expiresAt: new Date(NOW.getTime() + 1000) };

describe('textToCopy', () => {
  it('gives the raw token or the Authorization header value', () => {
    expect(textToCopy('token', { status: 'valid', token }, NOW)).toBe('abc.def.ghi');
    expect(textToCopy('authorization-header', { status: 'failing', token }, NOW)).toBe('Bearer abc.def.ghi');
  });

  it('gives nothing without an unexpired token', () => {
    expect(textToCopy('token', { status: 'signing-in' }, NOW)).toBeUndefined();
    expect(textToCopy('authorization-header', { status: 'valid', token }, new Date(NOW.getTime() + 1000))).toBeUndefined();
  });
});
