import type { PreloadApi, UpdatesView } from '../common/ipc-contract';
import { byId, showMessage, whileBusy } from './dom';
import { formatTime } from './format';

/**
 * The self-contained Updates section (About): version, status in plain words, last check, the
 * automatic-checks switch, "Check for updates" and, once a version is downloaded, "Restart to update".
 * Failures are shown here as text; the app never raises an error pop-up for them.
 */
export class UpdatesPanel {
  private readonly section = byId('updates');
  private readonly message = byId('updates-message');
  private readonly automatic = byId('updates-automatic', HTMLInputElement);
  private readonly check = byId('updates-check', HTMLButtonElement);
  private readonly restart = byId('updates-restart', HTMLButtonElement);

  constructor(private readonly api: PreloadApi) {
    this.check.addEventListener('click', () => void this.run(() => this.api.checkForUpdates()));
    this.restart.addEventListener('click', () => void this.run(() => this.api.restartToUpdate()));
    this.automatic.addEventListener('change', () => {
      const enabled = this.automatic.checked;
      void this.run(() => this.api.setAutomaticUpdateChecks(enabled), enabled ? 'Automatic checks are on.' : 'Automatic checks are off.');
    });
  }

  /** Shows `view`; without one (a copy of the app with no updater) only says so. */
  render(view: UpdatesView | undefined): void {
    byId('updates-controls').hidden = view === undefined;
    if (view === undefined) {
      byId('updates-status').textContent = 'Updates are not available in this copy of the app.';
      return;
    }
    byId('updates-version').textContent = view.currentVersion;
    byId('updates-status').textContent = view.message;
    byId('updates-last').textContent = formatTime(view.lastCheckedAt);
    if (this.section.getAttribute('aria-busy') !== 'true') {
      this.check.disabled = !view.canCheck;
      this.automatic.checked = view.automaticChecks;
    }
    this.restart.hidden = !view.canRestart;
  }

  private async run(request: () => ReturnType<PreloadApi['checkForUpdates']>, done?: string): Promise<void> {
    showMessage(this.message, '');
    const result = await whileBusy(this.section, request);
    if (!result.ok) {
      showMessage(this.message, result.error.message, 'error');
      return;
    }
    this.render(result.value);
    if (done) showMessage(this.message, done, 'success');
  }
}
