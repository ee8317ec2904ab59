import type { IssuedToken } from '../main/core/login/issued-token';
import { refreshTime } from '../main/core/keeper/refresh-time';

/**
 * The baseline the keeper is compared with: one long timer straight to the refresh time, no wall-clock
 * checks and no resync — what a first attempt at the job usually looks like.
 */
export class NaiveRefresher {
  #timer: ReturnType<typeof setTimeout> | undefined;
  #current: IssuedToken | undefined;
  readonly #listeners: Array<() => void> = [];
  readonly #login: () => Promise<IssuedToken>;
  readonly #leadMs: number;

  constructor(login: () => Promise<IssuedToken>, leadMs: number) {
    this.#login = login;
    this.#leadMs = leadMs;
  }

  /** The token it holds (it never notices expiry itself). */
  get token(): IssuedToken | undefined {
    return this.#current;
  }

  /** Calls `listener` after each login. */
  onChange(listener: () => void): void {
    this.#listeners.push(listener);
  }

  /** Logs in now and after each token at its refresh time. */
  async start(): Promise<void> {
    this.#current = await this.#login();
    this.#listeners.forEach((listener) => listener());
    this.#timer = setTimeout(() => void this.start(), refreshTime(this.#current, this.#leadMs) - Date.now());
  }

  /** Cancels the pending timer. */
  stop(): void {
    clearTimeout(this.#timer);
  }
}
