import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { login } from '../../main/core/login/login';
import { DEMO_ACCOUNT } from '../mock-server';
import { electron, secretsFileNames, storedSecrets, until, useTestbed } from '../harness';
import { ONE_PROFILE_MENU } from './profile-helpers';

const bed = useTestbed();

/** Writes the files the single-account version (settings layout 1.0.0, one secrets.json) left behind. */
async function writeSingleAccountFiles(userData: string, token: { token: string; issuedAt: Date; expiresAt: Date }): Promise<void> {
  const settings = {
    environment: 'custom',
    customBaseUrl: bed.server.url,
    email: DEMO_ACCOUNT.email,
    refreshLeadMinutes: 45,
    notifyLeadMinutes: 15,
    clipboardClearSeconds: 0,
    notificationsEnabled: true,
    startAtLogin: false,
    globalShortcut: '',
    __internal__: { migrations: { version: '1.0.0' } },
  };
  await writeFile(join(userData, 'settings.json'), JSON.stringify(settings), { mode: 0o600 });
  const plain = JSON.stringify({
    ...DEMO_ACCOUNT,
    token: { token: token.token, issuedAt: token.issuedAt.toISOString(), expiresAt: token.expiresAt.toISOString() },
  });
  const blob = await electron.safeStorage.encryptStringAsync(plain);
  await writeFile(join(userData, 'secrets.json'), JSON.stringify({ format: 1, blob: blob.toString('base64') }), { mode: 0o600 });
}

describe('migration from the single-account version', () => {
  it('relaunching over its files gives one profile, signed in, its stored token offered at once, without a word', async () => {
    const issued = await login({ baseUrl: bed.server.url, ...DEMO_ACCOUNT });
    await writeSingleAccountFiles(bed.dirs.userData, issued);
    bed.server.setBehaviour('hang');

    const app = await bed.launch();
    expect(app.settingsWindow).toBeUndefined();
    expect(electron.Notification.shown).toEqual([]);
    expect(app.menu.ids).toEqual(ONE_PROFILE_MENU);
    expect(app.menuLabel('status')).toMatch(/^Refreshing… · current token expires/);
    app.click('copy-token');
    await until(() => electron.clipboard.writes.length === 1, 'the stored token to be copied');
    expect(electron.clipboard.text).toBe(issued.token);
    await until(() => bed.server.loginCount === 2, 'the launch login with the migrated account');
    expect(bed.server.requests[1]).toMatchObject({ email: DEMO_ACCOUNT.email, passwordCorrect: true });

    const snapshot = await app.snapshot();
    expect(snapshot.profiles).toEqual([
      expect.objectContaining({
        name: 'demo', email: DEMO_ACCOUNT.email, isDefault: true, passwordStored: true,
        environment: 'custom', customBaseUrl: bed.server.url,
      }),
    ]);
    expect(snapshot.preferences.refreshLeadMinutes).toBe(45);
    const profileId = snapshot.defaultProfileId;
    expect(await secretsFileNames(bed.dirs.userData)).toEqual([`secrets-${profileId}.json`]);
    expect(await storedSecrets(bed.dirs.userData, profileId)).toMatchObject({ ...DEMO_ACCOUNT, token: { token: issued.token } });
  });
});
