import { isExpired, type IssuedToken } from '../login/issued-token';
import { LoginError } from '../login/login-error';
import { CappedTimer } from '../shared/capped-timer';
import type { KeeperListener, KeeperState, KeeperStatus } from './keeper-state';
import {
  DEFAULT_REFRESH_LEAD_MS,
  MAX_TIMER_MS,
  MIN_REFRESH_GAP_MS,
  refreshTime,
} from './refresh-time';
import { needsUser, retryDelay, type RandomSource } from './retry-delay';

/** What a `TokenKeeper` is built from. */
export interface TokenKeeperOptions {
  /** Logs in with the current credentials; must honour `signal` (the keeper aborts it on `stop()`). */
  login: (signal: AbortSignal) => Promise<IssuedToken>;
  /** How long before expiry to refresh (default 30 min); short tokens refresh at half life. */
  refreshLeadMs?: number;
  /** A token kept from an earlier run, offered (if not expired) while the first login runs or fails. */
  initialToken?: IssuedToken;
  /** Uniform numbers in [0, 1) for the backoff jitter (default `Math.random`); tests inject their own. */
  random?: RandomSource;
}

interface Flight {
  readonly controller: AbortController;
  done: Promise<void>;
}

type Outcome = { token: IssuedToken } | { error: LoginError };

/**
 * Keeps a Patchworks token fresh: logs in on `start()`, refreshes ahead of expiry, retries with backoff,
 * and survives sleep by arming timers at most 20 minutes ahead and re-checking the wall clock.
 * It only uses the global `setTimeout`/`clearTimeout` and `Date.now()`, never logs, and never rejects.
 */
export class TokenKeeper {
  readonly #login: TokenKeeperOptions['login'];
  #leadMs: number;
  readonly #random: RandomSource;
  readonly #listeners = new Set<KeeperListener>();
  #current: KeeperState;
  #running = false;
  #token: IssuedToken | undefined;
  /** True once a held token ran out and no new one has arrived since. */
  #lapsed = false;
  #failures = 0;
  #lastError: LoginError | undefined;
  /** When the next login is due (epoch ms); undefined when none is scheduled. */
  #dueAt: number | undefined;
  readonly #timer = new CappedTimer(MAX_TIMER_MS, () => this.resync());
  #flight: Flight | undefined;

  constructor(options: TokenKeeperOptions) {
    this.#login = options.login;
    this.#leadMs = checkedLead(options.refreshLeadMs ?? DEFAULT_REFRESH_LEAD_MS);
    this.#random = options.random ?? Math.random;
    const initial = options.initialToken;
    this.#token = initial && !isExpired(initial, Date.now()) ? snapshotToken(initial) : undefined;
    this.#current = Object.freeze(this.#token ? { status: 'idle', token: this.#token } : { status: 'idle' });
  }

  /** The current immutable snapshot. */
  get state(): KeeperState {
    return this.#current;
  }

  /** Starts keeping the token: logs in at once. Does nothing if already running. */
  start(): void {
    if (this.#running) return;
    this.#running = true;
    this.#dropExpiredToken({ loginFollows: false });
    void this.#attempt();
  }

  /**
   * Cancels every timer, aborts the login in flight (not an error) and forgets the token:
   * state becomes `stopped`. `start()` may run the keeper again.
   */
  stop(): void {
    if (!this.#running && this.#current.status === 'stopped') return;
    this.#running = false;
    this.#timer.clear();
    this.#flight?.controller.abort();
    this.#flight = undefined;
    this.#token = undefined;
    this.#lapsed = false;
    this.#failures = 0;
    this.#lastError = undefined;
    this.#dueAt = undefined;
    this.#publish('stopped');
  }

  /**
   * Logs in now, also out of `needs-sign-in` (the user asked). Single-flight: callers during a login
   * share it. Resolves when that login settles, whatever its outcome (see `state`); never rejects.
   * Does nothing on a keeper that is not running.
   */
  refreshNow(): Promise<void> {
    return this.#running ? this.#attempt() : Promise.resolve();
  }

  /**
   * Takes a token obtained outside the keeper (a sign-in that already logged in): aborts a login in
   * flight, clears backoff and the last error, holds the token and schedules its refresh. Starts the
   * keeper if it is idle or stopped, without a login of its own.
   */
  adopt(token: IssuedToken): void {
    this.#flight?.controller.abort();
    this.#flight = undefined;
    this.#running = true;
    this.#succeed(token);
  }

  /** Changes how long before expiry the keeper refreshes; a scheduled refresh moves to match. */
  setRefreshLead(refreshLeadMs: number): void {
    this.#leadMs = checkedLead(refreshLeadMs);
    if (this.#current.status !== 'valid' || !this.#token) return;
    this.#scheduleRefresh(this.#token);
  }

  /**
   * Re-checks against the wall clock (call on resume and unlock): drops a token that ran out, logs in
   * now if a refresh or retry fell due meanwhile, otherwise re-arms the timer.
   */
  resync(): void {
    if (!this.#running) return;
    const loginDue = this.#flight === undefined && this.#dueAt !== undefined && Date.now() >= this.#dueAt;
    this.#dropExpiredToken({ loginFollows: loginDue });
    if (loginDue) void this.#attempt();
    else this.#arm();
  }

  /** Registers `listener` for every later state change; returns a function that unregisters it. */
  subscribe(listener: KeeperListener): () => void {
    this.#listeners.add(listener);
    return () => {
      this.#listeners.delete(listener);
    };
  }

  #attempt(): Promise<void> {
    if (this.#flight) return this.#flight.done;
    this.#dueAt = undefined;
    const flight: Flight = { controller: new AbortController(), done: Promise.resolve() };
    this.#flight = flight;
    this.#publish(this.#token ? 'refreshing' : 'signing-in');
    if (this.#flight !== flight) return flight.done; // a listener stopped or superseded this attempt
    this.#arm();
    flight.done = this.#runLogin(flight.controller.signal).then((outcome) => {
      if (this.#flight !== flight) return; // stopped or superseded meanwhile
      this.#flight = undefined;
      if ('token' in outcome) this.#succeed(outcome.token);
      else this.#fail(outcome.error);
    });
    return flight.done;
  }

  async #runLogin(signal: AbortSignal): Promise<Outcome> {
    try {
      return { token: await this.#login(signal) };
    } catch (error) {
      return { error: error instanceof LoginError ? error : unexpectedFailure() };
    }
  }

  #succeed(token: IssuedToken): void {
    const now = Date.now();
    if (isExpired(token, now)) {
      this.#fail(new LoginError('bad-response', 'Patchworks returned a token that has already expired'));
      return;
    }
    this.#token = snapshotToken(token);
    this.#lapsed = false;
    this.#failures = 0;
    this.#lastError = undefined;
    this.#scheduleRefresh(this.#token);
  }

  /** Reports `valid` with the refresh of `token` scheduled (never sooner than MIN_REFRESH_GAP_MS). */
  #scheduleRefresh(token: IssuedToken): void {
    this.#dueAt = Math.max(refreshTime(token, this.#leadMs), Date.now() + MIN_REFRESH_GAP_MS);
    this.#publish('valid');
    this.#arm();
  }

  #fail(error: LoginError): void {
    this.#lastError = error;
    if (needsUser(error)) {
      this.#dueAt = undefined;
      this.#publish('needs-sign-in');
    } else {
      this.#failures += 1;
      this.#dueAt = Date.now() + retryDelay(error, this.#failures, this.#random);
      this.#publish(this.#token || !this.#lapsed ? 'failing' : 'expired');
    }
    this.#arm();
  }

  /**
   * Removes a held token that ran out and announces it (`expired`, unless a login or the user is awaited).
   * When a login starts right after, it announces itself (`signing-in`): an `expired` in between would read
   * as a failed refresh (with a retry time already past) to every listener.
   */
  #dropExpiredToken({ loginFollows }: { loginFollows: boolean }): void {
    if (!this.#token || !isExpired(this.#token, Date.now())) return;
    this.#token = undefined;
    this.#lapsed = true;
    if (loginFollows) return;
    const status = this.#current.status;
    if (this.#flight) this.#publish('signing-in');
    else if (status === 'needs-sign-in' || status === 'idle') this.#publish(status);
    else this.#publish('expired');
  }

  /** Arms one timer for the nearest of: the due login, the token's expiry, 20 minutes from now. */
  #arm(): void {
    this.#timer.clear();
    if (!this.#running) return;
    const watched: number[] = [];
    if (this.#dueAt !== undefined && this.#flight === undefined) watched.push(this.#dueAt);
    if (this.#token) watched.push(this.#token.expiresAt.getTime());
    if (watched.length > 0) this.#timer.armFor(Math.min(...watched));
  }

  /** Replaces the snapshot and tells each listener; a listener that throws is skipped. */
  #publish(status: KeeperStatus): void {
    const next: { -readonly [K in keyof KeeperState]: KeeperState[K] } = { status };
    if (this.#token) next.token = this.#token;
    if (this.#lastError) next.lastError = this.#lastError;
    if (this.#dueAt !== undefined) next.nextAttemptAt = new Date(this.#dueAt);
    this.#current = Object.freeze(next);
    for (const listener of [...this.#listeners]) {
      if (this.#current !== next) return; // a listener changed the state; the newer one was delivered
      if (!this.#listeners.has(listener)) continue;
      try {
        listener(next);
      } catch {
        // A faulty listener must not break the keeper or the other listeners.
      }
    }
  }
}

function snapshotToken(token: IssuedToken): IssuedToken {
  return Object.freeze({
    token: token.token,
    issuedAt: new Date(token.issuedAt.getTime()),
    expiresAt: new Date(token.expiresAt.getTime()),
  });
}

function checkedLead(leadMs: number): number {
  if (!Number.isFinite(leadMs) || leadMs < 0) {
    throw new RangeError('refreshLeadMs must be a finite number of milliseconds, 0 or more');
  }
  return leadMs;
}

function unexpectedFailure(): LoginError {
  return new LoginError('bad-response', 'Logging in to Patchworks failed unexpectedly');
}
