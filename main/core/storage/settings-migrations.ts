import { ENVIRONMENT_BASE_URLS, type EnvironmentId } from '../../../common/settings';

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
export const SETTINGS_LAYOUT_VERSION = '1.0.0';

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

/** Every migration, keyed by the layout version it produces (semver, as conf expects). */
export const SETTINGS_MIGRATIONS: Readonly<Record<string, SettingsMigration>> = {
  '1.0.0': migrateUnversionedLayout,
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
