import { isExpired, type IssuedToken } from '../login/issued-token';
import type { KeeperStatus } from './keeper-state';

/**
 * The part of the token keeper's state that the tray, notifications and clipboard read.
 * The keeper's `KeeperState` satisfies it; the narrower shape lets tests build states by hand.
 */
export interface KeeperView {
  status: KeeperStatus;
  token?: IssuedToken;
  lastError?: { message: string; kind: string };
  nextAttemptAt?: Date;
}

/** True when `view` holds a token that is still valid at `now`. */
export function hasUsableToken(view: KeeperView, now: Date): boolean {
  return view.token !== undefined && !isExpired(view.token, now.getTime());
}
