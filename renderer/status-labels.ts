import type { SessionStatus } from '../common/ipc-contract';

/** How each session state reads in the window. */
export const STATUS_LABELS: Readonly<Record<SessionStatus, string>> = {
  'signed-out': 'Signed out',
  'signing-in': 'Signing in…',
  valid: 'Signed in',
  refreshing: 'Refreshing…',
  failing: 'Refresh failing — retrying',
  expired: 'Token expired — retrying',
  'needs-sign-in': 'Needs sign-in',
};

/** The tone a state is shown in: fine, in trouble, or neither. */
export function statusTone(status: SessionStatus): 'ok' | 'problem' | 'neutral' {
  if (status === 'valid' || status === 'refreshing') return 'ok';
  if (status === 'failing' || status === 'expired' || status === 'needs-sign-in') return 'problem';
  return 'neutral';
}
