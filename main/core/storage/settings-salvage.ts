import { DEFAULT_SETTINGS, type Settings } from '../../../common/settings';
import { migrateToCurrentLayout, type SettingsRecord } from './settings-migrations';
import { SETTING_KEYS, settingsSchema } from './settings-schema';

/** What could be kept from a settings file that failed to load. */
export interface SalvagedSettings {
  settings: Settings;
  /** Fields taken from the file. */
  kept: (keyof Settings)[];
  /** Fields the file had that were refused and are back at their defaults. */
  dropped: (keyof Settings)[];
}

function parseRecord(bytes: Buffer): SettingsRecord {
  try {
    const parsed: unknown = JSON.parse(bytes.toString('utf8'));
    return typeof parsed === 'object' && parsed !== null && !Array.isArray(parsed)
      ? (parsed as SettingsRecord)
      : {};
  } catch {
    return {};
  }
}

/**
 * Defaults plus every field of the damaged file that is valid on its own and together with the
 * others: fields are added one at a time while the whole still passes the schema, until none is left
 * that fits (so a custom URL and the `custom` environment that needs it are kept in either order).
 */
export function salvageSettings(bytes: Buffer): SalvagedSettings {
  const record = migrateToCurrentLayout(parseRecord(bytes));
  const candidates = SETTING_KEYS.filter((key) => Object.hasOwn(record, key));
  let settings: Settings = { ...DEFAULT_SETTINGS };
  const kept = new Set<keyof Settings>();
  for (let progress = true; progress; ) {
    progress = false;
    for (const key of candidates.filter((candidate) => !kept.has(candidate))) {
      const trial = settingsSchema.safeParse({ ...settings, [key]: record[key] });
      if (trial.success) {
        settings = trial.data;
        kept.add(key);
        progress = true;
      }
    }
  }
  return {
    settings,
    kept: [...kept],
    dropped: candidates.filter((key) => !kept.has(key)),
  };
}
