import { describe, expect, it } from 'vitest';
import { trayIconState } from './tray-icon';
import { tokenExpiringIn, trayInput } from './test-fixtures';

const MIN = 60_000;

describe('trayIconState', () => {
  it.each([
    ['valid', trayInput({ status: 'valid', token: tokenExpiringIn(16 * MIN) })],
    ['expiring', trayInput({ status: 'valid', token: tokenExpiringIn(15 * MIN) })],
    ['refreshing', trayInput({ status: 'refreshing', token: tokenExpiringIn(10 * MIN) })],
    ['refreshing', trayInput({ status: 'signing-in' })],
    ['failing', trayInput({ status: 'failing', token: tokenExpiringIn(600 * MIN) })],
    ['failing', trayInput({ status: 'expired' })],
    ['failing', trayInput({ status: 'valid', token: tokenExpiringIn(-1) })],
    ['signed-out', trayInput({ status: 'needs-sign-in' })],
    ['signed-out', trayInput({ status: 'valid', token: tokenExpiringIn(600 * MIN) }, { email: '' })],
  ])('shows "%s"', (icon, input) => {
    expect(trayIconState(input)).toBe(icon);
  });
});
