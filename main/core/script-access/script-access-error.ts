/**
 * Why the script-access channel could not start or be used: `absent` (no channel; the client tells `off`
 * from `not-running` by the app's marker), `off` (the app runs with script access off), `not-running`
 * (no app, or it did not answer in time), `unproven` (whatever answered could not prove it knows the
 * secret: a squatter, a tampered answer, or a stale secret file), `insecure`, `in-use`, `path-too-long`,
 * `busy` (the app is serving as many clients as it takes at once).
 */
export type ScriptAccessErrorKind = 'absent' | 'off' | 'insecure' | 'in-use' | 'not-running' | 'path-too-long' | 'unproven' | 'busy';

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

/** The error for a channel that is not there (no socket, no secret file): `askApp` then says why. */
export function channelOff(): ScriptAccessError {
  return new ScriptAccessError('absent', 'Patchworks Token Tray is not running');
}
