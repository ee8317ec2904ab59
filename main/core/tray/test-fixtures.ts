import { createTimeFormatter } from '../../../common/time-format';
import type { KeeperView } from '../keeper/keeper-view';
import type { TrayMenuInput } from './menu-model';

/** A fixed "now" for tray and notification tests: 2026-11-28 10:51 UTC. */
export const NOW = new Date('2026-11-28T10:51:00Z');

/** A token issued a minute before NOW that expires `ms` after NOW; its text is a fake JWT. */
export function tokenExpiringIn(ms: number, text = 'eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxIn0.c2lnbmF0dXJl') {
  return { token: text, issuedAt: new Date(NOW.getTime() - 60_000), expiresAt: new Date(NOW.getTime() + ms) };
}

/** A tray menu input for `state` at NOW, signed in as you@company.com, times shown in UTC. */
export function trayInput(state: KeeperView, overrides: Partial<TrayMenuInput> = {}): TrayMenuInput {
  return {
    state,
    email: 'you@company.com',
    now: NOW,
    notifyLeadMs: 15 * 60_000,
    formatTime: createTimeFormatter({ locale: 'en-GB', timeZone: 'UTC' }),
    startAtLogin: false,
    ...overrides,
  };
}
