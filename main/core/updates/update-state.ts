import type { DescribedFailure } from './update-failure';

/**
 * Where updating stands in this run:
 * - `idle`: no check yet; `checking`: the feed is being asked;
 * - `up-to-date`: the feed's newest version is this one;
 * - `downloading`: a newer version is being fetched (in-place installs);
 * - `available`: a newer version exists, for the package manager to install (deb);
 * - `downloaded`: a newer version is ready and waits for the user's restart;
 * - `failed`: the last check or download failed (offline, 404, bad signature, …);
 * - `inactive`: the updater is off for this copy (not an installed release build);
 * - `needs-signed-build`: macOS refused the update because this build is not signed.
 */
export type UpdatePhase =
  | { kind: 'idle' }
  | { kind: 'checking' }
  | { kind: 'up-to-date' }
  | { kind: 'downloading'; version: string; percent?: number }
  | { kind: 'available'; version: string }
  | { kind: 'downloaded'; version: string }
  | { kind: 'failed'; failure: DescribedFailure }
  | { kind: 'inactive' }
  | { kind: 'needs-signed-build' };

/** Everything the About section and the tray are built from. */
export interface UpdateState {
  readonly phase: UpdatePhase;
  readonly currentVersion: string;
  /** Epoch ms of the last check that got an answer (or failed). */
  readonly lastCheckedAt?: number;
  readonly automaticChecks: boolean;
  /** True once the user asked to restart and the app waits for a sign-in or refresh to finish. */
  readonly restartWaiting: boolean;
  /** A version ready to install, kept while a later check runs. */
  readonly readyVersion?: string;
}
