import type { CopyFormat, PreloadApi, ProfileSnapshot, StatusSnapshot } from '../common/ipc-contract';
import { byId, showMessage, whileBusy } from './dom';
import { countdownChangesIn, formatCountdown, formatTime } from './format';
import type { SelectionView } from './profile-selection';
import { statusLabel } from './status-labels';

/** What the panel asks of the window around it. */
export interface StatusPanelHost {
  /** Shows a snapshot main answered with. */
  update(snapshot: StatusSnapshot): void;
  /** Selects another profile (the profile picker). */
  select(id: string): void;
  /** Opens the account form to add a first profile. */
  addProfile(): void;
}

/**
 * The Status tab's main section for the selected profile: state, expiry with a live countdown, and
 * Copy token / Copy Authorization header / Refresh now first; the token preview, refresh times and last
 * error below. The countdown re-renders when its text changes (one timer), not every second.
 */
export class StatusPanel {
  #profile: ProfileSnapshot | undefined;
  readonly #section = byId('status-heading').closest('section') as HTMLElement;
  readonly #message = byId('status-message');
  readonly #countdown = byId('status-countdown');
  readonly #picker = byId('status-profile', HTMLSelectElement);
  readonly #api: PreloadApi;
  readonly #host: StatusPanelHost;
  #timer: ReturnType<typeof setTimeout> | undefined;

  constructor(api: PreloadApi, host: StatusPanelHost) {
    this.#api = api;
    this.#host = host;
    byId('copy-token').addEventListener('click', () => void this.#copy('token'));
    byId('copy-header').addEventListener('click', () => void this.#copy('authorization-header'));
    byId('refresh-now').addEventListener('click', () => void this.#refresh());
    byId('status-add').addEventListener('click', () => host.addProfile());
    this.#picker.addEventListener('change', () => host.select(this.#picker.value));
  }

  /** Shows the selected profile's state; with none selected (adding one) there is nothing to act on. */
  render(view: SelectionView): void {
    const profile = view.profile;
    this.#profile = profile;
    if (view.switched) showMessage(this.#message, '');
    this.#renderPicker(view);
    byId('status-subject').textContent = profile === undefined ? '' : `— ${profile.name}`;
    byId('status-state').textContent = statusLabel(profile?.status ?? 'signed-out', profile?.lastError?.kind);
    byId('status-state').dataset.status = profile?.status ?? 'signed-out';
    byId('status-preview').textContent = profile?.token?.preview ?? '—';
    byId('status-expiry').textContent = formatTime(profile?.token?.expiresAt);
    byId('status-last').textContent = formatTime(profile?.lastRefreshAt);
    byId('status-next').textContent = formatTime(profile?.nextRefreshAt);
    byId('status-error').textContent = profile?.lastError?.message ?? 'None';
    byId('status-connection').textContent = profile?.connection ?? '—';
    byId('status-actions').hidden = profile === undefined;
    byId('status-none').hidden = view.snapshot.profiles.length > 0;
    const sessionOnly = byId('session-only');
    sessionOnly.hidden = !view.snapshot.sessionOnly;
    if (view.snapshot.sessionOnlyReason) sessionOnly.textContent = view.snapshot.sessionOnlyReason;
    this.#tick();
  }

  /** The picker shows only with several profiles; it mirrors the selection. */
  #renderPicker(view: SelectionView): void {
    const { profiles } = view.snapshot;
    byId('status-profile-field').hidden = profiles.length < 2;
    const options = profiles.map((profile) => new Option(profile.name, profile.id, false, profile.id === view.profile?.id));
    this.#picker.replaceChildren(...options);
  }

  #tick(): void {
    clearTimeout(this.#timer);
    this.#timer = undefined;
    const expiresAt = this.#profile?.token?.expiresAt;
    if (expiresAt === undefined) {
      this.#countdown.textContent = '';
      return;
    }
    const left = expiresAt - Date.now();
    this.#countdown.textContent = left > 0 ? `(in ${formatCountdown(left)})` : '(expired)';
    const next = countdownChangesIn(left);
    if (next !== undefined) this.#timer = setTimeout(() => this.#tick(), next);
  }

  async #copy(format: CopyFormat): Promise<void> {
    const profile = this.#profile;
    if (profile === undefined) return;
    const result = await whileBusy(this.#section, () => this.#api.copyToken({ profileId: profile.id, format }));
    if (!result.ok) return showMessage(this.#message, result.error.message, 'error');
    const what = format === 'token' ? 'Token' : 'Authorization header';
    const { clearsAt } = result.value;
    const clears = clearsAt === undefined ? '' : ` It clears from the clipboard in ${formatCountdown(clearsAt - Date.now())}.`;
    showMessage(this.#message, `${what} of “${profile.name}” copied.${clears}`, 'success');
  }

  async #refresh(): Promise<void> {
    const profile = this.#profile;
    if (profile === undefined) return;
    showMessage(this.#message, 'Refreshing…');
    const result = await whileBusy(this.#section, () => this.#api.refreshNow({ profileId: profile.id }));
    if (!result.ok) return showMessage(this.#message, result.error.message, 'error');
    this.#host.update(result.value);
    const expiresAt = result.value.profiles.find((p) => p.id === profile.id)?.token?.expiresAt;
    showMessage(this.#message, `Refreshed. The token expires ${formatTime(expiresAt)}.`, 'success');
  }
}
