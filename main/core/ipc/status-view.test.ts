import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS } from '../../../common/settings';
import { LoginError } from '../login/login-error';
import { buildStatusSnapshot, maskToken, preferencesOf, resolveBaseUrl } from './status-view';

const TOKEN = 'eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxIn0.c2lnbmF0dXJlLXNlY3JldC14OVF6';

describe('maskToken', () => {
  it('keeps only the first and last 4 characters', () => expect(maskToken(TOKEN)).toBe('eyJh…OVF6'));
  it('hides a short token completely', () => expect(maskToken('abcdefgh')).toBe('…'));
});

describe('resolveBaseUrl', () => {
  it('maps the named environments and passes a custom URL through', () => {
    expect(resolveBaseUrl({ environment: 'staging', customBaseUrl: 'x' })).toBe('https://svc-fabric-stage.pwks.co');
    expect(resolveBaseUrl({ environment: 'custom', customBaseUrl: 'http://127.0.0.1:9' })).toBe('http://127.0.0.1:9');
  });
});

describe('buildStatusSnapshot', () => {
  const settings = { ...DEFAULT_SETTINGS, email: 'a@example.com' };

  it('shows the token only as a preview with its times', () => {
    const snapshot = buildStatusSnapshot({
      keeper: {
        status: 'valid',
        token: { token: TOKEN, issuedAt: new Date(1_000), expiresAt: new Date(86_401_000) },
        nextAttemptAt: new Date(84_601_000),
      },
      settings,
      passwordStored: true,
      sessionOnly: false,
    });
    expect(snapshot).toEqual({
      email: 'a@example.com',
      environment: 'production',
      customBaseUrl: '',
      baseUrl: 'https://svc-fabric.pwks.co',
      passwordStored: true,
      sessionOnly: false,
      status: 'valid',
      token: { preview: 'eyJh…OVF6', issuedAt: 1_000, expiresAt: 86_401_000 },
      lastRefreshAt: 1_000,
      nextRefreshAt: 84_601_000,
      preferences: preferencesOf(settings),
    });
    expect(JSON.stringify(snapshot)).not.toContain(TOKEN.slice(4, -4));
  });

  it('reports a stopped keeper as signed out and carries the last error with its field errors', () => {
    const lastError = new LoginError('invalid-credentials', 'The email field is required.', {
      status: 422,
      fieldErrors: { email: ['The email field is required.'] },
    });
    const snapshot = buildStatusSnapshot({
      keeper: { status: 'stopped', lastError },
      settings,
      passwordStored: false,
      sessionOnly: true,
    });
    expect(snapshot.status).toBe('signed-out');
    expect(snapshot.sessionOnly).toBe(true);
    expect(snapshot.token).toBeUndefined();
    expect(snapshot.lastError).toEqual({
      kind: 'invalid-credentials',
      message: 'The email field is required.',
      fieldErrors: { email: ['The email field is required.'] },
    });
  });

  it('picks exactly the preference fields', () => {
    expect(Object.keys(preferencesOf(settings)).sort()).toEqual(
      ['clipboardClearSeconds', 'globalShortcut', 'notificationsEnabled', 'notifyLeadMinutes', 'refreshLeadMinutes', 'startAtLogin'],
    );
  });
});
