import { DEFAULT_SETTINGS, profileNameKey, type ProfileSettings, type Settings } from '../../../common/settings';
import { migrateToCurrentLayout, type SettingsRecord } from './settings-migrations';
import { profileSettingsSchema, SETTING_KEYS, settingsSchema } from './settings-schema';

/** What could be kept from a settings file that failed to load. */
export interface SalvagedSettings {
  settings: Settings;
  /** Fields taken from the file. */
  kept: (keyof Settings)[];
  /** Fields the file had that were refused (in part, for the profiles) and are back at their defaults. */
  dropped: (keyof Settings)[];
}

/** The profile fields, salvaged together because they depend on each other. */
const PROFILE_KEYS: readonly (keyof Settings)[] = ['profiles', 'defaultProfileId'];

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

/** Every profile that is valid on its own and repeats no earlier id or name; the default kept if it survived. */
function salvageProfiles(record: SettingsRecord): Pick<SalvagedSettings, 'kept' | 'dropped'> & Pick<Settings, 'profiles' | 'defaultProfileId'> {
  const stored: unknown[] = Array.isArray(record.profiles) ? record.profiles : [];
  const profiles: ProfileSettings[] = [];
  for (const candidate of stored) {
    const parsed = profileSettingsSchema.safeParse(candidate);
    if (!parsed.success) continue;
    const clash = profiles.some((p) => p.id === parsed.data.id || profileNameKey(p.name) === profileNameKey(parsed.data.name));
    if (!clash) profiles.push(parsed.data);
  }
  const wanted = record.defaultProfileId;
  const defaultKept = profiles.some((p) => p.id === wanted);
  const defaultProfileId = defaultKept ? (wanted as string) : (profiles[0]?.id ?? '');
  const kept: (keyof Settings)[] = [];
  const dropped: (keyof Settings)[] = [];
  if (Object.hasOwn(record, 'profiles')) (profiles.length === stored.length && Array.isArray(record.profiles) ? kept : dropped).push('profiles');
  if (Object.hasOwn(record, 'defaultProfileId')) (defaultKept || (wanted === '' && profiles.length === 0) ? kept : dropped).push('defaultProfileId');
  return { profiles, defaultProfileId, kept, dropped };
}

/**
 * Defaults plus every field of the damaged file that is valid on its own and together with the
 * others: each valid profile is kept, then the other fields are added one at a time while the whole
 * still passes the schema, until none is left that fits.
 */
export function salvageSettings(bytes: Buffer): SalvagedSettings {
  const record = migrateToCurrentLayout(parseRecord(bytes));
  const salvagedProfiles = salvageProfiles(record);
  const candidates = SETTING_KEYS.filter((key) => Object.hasOwn(record, key) && !PROFILE_KEYS.includes(key));
  let settings: Settings = {
    ...DEFAULT_SETTINGS,
    profiles: salvagedProfiles.profiles,
    defaultProfileId: salvagedProfiles.defaultProfileId,
  };
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
    kept: [...salvagedProfiles.kept, ...kept],
    dropped: [...salvagedProfiles.dropped, ...candidates.filter((key) => !kept.has(key))],
  };
}
