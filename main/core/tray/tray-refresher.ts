import type { TrayView } from './menu-model';

/** Re-check at least this often while something is due later, so a long timer never sleeps through a clock jump. */
export const MAX_TRAY_WAIT_MS = 60 * 60_000;

/** How the refresher reads and shows the tray. */
export interface TrayRefresherOptions {
  /** The tray's view at `now`. */
  view(now: Date): TrayView;
  /** When that view next changes with time alone (see `trayChangesAt`). */
  changesAt(now: Date): Date | undefined;
  /** Puts a view on the tray (the Electron adapter's `render`). */
  show(view: TrayView): void;
  /** The view already on the tray, so the first update does not show it again. */
  initial?: TrayView;
}

/**
 * Keeps the tray current with as few wake-ups as possible: shows a view only when it differs from the
 * one shown, and arms one global `setTimeout` for the moment the text next changes (at most
 * `MAX_TRAY_WAIT_MS` ahead) instead of polling. Call `update()` on every state change.
 */
export class TrayRefresher {
  readonly #options: TrayRefresherOptions;
  #shown: string | undefined;
  #timer: ReturnType<typeof setTimeout> | undefined;
  #stopped = false;

  constructor(options: TrayRefresherOptions) {
    this.#options = options;
    if (options.initial) this.#shown = JSON.stringify(options.initial);
  }

  /** Re-reads the view, shows it if it changed, and re-arms the timer. */
  update(): void {
    if (this.#stopped) return;
    clearTimeout(this.#timer);
    this.#timer = undefined;
    const now = new Date();
    const view = this.#options.view(now);
    const key = JSON.stringify(view);
    if (key !== this.#shown) {
      this.#shown = key;
      this.#options.show(view);
    }
    const next = this.#options.changesAt(now);
    if (next === undefined) return;
    const wait = Math.min(Math.max(next.getTime() - now.getTime(), 0), MAX_TRAY_WAIT_MS);
    this.#timer = setTimeout(() => this.update(), wait);
  }

  /** Cancels the timer; later updates do nothing. */
  stop(): void {
    this.#stopped = true;
    clearTimeout(this.#timer);
    this.#timer = undefined;
  }
}
