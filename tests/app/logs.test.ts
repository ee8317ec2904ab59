import { describe, expect, it, vi } from 'vitest';
import { DEMO_ACCOUNT } from '../mock-server';
import { electron, readAppLog, until, useTestbed } from '../harness';

const bed = useTestbed();
const START = new Date('2026-03-02T08:00:00Z');

describe('logs', () => {
  it('the log file in the logs folder never holds the password or a token after a full session', async () => {
    const app = await bed.launchSignedIn({ clock: START, tokenLifetimeSec: 3600 });
    await vi.advanceTimersByTimeAsync(31 * 60_000);
    await until(() => bed.server.loginCount === 2, 'the timed refresh');
    const token = bed.server.requests[1]?.issuedToken as string;

    // A fault whose message carries both secrets reaches the log through the app's error path.
    electron.clipboard.failNextWrite(new Error(`clipboard refused ${token} for ${DEMO_ACCOUNT.password}`));
    app.click('copy-token');
    electron.powerMonitor.emit('resume');
    bed.server.setBehaviour('echo-secrets');
    await app.invoke('refreshNow', { profileId: await app.profileId() });
    app.click('copy-header');
    await until(() => electron.clipboard.writes.length === 1, 'the copy');
    await app.quit();

    const log = await readAppLog(bed.dirs);
    expect(log).toContain('Woke up (resume); re-checking the token');
    expect(log).toMatch(/clipboard refused \[redacted\] for \[redacted\]/);
    const tokens = bed.server.requests.flatMap((request) => (request.issuedToken ? [request.issuedToken] : []));
    expect(tokens.length).toBeGreaterThanOrEqual(3);
    for (const secret of [DEMO_ACCOUNT.password, ...tokens, ...tokens.map((t) => t.split('.')[2] as string)]) {
      expect(log).not.toContain(secret);
    }
  });
});
