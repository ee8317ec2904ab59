import { randomUUID } from 'node:crypto';
import { ENVIRONMENT_BASE_URLS, MAX_PROFILE_NAME_LENGTH, type EnvironmentId } from '../../../common/settings';

/** A record as a settings file holds it, before it is checked against the schema. */
export type SettingsRecord = Record<string, unknown>;

/** The fields of any stored object as a record. */
export function toRecord(value: object): SettingsRecord {
  return Object.fromEntries(Object.entries(value));
}

/**
 * One migration: turns the keys of an older layout into the current ones. Each migration must only
 * touch keys of the layout it migrates from, so it leaves a current record unchanged; recovery of a
 * damaged file relies on that and runs all of them.
 */
export type SettingsMigration = (record: Readonly<SettingsRecord>) => SettingsRecord;

/** The version of the settings layout; a new migration raises it. */
export const SETTINGS_LAYOUT_VERSION = '2.0.0';

const MS_PER_MINUTE = 60_000;

function environmentOf(baseUrl: string): { environment: EnvironmentId; customBaseUrl: string } {
  const trimmed = baseUrl.trim().replace(/\/+$/, '');
  for (const [id, url] of Object.entries(ENVIRONMENT_BASE_URLS)) {
    if (url === trimmed) return { environment: id as EnvironmentId, customBaseUrl: '' };
  }
  return { environment: 'custom', customBaseUrl: trimmed };
}

/**
 * From the unversioned pre-release layout `{ baseUrl, email, refreshLeadMs, notify }` to 1.0.0:
 * the base URL becomes an environment (or a custom URL), milliseconds become minutes, and `notify`
 * becomes `notificationsEnabled`. A legacy value of the wrong type is dropped, leaving the default.
 */
export const migrateUnversionedLayout: SettingsMigration = (record) => {
  const { baseUrl, refreshLeadMs, notify, ...rest } = record;
  const migrated: SettingsRecord = { ...rest };
  if (typeof baseUrl === 'string' && baseUrl.trim() !== '') Object.assign(migrated, environmentOf(baseUrl));
  if (typeof refreshLeadMs === 'number') migrated.refreshLeadMinutes = Math.round(refreshLeadMs / MS_PER_MINUTE);
  if (typeof notify === 'boolean') migrated.notificationsEnabled = notify;
  return migrated;
};

/** The account fields the single-account layout (1.0.0) kept at the top level. */
const SINGLE_ACCOUNT_KEYS = ['environment', 'customBaseUrl', 'email'] as const;

/** A profile name from an email: the part before '@' (at most MAX_PROFILE_NAME_LENGTH characters), or "Default". */
export function profileNameFromEmail(email: string): string {
  const local = email.split('@')[0]?.trim().slice(0, MAX_PROFILE_NAME_LENGTH).trim() ?? '';
  return local === '' ? 'Default' : local;
}

/**
 * From the single-account layout 1.0.0 to 2.0.0: a stored email becomes one profile (a new random
 * id, named after the email) that is the default; without an email there are no profiles. The
 * top-level account fields are removed. A record that already has profiles keeps them (conf merges
 * the defaults in first, so an empty list does not count).
 */
export const migrateSingleAccountLayout: SettingsMigration = (record) => {
  if (!SINGLE_ACCOUNT_KEYS.some((key) => Object.hasOwn(record, key))) return { ...record };
  const { environment, customBaseUrl, email, ...rest } = record;
  const migrated: SettingsRecord = { ...rest };
  const hasProfiles = Array.isArray(record.profiles) && record.profiles.length > 0;
  if (hasProfiles || typeof email !== 'string' || email.trim() === '') return migrated;
  const id = randomUUID();
  migrated.profiles = [
    {
      id,
      name: profileNameFromEmail(email),
      environment: environment ?? 'production',
      customBaseUrl: customBaseUrl ?? '',
      email: email.trim(),
    },
  ];
  migrated.defaultProfileId = id;
  return migrated;
};

/** Every migration, keyed by the layout version it produces (semver, as conf expects). */
export const SETTINGS_MIGRATIONS: Readonly<Record<string, SettingsMigration>> = {
  '1.0.0': migrateUnversionedLayout,
  '2.0.0': migrateSingleAccountLayout,
};

/** Runs every migration in version order over a record whose version is not known. */
export function migrateToCurrentLayout(record: Readonly<SettingsRecord>): SettingsRecord {
  const versions = Object.keys(SETTINGS_MIGRATIONS).sort((a, b) =>
    a.localeCompare(b, 'en', { numeric: true }),
  );
  return versions.reduce<SettingsRecord>(
    (current, version) => SETTINGS_MIGRATIONS[version]?.(current) ?? current,
    { ...record },
  );
}
