import type { NetworkAccess, RoutedToken } from '../network/network-access';

/** One sign-in's login: where, who, and the password to try. */
export interface AttemptRequest {
  baseUrl: string;
  email: string;
  password: string;
}

/**
 * Runs the one login a sign-in tries before anything is stored. A newer attempt aborts an older one;
 * the password is hidden in the logs while the attempt runs.
 */
export class SignInAttempt {
  readonly #hideInLogs: (secret: string) => () => void;
  readonly #network: NetworkAccess;
  #current: AbortController | undefined;

  constructor(hideInLogs: (secret: string) => () => void, network: NetworkAccess) {
    this.#hideInLogs = hideInLogs;
    this.#network = network;
  }

  /** Logs in once; rejects with `LoginError` (kind `aborted` when a newer attempt or `abort()` ended it). */
  async run(request: AttemptRequest): Promise<RoutedToken> {
    this.#current?.abort();
    const attempt = new AbortController();
    this.#current = attempt;
    const forget = this.#hideInLogs(request.password);
    try {
      return await this.#network.login({ ...request, signal: attempt.signal });
    } finally {
      forget();
      if (this.#current === attempt) this.#current = undefined;
    }
  }

  /** True while a login of this attempt is in flight. */
  get running(): boolean {
    return this.#current !== undefined;
  }

  /** Ends the attempt in flight, if any. */
  abort(): void {
    this.#current?.abort();
  }
}
