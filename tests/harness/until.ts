// Waiting for real I/O (HTTP, files) while the app's own timers are faked.

/** Node's real timers, captured before a test fakes them. */
const realSetTimeout = globalThis.setTimeout;
const realNow = performance.now.bind(performance);

/** How long `until` waits before failing by default: a deadline against hangs, not a speed check. */
const GIVE_UP_AFTER_MS = 10_000;

/**
 * Resolves once `condition()` holds, checking again after each short real-time pause (so HTTP
 * responses and file writes can land); rejects naming `what` if it never does (within `giveUpAfterMs`).
 */
export async function until(condition: () => boolean, what: string, giveUpAfterMs = GIVE_UP_AFTER_MS): Promise<void> {
  const giveUpAt = realNow() + giveUpAfterMs;
  while (!condition()) {
    if (realNow() > giveUpAt) throw new Error(`Gave up waiting for ${what}`);
    await new Promise((done) => realSetTimeout(done, 2));
  }
}

/** Lets pending callbacks, promise jobs and I/O run once, in real time. */
export function settle(): Promise<void> {
  return new Promise((done) => realSetTimeout(done, 20));
}
