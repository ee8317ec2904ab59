import { mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, type ProfileSettings } from '../../common/settings';
import { profileNameFromEmail } from '../../main/core/settings/settings-migrations';
import { openSettingsStore } from '../../main/core/settings/settings-store';
import { SettingsValidationError } from '../../main/core/settings/settings-validation-error';
import { openWithConf } from '../storage/conf-backing';

const STAGING: ProfileSettings = { id: 'p-stage', name: 'Staging', environment: 'staging', customBaseUrl: '', email: 'dev@example.com' };
/** The preferences of a 1.0.0 file that differ from the defaults. */
const PREFERENCES_V1 = { refreshLeadMinutes: 20, notifyLeadMinutes: 5, clipboardClearSeconds: 30, notificationsEnabled: false, startAtLogin: true, globalShortcut: 'Alt+Shift+T' };

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
    open().store.update({ profiles: [STAGING], defaultProfileId: STAGING.id, refreshLeadMinutes: 45, globalShortcut: 'CommandOrControl+Shift+T' });
    const reopened = open();
    expect(reopened.notice).toBeUndefined();
    expect(reopened.store.get()).toMatchObject({ profiles: [STAGING], defaultProfileId: STAGING.id, refreshLeadMinutes: 45, globalShortcut: 'CommandOrControl+Shift+T' });
  });

  it('refuses a bad value with a per-field message and saves nothing of the patch', () => {
    const { store } = open();
    const before = readFileSync(settingsPath());
    const refusal = refusalOf(() => store.update({ refreshLeadMinutes: 10, notifyLeadMinutes: -5 }));
    expect(refusal.fieldErrors).toEqual({
      notifyLeadMinutes: ['Warn before a copied token expires: enter a whole number of minutes from 0 to 720.'],
    });
    expect(store.get()).toEqual(DEFAULT_SETTINGS);
    expect(readFileSync(settingsPath())).toEqual(before);
  });

  it('refuses unknown keys, so a secret can never be written to the settings file', () => {
    const { store } = open();
    expect(refusalOf(() => store.update({ password: 'hunter2-secret' })).message).not.toContain('hunter2-secret');
    expect(readFileSync(settingsPath(), 'utf8')).not.toContain('hunter2-secret');
  });

  it('refuses a custom profile without a URL, and an http URL that is not loopback', () => {
    const { store } = open();
    const custom = (customBaseUrl: string) => ({ profiles: [{ ...STAGING, environment: 'custom', customBaseUrl }], defaultProfileId: STAGING.id });
    expect(refusalOf(() => store.update(custom(''))).fieldErrors).toEqual({ profiles: ['The Custom environment needs a base URL.'] });
    expect(refusalOf(() => store.update(custom('http://api.example.com'))).fieldErrors).toEqual({
      profiles: ['Enter an https:// URL (plain http is allowed only for localhost).'],
    });
    expect(store.update(custom('http://127.0.0.1:8080')).profiles[0]).toMatchObject({ environment: 'custom', customBaseUrl: 'http://127.0.0.1:8080' });
  });

  it('refuses a repeated name (in any case) or id, and a default that names no profile', () => {
    const { store } = open();
    const work = { ...STAGING, id: 'p-work', name: 'Work' };
    expect(refusalOf(() => store.update({ profiles: [work, { ...STAGING, name: ' WORK ' }], defaultProfileId: 'p-work' })).fieldErrors).toEqual({
      profiles: ['Another profile is already named "WORK".'],
    });
    expect(refusalOf(() => store.update({ profiles: [work, { ...STAGING, id: 'p-work' }], defaultProfileId: 'p-work' })).fieldErrors).toEqual({
      profiles: ['Two profiles have the same id.'],
    });
    expect(refusalOf(() => store.update({ profiles: [work], defaultProfileId: 'p-gone' })).fieldErrors).toEqual({
      defaultProfileId: ['The default profile must be one of the profiles.'],
    });
    expect(refusalOf(() => store.update({ profiles: [{ ...work, id: '../secrets' }], defaultProfileId: '../secrets' })).fieldErrors).toEqual({
      profiles: ['The profile id is not valid.'],
    });
    expect(refusalOf(() => store.update({ defaultProfileId: 'p-work' })).fieldErrors).toHaveProperty('defaultProfileId');
    expect(store.get()).toEqual(DEFAULT_SETTINGS);
  });

  it('migrates the unversioned pre-release layout through to profiles and records the version', () => {
    writeFileSync(
      settingsPath(),
      JSON.stringify({ baseUrl: 'https://svc-fabric-stage.pwks.co/', email: 'dev@example.com', refreshLeadMs: 2_700_000, notify: false }),
    );
    const { store, notice } = open();
    expect(notice).toBeUndefined();
    const settings = store.get();
    expect(settings).toEqual({
      ...DEFAULT_SETTINGS,
      profiles: [{ id: settings.defaultProfileId, name: 'dev', environment: 'staging', customBaseUrl: '', email: 'dev@example.com' }],
      defaultProfileId: expect.stringMatching(/^[0-9a-f-]{36}$/),
      refreshLeadMinutes: 45,
      notificationsEnabled: false,
    });
    const stored = readStored();
    expect(stored).not.toHaveProperty('baseUrl');
    expect(stored).not.toHaveProperty('refreshLeadMs');
    expect(stored).not.toHaveProperty('email');
    expect(stored).toHaveProperty('__internal__.migrations.version', '2.0.0');
  });

  it('migrates the single-account layout (1.0.0) to one default profile, keeping the id across reopening', () => {
    writeFileSync(settingsPath(), JSON.stringify({
      ...PREFERENCES_V1, environment: 'custom', customBaseUrl: 'https://fabric.internal.example', email: 'ann.lee@example.com',
      __internal__: { migrations: { version: '1.0.0' } },
    }));
    const first = open().store.get();
    expect(first.profiles).toEqual([
      { id: first.defaultProfileId, name: 'ann.lee', environment: 'custom', customBaseUrl: 'https://fabric.internal.example', email: 'ann.lee@example.com' },
    ]);
    expect(first).toMatchObject({ ...PREFERENCES_V1 });
    expect(readStored()).not.toHaveProperty('environment');
    expect(open().store.get()).toEqual(first);
  });

  it('migrates a single-account file that never signed in to no profiles', () => {
    writeFileSync(settingsPath(), JSON.stringify({
      ...PREFERENCES_V1, environment: 'staging', customBaseUrl: '', email: '', __internal__: { migrations: { version: '1.0.0' } },
    }));
    const { store, notice } = open();
    expect(notice).toBeUndefined();
    expect(store.get()).toEqual({ ...DEFAULT_SETTINGS, ...PREFERENCES_V1 });
  });

  it('names a migrated profile "Default" when the email has nothing before the @', () => {
    expect(profileNameFromEmail('@example.com')).toBe('Default');
    expect(profileNameFromEmail(`${'x'.repeat(60)}@example.com`)).toBe('x'.repeat(40));
  });

  it('migrates an unknown base URL to a profile on the custom environment', () => {
    writeFileSync(settingsPath(), JSON.stringify({ baseUrl: 'https://fabric.internal.example', email: 'dev@example.com' }));
    expect(open().store.get().profiles[0]).toMatchObject({ environment: 'custom', customBaseUrl: 'https://fabric.internal.example' });
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

  it.each(['[1,2,3]', '42', '"settings"', 'null'])('treats %s, JSON that is not an object, like any damage: copy aside and a notice', (text) => {
    writeFileSync(settingsPath(), text);
    const now = Date.UTC(2026, 10, 28, 10, 3, 0);
    const { store, notice } = open(now);
    expect(store.get()).toEqual(DEFAULT_SETTINGS);
    const aside = join(directory, 'settings.json.corrupt-2026-11-28T10-03-00-000Z');
    expect(readFileSync(aside, 'utf8')).toBe(text);
    expect(notice).toMatchObject({ kind: 'settings-recovered', message: expect.stringContaining(aside) });
  });

  it('keeps the valid fields and profiles of a file that fails the schema and names what was reset', () => {
    const work = { ...STAGING, id: 'p-work', name: 'Work' };
    const original = JSON.stringify({
      profiles: [work, { ...STAGING, id: 'p-bad', name: 'Bad', environment: 'moon' }, STAGING],
      defaultProfileId: 'p-bad',
      refreshLeadMinutes: 'soon',
      clipboardClearSeconds: 99999,
      notificationsEnabled: false,
      __internal__: { migrations: { version: '2.0.0' } },
    });
    writeFileSync(settingsPath(), original);
    const { store, notice } = open();
    expect(store.get()).toEqual({ ...DEFAULT_SETTINGS, profiles: [work, STAGING], defaultProfileId: 'p-work', notificationsEnabled: false });
    expect(notice?.message).toContain('These were reset to their defaults: profiles, default profile, refresh lead, clipboard clear delay.');
    const asides = readdirSync(directory).filter((name) => name.startsWith('settings.json.corrupt-'));
    expect(asides).toHaveLength(1);
    expect(readFileSync(join(directory, asides[0] ?? ''), 'utf8')).toBe(original);
    expect(readStored()).toMatchObject({ defaultProfileId: 'p-work', refreshLeadMinutes: 30 });
  });

  it('recovers a legacy file whose migrated account the schema refuses, keeping the rest', () => {
    writeFileSync(settingsPath(), JSON.stringify({ baseUrl: 'http://evil.example.com', email: 'dev@example.com', notify: false }));
    const { store, notice } = open();
    expect(notice?.kind).toBe('settings-recovered');
    expect(store.get()).toEqual({ ...DEFAULT_SETTINGS, notificationsEnabled: false });
  });

  it('ignores a key a newer version added instead of discarding the file', () => {
    writeFileSync(settingsPath(), JSON.stringify({ ...DEFAULT_SETTINGS, profiles: [STAGING], defaultProfileId: STAGING.id, futureOption: 3 }));
    const { store, notice } = open();
    expect(notice).toBeUndefined();
    expect(store.get().profiles).toEqual([STAGING]);
  });
});
