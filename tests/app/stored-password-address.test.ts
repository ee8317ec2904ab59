import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { DEMO_ACCOUNT, startMockServer, type MockServer } from '../mock-server';
import { demoSignIn, useTestbed } from '../harness';

const bed = useTestbed();
let other: MockServer | undefined;
afterEach(async () => {
  await other?.close();
  other = undefined;
});

/** A second stand-in server that accepts the demo account too: the address a page or a typo points at. */
async function otherServer(): Promise<MockServer> {
  other = await startMockServer();
  return other;
}

const retype = { password: ['Type the password again: the address or email changed since it was saved.'] };

describe('the stored password and its address', () => {
  it('is not sent to a changed base URL: an empty password there is refused with a field error, and nothing is posted', async () => {
    const app = await bed.launchSignedIn();
    const profileId = await app.profileId();
    const elsewhere = await otherServer();
    const moved = await app.invoke('signIn', demoSignIn(elsewhere, { profileId, password: '' }));
    expect(moved).toMatchObject({ ok: false, error: { code: 'invalid-payload', fieldErrors: retype } });
    expect(elsewhere.loginCount).toBe(0);
    // The same address and email still reuse it; a typed password may go anywhere.
    expect(await app.invoke('signIn', demoSignIn(bed.server, { profileId, password: '' }))).toMatchObject({ ok: true });
    expect(await app.invoke('signIn', demoSignIn(elsewhere, { profileId }))).toMatchObject({ ok: true });
    expect(elsewhere.loginCount).toBe(1);
  });

  it('is not sent to a changed email either', async () => {
    const app = await bed.launchSignedIn();
    const profileId = await app.profileId();
    const renamed = await app.invoke('signIn', demoSignIn(bed.server, { profileId, email: `x${DEMO_ACCOUNT.email}`, password: '' }));
    expect(renamed).toMatchObject({ ok: false, error: { fieldErrors: retype } });
    expect(bed.server.loginCount).toBe(1);
  });

  it('is not sent by the launch login when the settings file now names another address', async () => {
    const app = await bed.launchSignedIn();
    await app.quit();
    const elsewhere = await otherServer();
    const settingsPath = join(bed.dirs.userData, 'settings.json');
    const settings = JSON.parse(readFileSync(settingsPath, 'utf8')) as { profiles: { customBaseUrl: string }[] };
    for (const profile of settings.profiles) profile.customBaseUrl = elsewhere.url;
    writeFileSync(settingsPath, JSON.stringify(settings));
    const again = await bed.launch();
    const snapshot = await again.snapshot();
    expect(elsewhere.loginCount).toBe(0);
    expect(snapshot.profiles[0]).toMatchObject({ status: 'needs-sign-in', lastError: { kind: 'invalid-credentials' } });
  });
});
