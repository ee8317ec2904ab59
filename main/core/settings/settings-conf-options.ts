import type { Options as ConfOptions, Schema } from 'conf';
import { z } from 'zod';
import { DEFAULT_SETTINGS, type Settings } from '../../../common/settings';
import { SETTINGS_LAYOUT_VERSION, SETTINGS_MIGRATIONS, toRecord } from './settings-migrations';
import { settingsSchema } from './settings-schema';

/** The settings file's name without its `.json` extension. */
export const SETTINGS_FILE_NAME = 'settings';

/**
 * What electron-store (and, in tests, conf) is created with: electron-store's option shape, which
 * names the file `name` where conf calls it `configName`.
 */
export type SettingsStoreOptions = Omit<
  ConfOptions<Settings>,
  'configName' | 'projectName' | 'projectSuffix'
> & { name: string; cwd: string };

/** The per-key JSON Schema conf validates with, generated from the zod schema (zod stays the authority). */
function confSchema(): Schema<Settings> {
  const { properties } = z.toJSONSchema(settingsSchema, { io: 'input' });
  return properties as Schema<Settings>;
}

/** Builds the options of the settings file kept in `directory`: schema, defaults, version, migrations. */
export function settingsStoreOptions(directory: string): SettingsStoreOptions {
  return {
    name: SETTINGS_FILE_NAME,
    cwd: directory,
    defaults: { ...DEFAULT_SETTINGS },
    schema: confSchema(),
    projectVersion: SETTINGS_LAYOUT_VERSION,
    migrations: Object.fromEntries(
      Object.entries(SETTINGS_MIGRATIONS).map(([version, migrate]) => [
        version,
        (store) => {
          // The store holds an older layout, not yet `Settings`; conf validates right after this.
          store.store = migrate(toRecord(store.store)) as unknown as Settings;
        },
      ]),
    ),
    clearInvalidConfig: false,
    configFileMode: 0o600,
    watch: false,
  };
}
