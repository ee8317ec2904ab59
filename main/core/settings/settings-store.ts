import { existsSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import type { Settings } from '../../../common/settings';
import { describeIssues } from './describe-issues';
import { aboutFile, withFilePath } from '../shared/file-problem';
import { assertNotSymlinkSync } from '../shared/owner-only-file';
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
  readonly #path: string;

  /** Use `openSettingsStore`; this takes a backing store whose contents were already checked, and its file. */
  constructor(backing: SettingsBackingStore, current: Settings, path: string) {
    this.#backing = backing;
    this.#current = current;
    this.#path = path;
  }

  /** A copy of the current settings. */
  get(): Settings {
    return { ...this.#current };
  }

  /**
   * Checks `patch` (unknown keys and bad values are refused with per-field messages) and the
   * result as a whole, then saves it in one atomic write. Throws `SettingsValidationError` and
   * saves nothing when any part is refused; throws (code `ELOOP`) rather than write through a settings
   * file replaced by a symbolic link (conf, like `atomically`, would follow it). A failed write throws
   * its fs error with `path` set to the settings file.
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
    try {
      assertNotSymlinkSync(this.#path);
      this.#backing.set(next.data);
    } catch (error) {
      // The write goes through a temporary file; the file the user knows is the settings file.
      throw aboutFile(error, this.#path);
    }
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

function tryOpen(open: OpenBackingStore, options: SettingsStoreOptions, path: string): SettingsStore | undefined {
  const backing = open(options);
  const parsed = settingsSchema.safeParse(knownFields(backing.store));
  return parsed.success ? new SettingsStore(backing, parsed.data, path) : undefined;
}

/**
 * Opens the settings file in `directory`, migrating an older layout. A file that is not JSON or not
 * a JSON object, fails a migration or fails the schema is copied aside with a timestamp (original bytes kept) and
 * replaced by defaults plus the fields that were valid; the returned notice says so. A file that
 * cannot be used at all (a folder, a full disk while copying it aside) throws an fs error naming it.
 */
export function openSettingsStore(directory: string, open: OpenBackingStore, now = Date.now()): OpenedSettings {
  const path = join(directory, `${SETTINGS_FILE_NAME}.json`);
  try {
    return openOrSalvage(directory, path, open, now);
  } catch (error) {
    throw withFilePath(error, path);
  }
}

/** True when the file at `path` is JSON but not an object (`[1,2,3]`, `42`, `null`): damage like any other. */
function holdsNonObjectJson(path: string): boolean {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return false;
    throw error;
  }
  try {
    const parsed: unknown = JSON.parse(text);
    return typeof parsed !== 'object' || parsed === null || Array.isArray(parsed);
  } catch {
    return false; // not JSON at all: opening it fails, and that failure sets it aside
  }
}

function openOrSalvage(directory: string, path: string, open: OpenBackingStore, now: number): OpenedSettings {
  const options = settingsStoreOptions(directory);
  assertNotSymlinkSync(path);
  let failure: unknown;
  if (!holdsNonObjectJson(path)) {
    try {
      const store = tryOpen(open, options, path);
      if (store) return { store };
    } catch (error) {
      failure = error;
    }
  }
  if (!existsSync(path)) throw failure ?? new Error('The settings could not be opened.');
  const bytes = readFileSync(path);
  const asidePath = copyAside(path, 'corrupt', now);
  const salvage = salvageSettings(bytes);
  rmSync(path, { force: true });
  const backing = open(options);
  backing.set(salvage.settings);
  return { store: new SettingsStore(backing, salvage.settings, path), notice: settingsRecoveredNotice(asidePath, salvage) };
}
