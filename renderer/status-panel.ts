import type { CopyFormat, PreloadApi, ProfileSnapshot, StatusSnapshot } from '../common/ipc-contract';
import { byId, showMessage, whileBusy } from './dom';
import { formatCountdown, formatTime } from './format';
import type { SelectionView } from './profile-selection';
import { statusLabel } from './status-labels';

/** The Status section for the selected profile: live countdown, refresh times, last error, copy and refresh. */
export class StatusPanel {
  private profile: ProfileSnapshot | undefined;
  private readonly section = byId('status-heading').closest('section') as HTMLElement;
  private readonly message = byId('status-message');
  private readonly countdown = byId('status-countdown');

  constructor(private readonly api: PreloadApi, private readonly onSnapshot: (s: StatusSnapshot) => void) {
    byId('copy-token').addEventListener('click', () => void this.copy('token'));
    byId('copy-header').addEventListener('click', () => void this.copy('authorization-header'));
    byId('refresh-now').addEventListener('click', () => void this.refresh());
    setInterval(() => this.tick(), 1000);
  }

  /** Shows the selected profile's state; with none selected (adding one) there is nothing to act on. */
  render(view: SelectionView): void {
    const profile = view.profile;
    this.profile = profile;
    if (view.switched) showMessage(this.message, '');
    byId('status-subject').textContent = profile === undefined ? '' : `— ${profile.name}`;
    byId('status-state').textContent = statusLabel(profile?.status ?? 'signed-out', profile?.lastError?.kind);
    byId('status-preview').textContent = profile?.token?.preview ?? '—';
    byId('status-expiry').textContent = formatTime(profile?.token?.expiresAt);
    byId('status-last').textContent = formatTime(profile?.lastRefreshAt);
    byId('status-next').textContent = formatTime(profile?.nextRefreshAt);
    byId('status-error').textContent = profile?.lastError?.message ?? 'None';
    byId('status-connection').textContent = profile?.connection ?? '—';
    byId('status-actions').hidden = profile === undefined;
    const sessionOnly = byId('session-only');
    sessionOnly.hidden = !view.snapshot.sessionOnly;
    if (view.snapshot.sessionOnlyReason) sessionOnly.textContent = view.snapshot.sessionOnlyReason;
    this.tick();
  }

  private tick(): void {
    const expiresAt = this.profile?.token?.expiresAt;
    this.countdown.textContent = expiresAt === undefined ? '' : `(${formatCountdown(expiresAt - Date.now())} left)`;
  }

  private async copy(format: CopyFormat): Promise<void> {
    const profile = this.profile;
    if (profile === undefined) return;
    const result = await whileBusy(this.section, () => this.api.copyToken({ profileId: profile.id, format }));
    if (!result.ok) return showMessage(this.message, result.error.message, 'error');
    const what = format === 'token' ? 'Token' : 'Authorization header';
    const clears = result.value.clearsAt === undefined ? '' : ` The clipboard is cleared at ${formatTime(result.value.clearsAt)}.`;
    showMessage(this.message, `${what} of “${profile.name}” copied.${clears}`, 'success');
  }

  private async refresh(): Promise<void> {
    const profile = this.profile;
    if (profile === undefined) return;
    showMessage(this.message, 'Refreshing…');
    const result = await whileBusy(this.section, () => this.api.refreshNow({ profileId: profile.id }));
    if (!result.ok) return showMessage(this.message, result.error.message, 'error');
    this.onSnapshot(result.value);
    const expiresAt = result.value.profiles.find((p) => p.id === profile.id)?.token?.expiresAt;
    showMessage(this.message, `Refreshed. The token expires ${formatTime(expiresAt)}.`, 'success');
  }
}
