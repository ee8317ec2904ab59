import { hasUsableToken } from '../keeper/keeper-view';
import type { TrayInput } from './tray-input';

/** Which tray icon to show; each has a PNG set under build/tray/. */
export type TrayIconState = 'valid' | 'expiring' | 'refreshing' | 'failing' | 'signed-out';

/** All icon states, for tools that generate or check the icon files. */
export const TRAY_ICON_STATES: readonly TrayIconState[] = [
  'valid',
  'expiring',
  'refreshing',
  'failing',
  'signed-out',
];

/**
 * Picks the icon: signed out (or credentials rejected), refreshing, failing (refresh failing or no
 * usable token), expiring soon (inside the notify lead), or valid.
 */
export function trayIconState({ state, email, now, notifyLeadMs }: TrayInput): TrayIconState {
  if (email === '' || state.status === 'needs-sign-in') return 'signed-out';
  if (state.status === 'signing-in' || state.status === 'refreshing') return 'refreshing';
  if (state.status === 'failing' || state.status === 'expired') return 'failing';
  if (state.token === undefined || !hasUsableToken(state, now)) return 'failing';
  const left = state.token.expiresAt.getTime() - now.getTime();
  return left <= notifyLeadMs ? 'expiring' : 'valid';
}
