/**
 * True when the keychain refused for now rather than for good: a locked keyring at login, or a
 * keychain prompt not answered yet. Electron 45 rejects `encryptStringAsync`/`decryptStringAsync` with
 * "…is temporarily unavailable. Please try again." (PR #49054 "reject when temporarily unavailable");
 * its d.ts has no flag for it, so the message is what tells the two apart.
 */
export function isTemporaryRefusal(error: unknown): boolean {
  return error instanceof Error && /temporarily unavailable/i.test(error.message);
}

/** Waits between retries of a locked keychain: quick at first (a login unlock), then every 5 minutes. */
const RETRY_DELAYS_MS = [5_000, 15_000, 30_000, 60_000, 120_000, 300_000] as const;

/** How long to wait before retry number `attempt` (0-based); never longer than 5 minutes. */
export function keychainRetryDelay(attempt: number): number {
  return RETRY_DELAYS_MS[Math.min(Math.max(attempt, 0), RETRY_DELAYS_MS.length - 1)] as number;
}
