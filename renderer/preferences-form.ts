import { GENERAL_PREFERENCE_KEYS, type Preferences, type PreloadApi } from '../common/ipc-contract';
import { byId, showMessage, whileBusy } from './dom';
import { clearFieldErrors, showFieldErrors } from './field-errors';

/** What a field holds: booleans for checkboxes, numbers for numeric fields (raw text if not a number). */
function readField(input: HTMLInputElement): unknown {
  if (input.type === 'checkbox') return input.checked;
  if (input.type === 'number') return Number.isNaN(input.valueAsNumber) ? input.value : input.valueAsNumber;
  return input.value;
}

/** Which form edits which preferences: the ids of the form and of its message, and the fields. */
export interface PreferencesSection {
  formId: string;
  messageId: string;
  keys: readonly (keyof Preferences)[];
  /** What the message says after a save. */
  savedText: string;
}

/** The Preferences section of the window. */
export const GENERAL_SECTION: PreferencesSection = {
  formId: 'preferences-form',
  messageId: 'preferences-message',
  keys: GENERAL_PREFERENCE_KEYS,
  savedText: 'Preferences saved.',
};

/** A form of preferences (the Preferences section, the Network section); main validates and saves all of it or none. */
export class PreferencesForm {
  private readonly form: HTMLFormElement;
  private readonly message: HTMLElement;
  private dirty = false;

  constructor(private readonly api: PreloadApi, private readonly section: PreferencesSection = GENERAL_SECTION) {
    this.form = byId(section.formId, HTMLFormElement);
    this.message = byId(section.messageId);
    this.form.addEventListener('input', () => (this.dirty = true));
    this.form.addEventListener('submit', (event) => {
      event.preventDefault();
      void this.save();
    });
  }

  /** Shows stored preferences, unless the user is in the middle of editing. */
  fill(preferences: Preferences, force = false): void {
    if (this.dirty && !force) return;
    for (const key of this.section.keys) {
      const input = byId(key, HTMLInputElement);
      const value = preferences[key];
      if (typeof value === 'boolean') input.checked = value;
      else input.value = String(value);
    }
    this.dirty = false;
  }

  private async save(): Promise<void> {
    clearFieldErrors(this.form);
    const patch = Object.fromEntries(this.section.keys.map((key) => [key, readField(byId(key, HTMLInputElement))]));
    const result = await whileBusy(this.form, () => this.api.savePreferences(patch as Partial<Preferences>));
    if (!result.ok) {
      const unplaced = showFieldErrors(this.form, result.error.fieldErrors);
      return showMessage(this.message, ['Nothing was saved.', result.error.message, ...unplaced].join(' '), 'error');
    }
    this.fill(result.value, true);
    showMessage(this.message, this.section.savedText, 'success');
  }
}
