import type { FailureCode, ProfileSummary } from '../main/core/script-access/protocol';
import type { ScriptAccessError } from '../main/core/script-access/script-access-error';

/** The exit status of `patchworks-token`, one per way a request can end (documented in cli/README.md). */
export const EXIT = {
  ok: 0,
  failed: 1,
  usage: 2,
  notRunning: 3,
  signedOut: 4,
  expired: 5,
  unknownProfile: 6,
  refused: 7,
  pending: 8,
  off: 9,
  busy: 10,
} as const;

/** One of `EXIT` values. */
export type ExitCode = (typeof EXIT)[keyof typeof EXIT];

/** The exit status for a failure answer from the app. */
export function exitForFailure(code: FailureCode): ExitCode {
  switch (code) {
    case 'signed-out':
      return EXIT.signedOut;
    case 'expired':
      return EXIT.expired;
    case 'pending':
      return EXIT.pending;
    case 'unknown-profile':
      return EXIT.unknownProfile;
    case 'refused':
      return EXIT.refused;
    case 'bad-request':
      return EXIT.failed;
    case 'busy':
      return EXIT.busy;
  }
}

/** The exit status when the channel could not be used at all. */
export function exitForAccessError(error: ScriptAccessError): ExitCode {
  switch (error.kind) {
    case 'insecure':
    case 'unproven':
      return EXIT.refused;
    case 'off':
      return EXIT.off;
    case 'absent':
    case 'not-running':
    case 'in-use':
      return EXIT.notRunning;
    case 'path-too-long':
      return EXIT.failed;
    case 'busy':
      return EXIT.busy;
  }
}

/** The exit status `status` ends with for a profile: 0 while it holds a usable token, else the code a token call would give. */
export function exitForSummary(summary: ProfileSummary): ExitCode {
  if (summary.expiresAt !== null) return EXIT.ok;
  switch (summary.status) {
    case 'expired':
    case 'valid':
    case 'refreshing':
      return EXIT.expired;
    case 'signing-in':
    case 'failing':
      return EXIT.pending;
    default:
      return EXIT.signedOut;
  }
}
