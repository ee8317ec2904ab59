import type { IssuedToken } from '../login/issued-token';
import type { LoginError } from '../login/login-error';

/**
 * Where the keeper stands:
 * - `idle`: constructed, not started (an `initialToken` may already be offered);
 * - `signing-in` / `refreshing`: a login is in flight without / with a usable token;
 * - `valid`: a fresh token is held and its refresh is scheduled;
 * - `failing`: the last login failed and a retry is scheduled (the old token, if any, is still offered);
 * - `expired`: the held token ran out while logins kept failing; retries continue;
 * - `needs-sign-in`: Patchworks refused the credentials (or the URL is refused); no retries until asked;
 * - `stopped`: `stop()` was called; nothing is held or scheduled.
 */
export type KeeperStatus =
  | 'idle'
  | 'signing-in'
  | 'valid'
  | 'refreshing'
  | 'failing'
  | 'expired'
  | 'needs-sign-in'
  | 'stopped';

/** An immutable snapshot of the keeper, handed to `subscribe` listeners and read from `state`. */
export interface KeeperState {
  readonly status: KeeperStatus;
  /** The newest token that has not expired, kept while retries fail. */
  readonly token?: IssuedToken;
  /** Why the last login failed; cleared by a successful login. */
  readonly lastError?: LoginError;
  /** When the keeper will next log in by itself (refresh or retry); absent when nothing is scheduled. */
  readonly nextAttemptAt?: Date;
}

/** Called with each new state; a listener that throws is ignored and does not disturb the keeper. */
export type KeeperListener = (state: KeeperState) => void;
