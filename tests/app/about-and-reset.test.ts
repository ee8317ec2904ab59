import { existsSync } from 'node:fs';
import { readdir } from 'node:fs/promises';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { AUTOSTART_FILE_NAME } from '../../main/core/autostart/xdg-autostart';
import { SCRIPT_ACCESS_DIR_ENV } from '../../main/core/script-access/script-access-paths';
import { freePort } from '../api-clients/http-client';
import { DEMO_ACCOUNT } from '../mock-server';
import { electron, until, useTestbed, type RunningApp } from '../harness';

const bed = useTestbed();

/** Every token the stand-in server issued so far. */
const issuedTokens = () => bed.server.requests.flatMap((request) => (request.issuedToken ? [request.issuedToken] : []));

describe('About: versions, logs folder, diagnostics', () => {
  it('tells versions and OS, and opens the logs folder', async () => {
    const app = await bed.launchSignedIn();
    const about = await app.invoke('getAbout', undefined);
    expect(about).toMatchObject({ ok: true, value: { appVersion: '0.1.0', nodeVersion: process.versions.node, platform: process.platform } });
    expect(await app.invoke('openLogs', undefined)).toEqual({ ok: true, value: null });
    expect(electron.shell.openedPaths).toEqual([bed.dirs.logs]);
  });

  it('copies diagnostics with statuses and last errors, never a password, token or email', async () => {
    const app = await bed.launchSignedIn();
    bed.server.setBehaviour('echo-secrets');
    const profileId = await app.profileId();
    expect((await app.invoke('refreshNow', { profileId })).ok).toBe(false);
    const result = await app.invoke('copyDiagnostics', undefined);
    if (!result.ok) throw new Error(result.error.message);
    const { text } = result.value;
    expect(electron.clipboard.text).toBe(text);
    expect(text).toMatch(/^Patchworks Token Tray 0\.1\.0$/m);
    expect(text).toMatch(/^OS: /m);
    expect(text).toMatch(/^Key store: /m);
    expect(text).toMatch(/^API clients: off \(127\.0\.0\.1:17345, key in the keychain\)$/m);
    expect(text).toMatch(/^- demo \(default\) · custom · needs-sign-in · password stored · token expires .* · last error: /m);
    const secrets = [DEMO_ACCOUNT.password, DEMO_ACCOUNT.email, ...issuedTokens()];
    expect(secrets.length).toBeGreaterThan(2);
    for (const secret of secrets) expect(text).not.toContain(secret);
  });

  it('says whether the API-client endpoint listens, and why not when its port was taken at launch', async () => {
    const diagnostics = async (app: RunningApp): Promise<string> => {
      const result = await app.invoke('copyDiagnostics', undefined);
      if (!result.ok) throw new Error(result.error.message);
      return result.value.text;
    };
    const app = await bed.launchSignedIn();
    const port = await freePort();
    await app.invoke('saveApiClients', { enabled: true, port });
    await app.invoke('copyApiKey', undefined);
    const key = electron.clipboard.text;
    expect(key.length).toBeGreaterThan(20);
    expect(await diagnostics(app)).not.toContain(key);
    expect(await diagnostics(app)).toMatch(new RegExp(`^API clients: listening \\(127\\.0\\.0\\.1:${port}, key in the keychain\\)$`, 'm'));
    await app.quit();
    const squatter = createServer();
    await new Promise<void>((listening) => squatter.listen(port, '127.0.0.1', listening));
    try {
      const again = await bed.launch();
      again.click('settings');
      expect(await diagnostics(again)).toMatch(new RegExp(`^API clients: unavailable — Port ${port} on 127\\.0\\.0\\.1 is already in use.* \\(127\\.0\\.0\\.1:${port}, key in the keychain\\)$`, 'm'));
    } finally {
      squatter.close();
    }
  });
});

describe('Reset all data', () => {
  it.runIf(process.platform === 'linux')('signs out and leaves nothing: settings, secrets, window state, script-access folder, autostart entry', async () => {
    const channel = join(bed.dirs.root, 'run');
    vi.stubEnv(SCRIPT_ACCESS_DIR_ENV, channel);
    const app = await bed.launchSignedIn();
    const { preferences } = await app.snapshot();
    expect((await app.invoke('savePreferences', { ...preferences, scriptAccessEnabled: true, startAtLogin: true, clipboardClearSeconds: 0 })).ok).toBe(true);
    app.settingsWindow?.close(); // saves the window position
    app.click('copy-token');
    await until(() => electron.clipboard.writes.length === 1, 'the copy');
    const autostart = join(bed.dirs.configHome, 'autostart', AUTOSTART_FILE_NAME);
    const before = await readdir(bed.dirs.userData);
    expect(before).toEqual(expect.arrayContaining(['settings.json', 'window-state.json', expect.stringMatching(/^secrets-.+\.json$/)]));
    expect(existsSync(channel) && existsSync(autostart)).toBe(true);

    app.click('settings');
    expect(await app.invoke('resetAllData', undefined)).toEqual({ ok: true, value: null });
    await until(() => electron.app.hasQuit, 'the app to quit after the reset');
    expect(await readdir(bed.dirs.userData)).toEqual([]);
    expect(existsSync(channel)).toBe(false);
    expect(existsSync(autostart)).toBe(false);
    expect(electron.clipboard.text).toBe('');
    expect(electron.globalShortcut.registered.size).toBe(0);

    // The next launch is a first run.
    const again = await bed.launch();
    expect((await again.snapshot()).profiles).toEqual([]);
    expect(again.settingsWindow?.visible).toBe(true);
  });
});
