import { keychainRetryDelay } from '../storage/keyring-refusal';

/**
 * Retries a keychain that refused for now: on a bounded backoff (`keychainRetryDelay`) and whenever
 * `nudge()` is called (resume, screen unlock, the user opening the settings window or the tray menu).
 * `attempt` resolves true while something is still locked; the timer stops once nothing is. One
 * attempt runs at a time. Uses the global timers.
 */
export class KeychainRetry {
  readonly #attempt: () => Promise<boolean>;
  readonly #onError: (error: unknown) => void;
  #timer: ReturnType<typeof setTimeout> | undefined;
  #failures = 0;
  #running: Promise<void> | undefined;
  #stopped = false;

  constructor(attempt: () => Promise<boolean>, onError: (error: unknown) => void) {
    this.#attempt = attempt;
    this.#onError = onError;
  }

  /** Arms a timed retry unless one is armed or running already. */
  start(): void {
    if (this.#timer === undefined && this.#running === undefined) this.#arm();
  }

  /** Retries now (unless an attempt is running); resolves when it settled. */
  nudge(): Promise<void> {
    if (this.#stopped) return Promise.resolve();
    this.#running ??= this.#run().finally(() => (this.#running = undefined));
    return this.#running;
  }

  /** Cancels the timer for good (quit). */
  stop(): void {
    this.#stopped = true;
    clearTimeout(this.#timer);
    this.#timer = undefined;
  }

  async #run(): Promise<void> {
    clearTimeout(this.#timer);
    this.#timer = undefined;
    let stillLocked = true;
    try {
      stillLocked = await this.#attempt();
    } catch (error) {
      this.#onError(error);
    }
    if (!stillLocked) {
      this.#failures = 0;
      return;
    }
    this.#failures += 1;
    this.#arm();
  }

  #arm(): void {
    if (this.#stopped) return;
    clearTimeout(this.#timer);
    this.#timer = setTimeout(() => void this.nudge(), keychainRetryDelay(this.#failures));
  }
}
