import { describe, expect, it } from 'vitest';
import { INVOKE_CHANNELS } from '../../common/ipc-contract';
import { SETTINGS_PAGE_URL } from '../../main/core/window/app-origin';
import { DEMO_ACCOUNT } from '../mock-server';
import { demoSignIn, electron, FakeWebContents, until, useTestbed } from '../harness';

const bed = useTestbed();

describe('IPC from the settings window', () => {
  it('refuses a foreign sender: unknown webContents, a foreign frame URL, no frame, a closed window', async () => {
    const app = await bed.launch();
    const page = app.trustedSender();
    const foreignSenders = [
      { webContentsId: page.webContentsId + 1000, frameUrl: SETTINGS_PAGE_URL },
      { webContentsId: page.webContentsId, frameUrl: 'https://evil.example/index.html' },
      { webContentsId: page.webContentsId, frameUrl: 'file:///tmp/index.html' },
      { webContentsId: page.webContentsId, frameUrl: undefined },
    ];
    for (const sender of foreignSenders) {
      const result = await app.invoke('signIn', demoSignIn(bed.server), sender);
      expect(result).toMatchObject({ ok: false, error: { code: 'untrusted-sender' } });
    }
    expect(bed.server.loginCount).toBe(0);

    expect(await app.invoke('getSnapshot', undefined)).toMatchObject({ ok: true });
    app.settingsWindow?.close();
    expect(await app.invoke('getSnapshot', undefined, page)).toMatchObject({ ok: false, error: { code: 'untrusted-sender' } });
  });

  it('registers every request channel of the contract', async () => {
    await bed.launch();
    for (const channel of Object.values(INVOKE_CHANNELS)) expect(electron.ipcMain.handlers.has(channel)).toBe(true);
  });

  it('never gives the page the password or a token, in any result or pushed status', async () => {
    const app = await bed.launch();
    const signedIn = await app.signIn(demoSignIn(bed.server));
    expect(signedIn.profiles[0]?.token?.preview).toMatch(/…/);
    const profileId = signedIn.defaultProfileId;
    await app.invoke('getSnapshot', undefined);
    await app.invoke('copyToken', { profileId, format: 'token' });
    await app.invoke('copyToken', { profileId, format: 'authorization-header' });
    await app.invoke('refreshNow', { profileId });
    await app.invoke('signIn', demoSignIn(bed.server, { profileId, password: '' }));
    await app.invoke('signIn', demoSignIn(bed.server, { profileId, password: 'wrong-password' }));
    await app.invoke('signOut', { profileId });
    await until(() => bed.server.loginCount === 4, 'every login');

    const tokens = bed.server.requests.flatMap((request) => (request.issuedToken ? [request.issuedToken] : []));
    expect(tokens).toHaveLength(3);
    expect(electron.clipboard.writes).toContain(tokens[0]);
    const results = electron.ipcMain.invocations.map((invocation) => JSON.stringify(invocation.result ?? invocation.error));
    const pushed = sentPayloads();
    expect(results).toHaveLength(8);
    expect(pushed.length).toBeGreaterThan(3);
    for (const text of [...results, ...pushed]) {
      expect(text).not.toContain(DEMO_ACCOUNT.password);
      for (const token of tokens) {
        expect(text).not.toContain(token);
        expect(text).not.toContain(token.split('.')[2]);
      }
    }
  });
});

/** Every `webContents.send` payload as JSON text; each must be a status push. */
function sentPayloads(): string[] {
  return FakeWebContents.sent.map((message) => {
    expect(message.channel).toBe('app:status');
    return JSON.stringify(message.args);
  });
}
