import { describe, expect, it, vi } from 'vitest';
import type { AboutInfo, InvokeMethod, Preferences, StatusSnapshot, UpdatesView } from '../../../common/ipc-contract';
import { DEFAULT_SETTINGS } from '../../../common/settings';
import { LoginError } from '../login/login-error';
import { ControllerError, type AppController } from '../app/app-controller';
import { DOC_LINKS } from '../window/doc-links';
import { createIpcHandlers } from './ipc-handlers';
import { createSenderCheck, type SenderInfo } from './sender-check';
import { preferencesOf } from '../app/status-view';

const TRUSTED: SenderInfo = { webContentsId: 1, frameUrl: 'app://settings/index.html' };
const FOREIGN: SenderInfo = { webContentsId: 1, frameUrl: 'https://evil.example/' };
const STRANGER: SenderInfo = { webContentsId: 2, frameUrl: 'app://settings/index.html' };

const initialPreferences = preferencesOf(DEFAULT_SETTINGS);

/** A controller that records each call, so tests can prove refused requests never reach it. */
const ABOUT: AboutInfo = {
  appVersion: '0.1.0', electronVersion: '45.5.0', chromiumVersion: '142.0.0.0', nodeVersion: '22.20.0',
  os: 'Linux 6.1.0 (x64)', platform: 'linux', trayHint: 'In the top bar.',
};

function recordingController() {
  let preferences: Preferences = { ...initialPreferences };
  const snapshot = (): StatusSnapshot => ({ profiles: [], defaultProfileId: '', sessionOnly: false, preferences });
  const updates = (automaticChecks = true): UpdatesView => ({
    currentVersion: '0.1.0', status: 'idle', message: '', automaticChecks, canCheck: true, canRestart: false,
  });
  const controller = {
    getSnapshot: vi.fn(snapshot),
    signIn: vi.fn(async () => snapshot()),
    signOut: vi.fn(async () => snapshot()),
    refreshNow: vi.fn(async () => snapshot()),
    copyToken: vi.fn(async (_profileId: string, format: 'token' | 'authorization-header') => ({ format })),
    savePreferences: vi.fn(async (next: Preferences) => (preferences = next)),
    openExternal: vi.fn(async () => undefined),
    subscribe: vi.fn(() => () => undefined),
    renameProfile: vi.fn(async () => snapshot()),
    removeProfile: vi.fn(async () => snapshot()),
    setDefaultProfile: vi.fn(async () => snapshot()),
    saveApiClients: vi.fn(async (settings: { enabled: boolean; port: number }) => ({ ...settings, url: '', state: 'off' as const, keyStorage: 'keychain' as const })),
    copyApiKey: vi.fn(async () => ({})),
    rotateApiKey: vi.fn(async () => ({ enabled: false, port: 17345, url: '', state: 'off' as const, keyStorage: 'keychain' as const })),
    copyPostmanScript: vi.fn(async () => null),
    checkForUpdates: vi.fn(async () => updates()),
    restartToUpdate: vi.fn(async () => updates()),
    setAutomaticUpdateChecks: vi.fn(async (enabled: boolean) => updates(enabled)),
    about: vi.fn(() => ABOUT),
    copyDiagnostics: vi.fn(async () => 'diagnostics'),
    openLogs: vi.fn(async () => undefined),
    resetAllData: vi.fn(async () => undefined),
    chooseCaFile: vi.fn(async () => '/etc/ssl/company-root.pem'),
  } satisfies AppController;
  return controller;
}

function setup(onUnexpectedError?: (method: InvokeMethod, error: unknown) => void) {
  const controller = recordingController();
  const check = createSenderCheck({ isKnownWindow: (id) => id === 1, appOrigin: 'app://settings' });
  const handlers = createIpcHandlers(controller, check, onUnexpectedError ? { onUnexpectedError } : {});
  const operations = [
    controller.signIn, controller.signOut, controller.refreshNow, controller.copyToken,
    controller.savePreferences, controller.openExternal, controller.renameProfile, controller.removeProfile,
    controller.setDefaultProfile, controller.saveApiClients, controller.copyApiKey, controller.rotateApiKey,
    controller.copyPostmanScript,
    controller.setDefaultProfile, controller.checkForUpdates, controller.restartToUpdate,
    controller.setAutomaticUpdateChecks,
    controller.setDefaultProfile, controller.about, controller.copyDiagnostics, controller.openLogs,
    controller.resetAllData, controller.chooseCaFile,
  ];
  return { controller, handlers, operations };
}

const SIGN_IN = { profileId: 'p1', name: 'Work', email: 'a@example.com', password: 'pw', environment: 'production', customBaseUrl: '' };

const VALID_PAYLOADS: { [M in InvokeMethod]: unknown } = {
  getSnapshot: undefined,
  signIn: SIGN_IN,
  signOut: { profileId: 'p1' },
  refreshNow: { profileId: 'p1' },
  copyToken: { profileId: 'p1', format: 'token' },
  savePreferences: { refreshLeadMinutes: 20 },
  openDocs: 'obtaining-a-token',
  renameProfile: { profileId: 'p1', name: 'Staging' },
  removeProfile: { profileId: 'p1' },
  setDefaultProfile: { profileId: 'p1' },
  saveApiClients: { enabled: true, port: 17345 },
  copyApiKey: undefined,
  rotateApiKey: undefined,
  copyPostmanScript: undefined,
  checkForUpdates: undefined,
  restartToUpdate: undefined,
  setAutomaticUpdateChecks: false,
  getAbout: undefined,
  copyDiagnostics: undefined,
  openLogs: undefined,
  resetAllData: undefined,
  chooseCaFile: undefined,
};
const METHODS = Object.keys(VALID_PAYLOADS) as InvokeMethod[];

describe('createIpcHandlers: sender check', () => {
  it.each(METHODS)('%s refuses a foreign frame and an unknown window without calling the controller', async (method) => {
    const { controller, handlers, operations } = setup();
    for (const sender of [FOREIGN, STRANGER]) {
      const result = await handlers[method](sender, VALID_PAYLOADS[method]);
      expect(result).toEqual({ ok: false, error: { code: 'untrusted-sender', message: expect.any(String) } });
    }
    for (const operation of operations) expect(operation).not.toHaveBeenCalled();
    expect(controller.getSnapshot).not.toHaveBeenCalled();
  });

  it.each(METHODS)('%s answers a trusted sender with a valid payload', async (method) => {
    const { handlers } = setup();
    const result = await handlers[method](TRUSTED, VALID_PAYLOADS[method]);
    expect(result.ok).toBe(true);
  });
});

describe('createIpcHandlers: payload parsing', () => {
  const malformed: [InvokeMethod, unknown][] = [
    ['getSnapshot', { extra: true }],
    ['signOut', 'now'],
    ['signOut', undefined],
    ['signOut', { profileId: '' }],
    ['refreshNow', 1],
    ['refreshNow', { profileId: 7 }],
    ['signIn', undefined],
    ['signIn', 'a@example.com'],
    ['signIn', { ...SIGN_IN, customBaseUrl: undefined }],
    ['signIn', { ...SIGN_IN, profileId: undefined }],
    ['signIn', { ...SIGN_IN, name: '   ' }],
    ['signIn', { ...SIGN_IN, name: 'x'.repeat(41) }],
    ['signIn', { ...SIGN_IN, email: 'not-an-email' }],
    ['signIn', { ...SIGN_IN, password: 42 }],
    ['signIn', { ...SIGN_IN, environment: 'moon' }],
    ['signIn', { ...SIGN_IN, environment: 'custom', customBaseUrl: 'http://evil.example' }],
    ['signIn', { ...SIGN_IN, token: 'x' }],
    ['copyToken', { profileId: 'p1', format: 'everything' }],
    ['copyToken', { format: 'token' }],
    ['copyToken', null],
    ['renameProfile', { profileId: 'p1' }],
    ['renameProfile', { profileId: 'p1', name: '' }],
    ['removeProfile', 'p1'],
    ['setDefaultProfile', { profileId: 'p1', extra: 1 }],
    ['openDocs', 'https://evil.example/'],
    ['openDocs', { id: 'obtaining-a-token' }],
    ['savePreferences', { refreshLeadMinutes: -5 }],
    ['savePreferences', { refreshLeadMinutes: '30' }],
    ['savePreferences', { notifyLeadMinutes: 1.5 }],
    ['savePreferences', { notificationsEnabled: 'yes' }],
    ['savePreferences', { globalShortcut: 'T' }],
    ['savePreferences', { unknownPreference: 1 }],
    ['savePreferences', []],
    ['saveApiClients', { enabled: true }],
    ['saveApiClients', { enabled: true, port: 80 }],
    ['saveApiClients', { enabled: true, port: 70000 }],
    ['saveApiClients', { enabled: 'yes', port: 17345 }],
    ['saveApiClients', { enabled: true, port: 17345, host: '0.0.0.0' }],
    ['copyApiKey', { key: 'x' }],
    ['rotateApiKey', 'now'],
    ['copyPostmanScript', { port: 1 }],
    ['checkForUpdates', { now: true }],
    ['restartToUpdate', 'please'],
    ['setAutomaticUpdateChecks', 'off'],
    ['setAutomaticUpdateChecks', undefined],
    ['setAutomaticUpdateChecks', { enabled: false }],
  ];

  it.each(malformed)('%s refuses %j without calling the controller', async (method, payload) => {
    const { handlers, operations } = setup();
    const result = await handlers[method](TRUSTED, payload);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error.code).toBe('invalid-payload');
      expect(result.error.message.length).toBeGreaterThan(0);
    }
    for (const operation of operations) expect(operation).not.toHaveBeenCalled();
  });

  it('names the offending fields of a sign-in form', async () => {
    const { handlers } = setup();
    const result = await handlers.signIn(TRUSTED, { ...SIGN_IN, name: '', email: 'nope', environment: 'custom', customBaseUrl: 'ftp://x' });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(Object.keys(result.error.fieldErrors ?? {}).sort()).toEqual(['customBaseUrl', 'email', 'name']);
  });

  it('hands the profile id and the trimmed name to the controller, null for a new profile', async () => {
    const { controller, handlers } = setup();
    expect(await handlers.renameProfile(TRUSTED, { profileId: 'p1', name: '  Staging  ' })).toMatchObject({ ok: true });
    expect(controller.renameProfile).toHaveBeenCalledWith('p1', 'Staging');
    expect(await handlers.signIn(TRUSTED, { ...SIGN_IN, profileId: null })).toMatchObject({ ok: true });
    expect(controller.signIn).toHaveBeenCalledWith({ ...SIGN_IN, profileId: null });
    await handlers.copyToken(TRUSTED, { profileId: 'p2', format: 'authorization-header' });
    expect(controller.copyToken).toHaveBeenCalledWith('p2', 'authorization-header');
  });

  it('refuses a preferences patch with one bad value and saves none of the good ones', async () => {
    const { controller, handlers } = setup();
    const result = await handlers.savePreferences(TRUSTED, { refreshLeadMinutes: 45, clipboardClearSeconds: -1 });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.fieldErrors).toEqual({ clipboardClearSeconds: ['Clear the clipboard after: enter a whole number of seconds from 0 to 3600.'] });
    expect(controller.savePreferences).not.toHaveBeenCalled();
    expect(controller.getSnapshot().preferences.refreshLeadMinutes).toBe(initialPreferences.refreshLeadMinutes);
  });

  it('merges a valid patch with the stored preferences and saves the whole set once', async () => {
    const { controller, handlers } = setup();
    const result = await handlers.savePreferences(TRUSTED, { globalShortcut: ' CommandOrControl+Shift+T ' });
    expect(result).toEqual({ ok: true, value: { ...initialPreferences, globalShortcut: 'CommandOrControl+Shift+T' } });
    expect(controller.savePreferences).toHaveBeenCalledTimes(1);
  });

  it('opens only the allow-listed URL behind a documentation id', async () => {
    const { controller, handlers } = setup();
    expect(await handlers.openDocs(TRUSTED, 'core-api-authentication')).toEqual({ ok: true, value: null });
    expect(controller.openExternal).toHaveBeenCalledWith(DOC_LINKS['core-api-authentication']);
  });
});

describe('createIpcHandlers: errors', () => {
  it('reports a login failure with its message and field errors', async () => {
    const { controller, handlers } = setup();
    controller.signIn.mockRejectedValueOnce(
      new LoginError('invalid-credentials', 'The email or password is wrong.', {
        status: 422,
        fieldErrors: { email: ['The email field is required.'] },
      }),
    );
    expect(await handlers.signIn(TRUSTED, VALID_PAYLOADS.signIn)).toEqual({
      ok: false,
      error: {
        code: 'sign-in-failed',
        message: 'The email or password is wrong.',
        fieldErrors: { email: ['The email field is required.'] },
      },
    });
  });

  it('passes on a controller error as is', async () => {
    const { controller, handlers } = setup();
    controller.copyToken.mockRejectedValueOnce(new ControllerError('no-token', 'There is no token to copy yet.'));
    expect(await handlers.copyToken(TRUSTED, { profileId: 'p1', format: 'token' })).toEqual({
      ok: false,
      error: { code: 'no-token', message: 'There is no token to copy yet.' },
    });
    controller.removeProfile.mockRejectedValueOnce(new ControllerError('unknown-profile', 'That profile does not exist (any more).'));
    expect(await handlers.removeProfile(TRUSTED, { profileId: 'gone' })).toEqual({
      ok: false,
      error: { code: 'unknown-profile', message: 'That profile does not exist (any more).' },
    });
  });

  it('hides an unexpected error behind a generic message and reports it to the hook', async () => {
    const seen: unknown[] = [];
    const { controller, handlers } = setup((method, error) => seen.push([method, error]));
    const raw = new Error('boom with secret pw-hunter2');
    controller.refreshNow.mockRejectedValueOnce(raw);
    const result = await handlers.refreshNow(TRUSTED, { profileId: 'p1' });
    expect(result).toEqual({ ok: false, error: { code: 'internal', message: expect.any(String) } });
    expect(JSON.stringify(result)).not.toContain('hunter2');
    expect(seen).toEqual([['refreshNow', raw]]);
  });

  it('never rejects, even when the controller throws synchronously', async () => {
    const { controller, handlers } = setup();
    controller.getSnapshot.mockImplementationOnce(() => {
      throw new TypeError('bad state');
    });
    await expect(handlers.getSnapshot(TRUSTED, undefined)).resolves.toMatchObject({ ok: false, error: { code: 'internal' } });
  });
});
