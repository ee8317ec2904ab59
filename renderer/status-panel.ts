import type { PreloadApi, SessionStatus, StatusSnapshot } from '../common/ipc-contract';
import { byId, showMessage, whileBusy } from './dom';
import { formatCountdown, formatTime } from './format';

const STATUS_LABELS: Record<SessionStatus, string> = {
  'signed-out': 'Signed out',
  'signing-in': 'Signing in…',
  valid: 'Signed in',
  refreshing: 'Refreshing…',
  failing: 'Refresh failing — retrying',
  expired: 'Token expired — retrying',
  'needs-sign-in': 'Needs sign-in',
};

/** The Status section: live countdown, refresh times, last error, copy and refresh buttons. */
export class StatusPanel {
  private snapshot: StatusSnapshot | undefined;
  private readonly section = byId('status-heading').closest('section') as HTMLElement;
  private readonly message = byId('status-message');
  private readonly countdown = byId('status-countdown');

  constructor(private readonly api: PreloadApi, private readonly onSnapshot: (s: StatusSnapshot) => void) {
    byId('copy-token').addEventListener('click', () => void this.copy('token'));
    byId('copy-header').addEventListener('click', () => void this.copy('authorization-header'));
    byId('refresh-now').addEventListener('click', () => void this.refresh());
    setInterval(() => this.tick(), 1000);
  }

  /** Shows a new snapshot. */
  render(snapshot: StatusSnapshot): void {
    this.snapshot = snapshot;
    byId('status-state').textContent = STATUS_LABELS[snapshot.status];
    byId('status-preview').textContent = snapshot.token?.preview ?? '—';
    byId('status-expiry').textContent = formatTime(snapshot.token?.expiresAt);
    byId('status-last').textContent = formatTime(snapshot.lastRefreshAt);
    byId('status-next').textContent = formatTime(snapshot.nextRefreshAt);
    byId('status-error').textContent = snapshot.lastError?.message ?? 'None';
    byId('session-only').hidden = !snapshot.sessionOnly;
    this.tick();
  }

  private tick(): void {
    const expiresAt = this.snapshot?.token?.expiresAt;
    this.countdown.textContent = expiresAt === undefined ? '' : `(${formatCountdown(expiresAt - Date.now())} left)`;
  }

  private async copy(format: 'token' | 'authorization-header'): Promise<void> {
    const result = await whileBusy(this.section, () => this.api.copyToken({ format }));
    if (!result.ok) return showMessage(this.message, result.error.message, 'error');
    const what = format === 'token' ? 'Token' : 'Authorization header';
    const clears = result.value.clearsAt === undefined ? '' : ` The clipboard is cleared at ${formatTime(result.value.clearsAt)}.`;
    showMessage(this.message, `${what} copied.${clears}`, 'success');
  }

  private async refresh(): Promise<void> {
    showMessage(this.message, 'Refreshing…');
    const result = await whileBusy(this.section, () => this.api.refreshNow());
    if (!result.ok) return showMessage(this.message, result.error.message, 'error');
    this.onSnapshot(result.value);
    showMessage(this.message, `Refreshed. The token expires ${formatTime(result.value.token?.expiresAt)}.`, 'success');
  }
}
