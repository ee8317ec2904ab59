/**
 * The part of the token keeper's state that the tray, notifications and clipboard read.
 * The keeper's full `KeeperState` satisfies it; it is spelled out here so these modules do not
 * depend on the keeper's implementation.
 */
export interface KeeperView {
  status:
    | 'idle'
    | 'signing-in'
    | 'valid'
    | 'refreshing'
    | 'failing'
    | 'expired'
    | 'needs-sign-in'
    | 'stopped';
  token?: { token: string; issuedAt: Date; expiresAt: Date };
  lastError?: { message: string; kind: string };
  nextAttemptAt?: Date;
}

/** Turns an instant into a short wall-clock time such as "10:03" for labels and notifications. */
export type TimeFormatter = (date: Date) => string;

/** True when `view` holds a token that is still valid at `now`. */
export function hasUsableToken(view: KeeperView, now: Date): boolean {
  return view.token !== undefined && view.token.expiresAt.getTime() > now.getTime();
}
