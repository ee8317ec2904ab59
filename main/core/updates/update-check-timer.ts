import { CappedTimer } from '../shared/capped-timer';

/** How often the app looks for a new version by itself: every 6 hours by the wall clock. */
export const UPDATE_CHECK_INTERVAL_MS = 6 * 60 * 60_000;

/**
 * The longest an update timer is armed for (1 hour). Each tick re-checks the wall clock, a safety net for
 * sleeps the OS does not report (resume and unlock resync at once). Longer than the keeper's: a late
 * update check costs nothing, and the whole app stays within its wake-up budget (`npm run bench`).
 */
export const UPDATE_TIMER_MAX_MS = 60 * 60_000;

/**
 * Says when an automatic update check is due: at `start()`, then `intervalMs` after the last check.
 * Like the token keeper it survives sleep: a timer is never armed more than an hour ahead, each tick
 * compares the wall clock with the due time, and `resync()` (on resume) re-checks at once.
 * Only the global `setTimeout`/`clearTimeout` and `Date.now()` are used.
 */
export class UpdateCheckTimer {
  readonly #onDue: () => void;
  readonly #intervalMs: number;
  #dueAt: number | undefined;
  readonly #timer = new CappedTimer(UPDATE_TIMER_MAX_MS, () => this.resync());

  constructor(onDue: () => void, intervalMs: number = UPDATE_CHECK_INTERVAL_MS) {
    if (!Number.isFinite(intervalMs) || intervalMs <= 0) throw new RangeError('intervalMs must be a positive number');
    this.#onDue = onDue;
    this.#intervalMs = intervalMs;
  }

  /** True while automatic checks are scheduled. */
  get running(): boolean {
    return this.#dueAt !== undefined;
  }

  /** When the next automatic check is due (epoch ms), or undefined when stopped. */
  get dueAt(): number | undefined {
    return this.#dueAt;
  }

  /** Starts the schedule with a check due now (the launch check); does nothing if already running. */
  start(): void {
    if (this.running) return;
    this.#dueAt = Date.now();
    this.resync();
  }

  /** Records a check made now (automatic or asked for): the next one is due a full interval later. */
  checked(): void {
    if (!this.running) return;
    this.#dueAt = Date.now() + this.#intervalMs;
    this.#arm();
  }

  /** Cancels the schedule. */
  stop(): void {
    this.#timer.clear();
    this.#dueAt = undefined;
  }

  /** Compares the wall clock with the due time (call on resume and unlock): fires if due, else re-arms. */
  resync(): void {
    if (this.#dueAt === undefined) return;
    if (Date.now() >= this.#dueAt) {
      this.#dueAt = Date.now() + this.#intervalMs;
      this.#arm();
      this.#onDue();
    } else {
      this.#arm();
    }
  }

  #arm(): void {
    if (this.#dueAt === undefined) this.#timer.clear();
    else this.#timer.armFor(this.#dueAt);
  }
}
