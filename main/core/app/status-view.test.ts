import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, type ProfileSettings } from '../../../common/settings';
import { LoginError } from '../login/login-error';
import { buildProfileSnapshot, buildStatusSnapshot, maskToken, preferencesOf } from './status-view';
import { resolveBaseUrl } from '../settings/base-url';

const TOKEN = 'eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxIn0.c2lnbmF0dXJlLXNlY3JldC14OVF6';
const WORK: ProfileSettings = { id: 'p-work', name: 'Work', environment: 'production', customBaseUrl: '', email: 'a@example.com' };

describe('maskToken', () => {
  it('keeps only the first and last 4 characters', () => expect(maskToken(TOKEN)).toBe('eyJh…OVF6'));
  it('hides a short token completely', () => expect(maskToken('abcdefgh')).toBe('…'));
  it('never shows more than a quarter of a token', () => {
    for (let length = 1; length <= 80; length += 1) {
      const token = 'k'.repeat(length);
      const shown = maskToken(token).replace('…', '').length;
      expect(shown, `a token of ${length} characters`).toBeLessThanOrEqual(length / 4);
    }
    expect(maskToken('0123456789abcdef')).toBe('01…ef');
  });
});

describe('resolveBaseUrl', () => {
  it('maps the named environments and passes a custom URL through', () => {
    expect(resolveBaseUrl({ environment: 'staging', customBaseUrl: 'x' })).toBe('https://svc-fabric-stage.pwks.co');
    expect(resolveBaseUrl({ environment: 'custom', customBaseUrl: 'http://127.0.0.1:9' })).toBe('http://127.0.0.1:9');
  });
});

describe('buildProfileSnapshot', () => {
  it('shows the token only as a preview with its times', () => {
    const snapshot = buildProfileSnapshot({
      profile: WORK,
      isDefault: true,
      keeper: {
        status: 'valid',
        token: { token: TOKEN, issuedAt: new Date(1_000), expiresAt: new Date(86_401_000) },
        nextAttemptAt: new Date(84_601_000),
      },
      passwordStored: true,
    });
    expect(snapshot).toEqual({
      id: 'p-work',
      name: 'Work',
      isDefault: true,
      email: 'a@example.com',
      environment: 'production',
      customBaseUrl: '',
      baseUrl: 'https://svc-fabric.pwks.co',
      passwordStored: true,
      status: 'valid',
      token: { preview: 'eyJh…OVF6', issuedAt: 1_000, expiresAt: 86_401_000 },
      lastRefreshAt: 1_000,
      nextRefreshAt: 84_601_000,
    });
    expect(JSON.stringify(snapshot)).not.toContain(TOKEN.slice(4, -4));
  });

  it('reports a stopped keeper as signed out and carries the last error with its field errors', () => {
    const lastError = new LoginError('invalid-credentials', 'The email field is required.', {
      status: 422,
      fieldErrors: { email: ['The email field is required.'] },
    });
    const snapshot = buildProfileSnapshot({ profile: WORK, isDefault: false, keeper: { status: 'stopped', lastError }, passwordStored: false });
    expect(snapshot.status).toBe('signed-out');
    expect(snapshot.isDefault).toBe(false);
    expect(snapshot.token).toBeUndefined();
    expect(snapshot.lastError).toEqual({
      kind: 'invalid-credentials',
      message: 'The email field is required.',
      fieldErrors: { email: ['The email field is required.'] },
    });
  });
});

describe('buildStatusSnapshot', () => {
  it('carries the profiles in the given order, the default, the keyring state and the preferences', () => {
    const settings = { ...DEFAULT_SETTINGS, profiles: [WORK], defaultProfileId: 'p-work', scriptAccessEnabled: true };
    const profile = buildProfileSnapshot({ profile: WORK, isDefault: true, keeper: { status: 'idle' }, passwordStored: false });
    expect(buildStatusSnapshot({ profiles: [profile], settings, sessionOnly: true })).toEqual({
      profiles: [profile],
      defaultProfileId: 'p-work',
      sessionOnly: true,
      preferences: preferencesOf(settings),
    });
  });

  it('carries the session-only reason only while passwords are kept for the session', () => {
    const settings = { ...DEFAULT_SETTINGS };
    const reason = 'No system keyring was found on this computer…';
    expect(buildStatusSnapshot({ profiles: [], settings, sessionOnly: true, sessionOnlyReason: reason })).toMatchObject({
      sessionOnly: true,
      sessionOnlyReason: reason,
    });
    expect(buildStatusSnapshot({ profiles: [], settings, sessionOnly: false, sessionOnlyReason: reason })).not.toHaveProperty(
      'sessionOnlyReason',
    );
  });

  it('picks exactly the preference fields', () => {
    expect(Object.keys(preferencesOf(DEFAULT_SETTINGS)).sort()).toEqual([
      'caFile', 'clipboardClearSeconds', 'globalShortcut', 'notificationsEnabled', 'notifyLeadMinutes', 'proxyUrl',
      'refreshLeadMinutes', 'scriptAccessEnabled', 'startAtLogin',
    ]);
  });
});
