import { describe, expect, it, vi } from 'vitest';
import { electron, settle, until, useTestbed } from '../harness';
import type { PlatformProfile } from '../harness/platform-profile';

const bed = useTestbed();
const START = new Date('2026-03-02T08:00:00Z');
const MINUTE = 60_000;

/** Fake clocks, signed in; the server's tokens live one hour, so the refresh is due at 30 min. */
async function signedInWithHourTokens(platform?: PlatformProfile) {
  const app = await bed.launchSignedIn({ clock: START, tokenLifetimeSec: 3600, ...(platform ? { platform } : {}) });
  expect(bed.server.loginCount).toBe(1);
  return app;
}

describe('refresh timing (fake clocks, real HTTP)', () => {
  it('logs in again 30 minutes before expiry, not earlier, and the menu copies the new token', async () => {
    const app = await signedInWithHourTokens();
    await vi.advanceTimersByTimeAsync(29 * MINUTE);
    await settle();
    expect(bed.server.loginCount).toBe(1);

    await vi.advanceTimersByTimeAsync(2 * MINUTE);
    await until(() => bed.server.loginCount === 2, 'the timed refresh');
    const fresh = bed.server.requests[1]?.issuedToken;
    await until(() => app.menuLabel('status').includes('(in 59 min)'), 'the tray to show the new expiry');

    app.click('copy-token');
    await until(() => electron.clipboard.writes.length === 1, 'the copy');
    expect(electron.clipboard.text).toBe(fresh);
  });

  // unlock-screen exists on macOS and Windows only (electron.d.ts @platform darwin,win32).
  it.each([
    ['resume', 'linux-x11'],
    ['unlock-screen', 'macos'],
    ['unlock-screen', 'windows'],
  ] as const)('refreshes at once on %s (%s) after the clock jumped past the refresh time', async (event, platform) => {
    await signedInWithHourTokens(platform);
    vi.setSystemTime(START.getTime() + 45 * MINUTE);
    await settle();
    expect(bed.server.loginCount).toBe(1);

    electron.powerMonitor.emit(event);
    await until(() => bed.server.loginCount === 2, `the refresh after ${event}`);
  });

  it('does not log in on resume while the token is far from its refresh time', async () => {
    await signedInWithHourTokens();
    vi.setSystemTime(START.getTime() + 5 * MINUTE);
    electron.powerMonitor.emit('resume');
    await settle();
    expect(bed.server.loginCount).toBe(1);
  });
});
