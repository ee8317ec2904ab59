import { mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS } from '../../common/settings';
import { openSettingsStore } from '../../main/core/storage/settings-store';
import { SettingsValidationError } from '../../main/core/storage/settings-validation-error';
import { openWithConf } from './conf-backing';

let directory: string;
const settingsPath = () => join(directory, 'settings.json');
const readStored = () => JSON.parse(readFileSync(settingsPath(), 'utf8')) as Record<string, unknown>;
const open = (now?: number) => openSettingsStore(directory, openWithConf, now);

/** The error `action` throws; fails the test when it throws none or not a settings refusal. */
function refusalOf(action: () => unknown): SettingsValidationError {
  try {
    action();
  } catch (error) {
    expect(error).toBeInstanceOf(SettingsValidationError);
    return error as SettingsValidationError;
  }
  throw new Error('expected the update to be refused');
}

beforeEach(() => {
  directory = mkdtempSync(join(tmpdir(), 'settings-'));
});
afterEach(() => {
  rmSync(directory, { recursive: true, force: true });
});

describe('settings store', () => {
  it('starts with the defaults and writes them owner-only', () => {
    const { store, notice } = open();
    expect(store.get()).toEqual(DEFAULT_SETTINGS);
    expect(notice).toBeUndefined();
    expect(readStored()).toMatchObject(DEFAULT_SETTINGS);
    if (process.platform !== 'win32') expect(statSync(settingsPath()).mode & 0o777).toBe(0o600);
  });

  it('saves a valid change and reads it back after reopening', () => {
    open().store.update({ environment: 'staging', refreshLeadMinutes: 45, globalShortcut: 'CommandOrControl+Shift+T' });
    const reopened = open();
    expect(reopened.notice).toBeUndefined();
    expect(reopened.store.get()).toMatchObject({ environment: 'staging', refreshLeadMinutes: 45, globalShortcut: 'CommandOrControl+Shift+T' });
  });

  it('refuses a bad value with a per-field message and saves nothing of the patch', () => {
    const { store } = open();
    const before = readFileSync(settingsPath());
    const refusal = refusalOf(() => store.update({ refreshLeadMinutes: 10, notifyLeadMinutes: -5 }));
    expect(refusal.fieldErrors).toEqual({
      notifyLeadMinutes: ['Notification lead must be at least 0.'],
    });
    expect(store.get()).toEqual(DEFAULT_SETTINGS);
    expect(readFileSync(settingsPath())).toEqual(before);
  });

  it('refuses unknown keys, so a secret can never be written to the settings file', () => {
    const { store } = open();
    expect(refusalOf(() => store.update({ password: 'hunter2-secret' })).message).not.toContain('hunter2-secret');
    expect(readFileSync(settingsPath(), 'utf8')).not.toContain('hunter2-secret');
  });

  it('refuses the custom environment without a URL, and an http URL that is not loopback', () => {
    const { store } = open();
    expect(refusalOf(() => store.update({ environment: 'custom' })).fieldErrors).toEqual({
      customBaseUrl: ['The Custom environment needs a base URL.'],
    });
    const insecure = refusalOf(() => store.update({ environment: 'custom', customBaseUrl: 'http://api.example.com' }));
    expect(insecure.fieldErrors.customBaseUrl).toEqual([
      'Enter an https:// URL (plain http is allowed only for localhost).',
    ]);
    expect(store.update({ environment: 'custom', customBaseUrl: 'http://127.0.0.1:8080' })).toMatchObject({
      environment: 'custom',
      customBaseUrl: 'http://127.0.0.1:8080',
    });
  });

  it('migrates the unversioned pre-release layout and records the version', () => {
    writeFileSync(
      settingsPath(),
      JSON.stringify({ baseUrl: 'https://svc-fabric-stage.pwks.co/', email: 'dev@example.com', refreshLeadMs: 2_700_000, notify: false }),
    );
    const { store, notice } = open();
    expect(notice).toBeUndefined();
    expect(store.get()).toEqual({
      ...DEFAULT_SETTINGS,
      environment: 'staging',
      email: 'dev@example.com',
      refreshLeadMinutes: 45,
      notificationsEnabled: false,
    });
    const stored = readStored();
    expect(stored).not.toHaveProperty('baseUrl');
    expect(stored).not.toHaveProperty('refreshLeadMs');
    expect(stored).toHaveProperty('__internal__.migrations.version', '1.0.0');
  });

  it('migrates an unknown base URL to the custom environment', () => {
    writeFileSync(settingsPath(), JSON.stringify({ baseUrl: 'https://fabric.internal.example' }));
    expect(open().store.get()).toMatchObject({ environment: 'custom', customBaseUrl: 'https://fabric.internal.example' });
  });

  it('sets a file that is not JSON aside byte for byte and starts from the defaults, telling once', () => {
    const damaged = Buffer.from('{"email": "dev@example.com", "refreshLead\u0000');
    writeFileSync(settingsPath(), damaged);
    const now = Date.UTC(2026, 10, 28, 10, 3, 0);
    const { store, notice } = open(now);
    expect(store.get()).toEqual(DEFAULT_SETTINGS);
    const aside = join(directory, 'settings.json.corrupt-2026-11-28T10-03-00-000Z');
    expect(readFileSync(aside)).toEqual(damaged);
    expect(notice).toEqual({
      kind: 'settings-recovered',
      title: 'Settings were reset',
      message: expect.stringContaining(`The original file was kept as ${aside}.`),
    });
    expect(notice?.message).toContain('None of its settings could be kept.');
    expect(open(now + 1).notice).toBeUndefined();
  });

  it('keeps the valid fields of a file that fails the schema and names what was reset', () => {
    const original = JSON.stringify({
      email: 'dev@example.com',
      environment: 'custom',
      customBaseUrl: 'https://fabric.internal.example',
      refreshLeadMinutes: 'soon',
      clipboardClearSeconds: 99999,
      notificationsEnabled: false,
      __internal__: { migrations: { version: '1.0.0' } },
    });
    writeFileSync(settingsPath(), original);
    const { store, notice } = open();
    expect(store.get()).toEqual({
      ...DEFAULT_SETTINGS,
      email: 'dev@example.com',
      environment: 'custom',
      customBaseUrl: 'https://fabric.internal.example',
      notificationsEnabled: false,
    });
    expect(notice?.message).toContain('These were reset to their defaults: refresh lead, clipboard clear delay.');
    const asides = readdirSync(directory).filter((name) => name.startsWith('settings.json.corrupt-'));
    expect(asides).toHaveLength(1);
    expect(readFileSync(join(directory, asides[0] ?? ''), 'utf8')).toBe(original);
    expect(readStored()).toMatchObject({ email: 'dev@example.com', refreshLeadMinutes: 30 });
  });

  it('recovers a legacy file whose migrated value the schema refuses, keeping the rest', () => {
    writeFileSync(settingsPath(), JSON.stringify({ baseUrl: 'http://evil.example.com', email: 'dev@example.com', notify: false }));
    const { store, notice } = open();
    expect(notice?.kind).toBe('settings-recovered');
    expect(store.get()).toEqual({ ...DEFAULT_SETTINGS, email: 'dev@example.com', notificationsEnabled: false });
  });

  it('ignores a key a newer version added instead of discarding the file', () => {
    writeFileSync(settingsPath(), JSON.stringify({ ...DEFAULT_SETTINGS, email: 'dev@example.com', futureOption: 3 }));
    const { store, notice } = open();
    expect(notice).toBeUndefined();
    expect(store.get().email).toBe('dev@example.com');
  });
});
