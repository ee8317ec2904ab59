import { failureCause } from '../common/failure-cause';
import type { SessionStatus } from '../common/ipc-contract';

/** How each session state reads in the window. */
const STATUS_LABELS: Readonly<Record<SessionStatus, string>> = {
  'signed-out': 'Signed out',
  'signing-in': 'Signing in…',
  valid: 'Signed in',
  refreshing: 'Refreshing…',
  failing: 'Refresh failing — retrying',
  expired: 'Token expired — retrying',
  'needs-sign-in': 'Needs sign-in',
};

/** The state's label, with the cause when a failing login has a short one: "Refresh failing — retrying (the proxy needs credentials)". */
export function statusLabel(status: SessionStatus, errorKind: string | undefined): string {
  const cause = statusTone(status) === 'problem' ? failureCause(errorKind) : undefined;
  return cause === undefined ? STATUS_LABELS[status] : `${STATUS_LABELS[status]} (${cause})`;
}

/** The tone a state is shown in: fine, in trouble, or neither. */
export function statusTone(status: SessionStatus): 'ok' | 'problem' | 'neutral' {
  if (status === 'valid' || status === 'refreshing') return 'ok';
  if (status === 'failing' || status === 'expired' || status === 'needs-sign-in') return 'problem';
  return 'neutral';
}
