import type { UpdatesView } from '../../../common/ipc-contract';
import { UpdateCheckTimer } from './update-check-timer';
import { describeUpdateFailure } from './update-failure';
import type { UpdatePhase, UpdateState } from './update-state';
import { buildUpdatesView } from './update-view';
import type { UpdaterEvent, UpdaterPort } from './updater-port';

/** The notification for a downloaded version. */
export interface UpdateNotification {
  title: string;
  body: string;
}

/** What the update service is built from. */
export interface UpdateServiceOptions {
  updater: UpdaterPort;
  /** Whether automatic checks are on (the stored preference) at start. */
  automaticChecks: boolean;
  /** True while any sign-in or token refresh is in flight: the app must not quit under it. */
  isBusy(): boolean;
  /** Shows a notification (the app drops it when notifications are off). */
  notify(notification: UpdateNotification): void;
  /** Called after every change of `state`. */
  onChange(): void;
  /** Records a failure for the log (raw; never shown as a pop-up). */
  log(message: string): void;
  /** Override of the 6-hour interval (tests). */
  intervalMs?: number;
}

/**
 * The update policy, free of Electron: checks at launch and every 6 hours by the wall clock (when
 * automatic checks are on), and whenever the user asks; downloads in the background where the app
 * updates in place; tells the user once per downloaded version; installs only when the user says so,
 * and never while a sign-in or refresh is in flight (the restart then waits until the app is idle).
 * Failures are logged and shown in About, never as a pop-up.
 */
export class UpdateService {
  readonly #updater: UpdaterPort;
  readonly #options: UpdateServiceOptions;
  readonly #timer: UpdateCheckTimer;
  readonly #notified = new Set<string>();
  #state: UpdateState;
  #unsubscribe: (() => void) | undefined;
  #installing = false;
  #disposed = false;

  constructor(options: UpdateServiceOptions) {
    this.#updater = options.updater;
    this.#options = options;
    this.#timer = new UpdateCheckTimer(() => void this.#check(), options.intervalMs);
    this.#state = {
      phase: { kind: 'idle' },
      currentVersion: options.updater.currentVersion,
      automaticChecks: options.automaticChecks,
      restartWaiting: false,
    };
  }

  /** The current state (immutable). */
  get state(): UpdateState {
    return this.#state;
  }

  /** What About shows. */
  view(): UpdatesView {
    return buildUpdatesView(this.#state);
  }

  /** Listens to the updater and, with automatic checks on, checks now and then every 6 hours. */
  start(): void {
    if (this.#unsubscribe || this.#disposed) return;
    this.#unsubscribe = this.#updater.subscribe((event) => this.#onEvent(event));
    if (this.#state.automaticChecks) this.#timer.start();
  }

  /** "Check for updates…": checks now, whatever the automatic-checks preference says. */
  checkNow(): Promise<void> {
    this.#timer.checked();
    return this.#check();
  }

  /** Turns automatic checks on (a check runs now) or off (none is scheduled). */
  setAutomaticChecks(enabled: boolean): void {
    if (enabled === this.#state.automaticChecks) return;
    this.#update({ automaticChecks: enabled });
    if (enabled && this.#unsubscribe) this.#timer.start();
    else this.#timer.stop();
  }

  /**
   * "Restart to update": installs the downloaded version now, or as soon as no sign-in or refresh
   * is in flight. Returns false when nothing is ready to install.
   */
  requestRestart(): boolean {
    if (this.#state.readyVersion === undefined || this.#disposed) return false;
    if (!this.#state.restartWaiting) this.#update({ restartWaiting: true });
    this.appChanged();
    return true;
  }

  /** Call whenever the app's work may have finished: a waiting restart goes ahead once the app is idle. */
  appChanged(): void {
    if (!this.#state.restartWaiting || this.#installing || this.#disposed || this.#options.isBusy()) return;
    this.#installing = true;
    this.#options.log(`Restarting to install version ${this.#state.readyVersion ?? '?'}`);
    this.#updater.quitAndInstall();
  }

  /** Re-checks the schedule against the wall clock (after resume from sleep or a screen unlock). */
  resync(): void {
    this.#timer.resync();
  }

  /** Stops the schedule and stops listening to the updater. */
  dispose(): void {
    this.#disposed = true;
    this.#timer.stop();
    this.#unsubscribe?.();
    this.#unsubscribe = undefined;
  }

  async #check(): Promise<void> {
    const kind = this.#state.phase.kind;
    if (this.#disposed || kind === 'checking' || kind === 'downloading' || kind === 'needs-signed-build') return;
    const download = this.#updater.installKind === 'in-place';
    const started = await this.#updater.check({ download });
    if (started === 'inactive' && !this.#disposed) this.#setPhase({ kind: 'inactive' });
  }

  #onEvent(event: UpdaterEvent): void {
    if (this.#disposed) return;
    const checked = { lastCheckedAt: Date.now() };
    switch (event.type) {
      case 'checking':
        return this.#setPhase({ kind: 'checking' });
      case 'not-available':
        return this.#setPhase({ kind: 'up-to-date' }, checked);
      case 'available':
        return this.#setPhase(
          this.#updater.installKind === 'in-place'
            ? { kind: 'downloading', version: event.version }
            : { kind: 'available', version: event.version },
          checked,
        );
      case 'progress': {
        const phase = this.#state.phase;
        if (phase.kind === 'downloading') this.#setPhase({ ...phase, percent: event.percent });
        return;
      }
      case 'downloaded':
        this.#setPhase({ kind: 'downloaded', version: event.version }, { readyVersion: event.version });
        return this.#announce(event.version);
      case 'error': {
        const failure = describeUpdateFailure(event.failure, this.#updater.platform);
        this.#options.log(`Update check failed (${failure.kind}): ${event.failure.code ?? ''} ${event.failure.message}`);
        if (failure.kind === 'needs-signed-build') {
          this.#timer.stop();
          return this.#setPhase({ kind: 'needs-signed-build' }, checked);
        }
        // A version already downloaded stays ready to install.
        const ready = this.#state.readyVersion;
        return this.#setPhase(ready === undefined ? { kind: 'failed', failure } : { kind: 'downloaded', version: ready }, checked);
      }
    }
  }

  /** One notification per downloaded version. */
  #announce(version: string): void {
    if (this.#notified.has(version)) return;
    this.#notified.add(version);
    this.#options.notify({
      title: 'Update ready',
      body: `Version ${version} of Patchworks Token Tray is downloaded. Choose “Restart to update” in the tray menu when it suits you.`,
    });
  }

  #setPhase(phase: UpdatePhase, extra: Partial<UpdateState> = {}): void {
    this.#update({ ...extra, phase });
  }

  #update(patch: Partial<UpdateState>): void {
    this.#state = Object.freeze({ ...this.#state, ...patch });
    this.#options.onChange();
  }
}
