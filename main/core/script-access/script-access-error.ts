/**
 * Why the script-access channel could not start or be used; `unproven`: whatever answered on the channel
 * could not prove it knows the secret (a squatter, a tampered answer, or a stale secret file); `busy`:
 * the app is serving as many clients as it can.
 */
export type ScriptAccessErrorKind = 'insecure' | 'in-use' | 'not-running' | 'path-too-long' | 'unproven' | 'busy';

/** A script-access fault with a message written for a person; it never carries the secret or a token. */
export class ScriptAccessError extends Error {
  override readonly name = 'ScriptAccessError';

  constructor(
    readonly kind: ScriptAccessErrorKind,
    message: string,
  ) {
    super(message);
  }
}

/** The error for a channel that is not there: the app is not running or script access is off. */
export function channelOff(): ScriptAccessError {
  return new ScriptAccessError('not-running', 'Script access is off or Patchworks Token Tray is not running');
}
