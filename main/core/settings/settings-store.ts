import { existsSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import type { Settings } from '../../../common/settings';
import { describeIssues } from './describe-issues';
import { copyAside } from '../storage/set-aside';
import { SETTINGS_FILE_NAME, settingsStoreOptions, type SettingsStoreOptions } from './settings-conf-options';
import { toRecord, type SettingsRecord } from './settings-migrations';
import { settingsRecoveredNotice } from './settings-notice';
import { salvageSettings } from './settings-salvage';
import { SETTING_KEYS, settingsPatchSchema, settingsSchema } from './settings-schema';
import { SettingsValidationError } from './settings-validation-error';
import type { StorageNotice } from '../storage/storage-notice';

/** The part of electron-store (or conf) the settings store uses. */
export interface SettingsBackingStore {
  readonly store: Settings;
  set(values: Partial<Settings>): void;
}

/** Creates the backing store from options: `new ElectronStore(options)` in the app, conf in tests. */
export type OpenBackingStore = (options: SettingsStoreOptions) => SettingsBackingStore;

/** The settings as the app reads and changes them: always valid, every write checked first. */
export class SettingsStore {
  #backing: SettingsBackingStore;
  #current: Settings;

  /** Use `openSettingsStore`; this takes a backing store whose contents were already checked. */
  constructor(backing: SettingsBackingStore, current: Settings) {
    this.#backing = backing;
    this.#current = current;
  }

  /** A copy of the current settings. */
  get(): Settings {
    return { ...this.#current };
  }

  /**
   * Checks `patch` (unknown keys and bad values are refused with per-field messages) and the
   * result as a whole, then saves it in one atomic write. Throws `SettingsValidationError` and
   * saves nothing when any part is refused.
   */
  update(patch: unknown): Settings {
    const parsedPatch = settingsPatchSchema.safeParse(patch);
    const next = parsedPatch.success
      ? settingsSchema.safeParse({ ...this.#current, ...parsedPatch.data })
      : parsedPatch;
    if (!next.success) {
      const { message, fieldErrors } = describeIssues(next.error);
      throw new SettingsValidationError(message, fieldErrors);
    }
    this.#backing.set(next.data);
    this.#current = next.data;
    return this.get();
  }
}

/** The settings store and, when the file had to be set aside, the notice to show the user once. */
export interface OpenedSettings {
  store: SettingsStore;
  notice?: StorageNotice;
}

/** Only the known keys of a stored record, so a key left by a newer version is not a failure. */
function knownFields(stored: object): SettingsRecord {
  const record = toRecord(stored);
  return Object.fromEntries(SETTING_KEYS.filter((key) => Object.hasOwn(record, key)).map((key) => [key, record[key]]));
}

function tryOpen(open: OpenBackingStore, options: SettingsStoreOptions): SettingsStore | undefined {
  const backing = open(options);
  const parsed = settingsSchema.safeParse(knownFields(backing.store));
  return parsed.success ? new SettingsStore(backing, parsed.data) : undefined;
}

/**
 * Opens the settings file in `directory`, migrating an older layout. A file that is not JSON, fails
 * a migration or fails the schema is copied aside with a timestamp (original bytes kept) and
 * replaced by defaults plus the fields that were valid; the returned notice says so.
 */
export function openSettingsStore(directory: string, open: OpenBackingStore, now = Date.now()): OpenedSettings {
  const options = settingsStoreOptions(directory);
  const path = join(directory, `${SETTINGS_FILE_NAME}.json`);
  let failure: unknown;
  try {
    const store = tryOpen(open, options);
    if (store) return { store };
  } catch (error) {
    failure = error;
  }
  if (!existsSync(path)) throw failure ?? new Error('The settings could not be opened.');
  const bytes = readFileSync(path);
  const asidePath = copyAside(path, 'corrupt', now);
  const salvage = salvageSettings(bytes);
  rmSync(path, { force: true });
  const backing = open(options);
  backing.set(salvage.settings);
  return { store: new SettingsStore(backing, salvage.settings), notice: settingsRecoveredNotice(asidePath, salvage) };
}
