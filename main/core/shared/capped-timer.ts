/**
 * One pending global `setTimeout` aimed at a wall-clock time but never armed more than `capMs` ahead,
 * so a check missed while the machine slept comes late by at most the cap.
 */
export class CappedTimer {
  readonly #capMs: number;
  readonly #onWake: () => void;
  #timer: ReturnType<typeof setTimeout> | undefined;

  constructor(capMs: number, onWake: () => void) {
    this.#capMs = capMs;
    this.#onWake = onWake;
  }

  /** Replaces any pending wake-up with one at `atMs` or `capMs` from now, whichever comes first. */
  armFor(atMs: number): void {
    this.clear();
    const now = Date.now();
    const wakeAt = Math.min(atMs, now + this.#capMs);
    this.#timer = setTimeout(() => {
      this.#timer = undefined;
      this.#onWake();
    }, Math.max(0, wakeAt - now));
  }

  /** Cancels the pending wake-up, if any. */
  clear(): void {
    if (this.#timer !== undefined) clearTimeout(this.#timer);
    this.#timer = undefined;
  }
}
