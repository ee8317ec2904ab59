import { PREFERENCE_KEYS, type Preferences, type PreloadApi } from '../common/ipc-contract';
import { byId, showMessage, whileBusy } from './dom';
import { clearFieldErrors, showFieldErrors } from './field-errors';

/** What a field holds: booleans for checkboxes, numbers for numeric fields (raw text if not a number). */
function readField(input: HTMLInputElement): unknown {
  if (input.type === 'checkbox') return input.checked;
  if (input.type === 'number') return Number.isNaN(input.valueAsNumber) ? input.value : input.valueAsNumber;
  return input.value;
}

/** The Preferences section; main validates the whole set and saves all of it or none. */
export class PreferencesForm {
  private readonly form = byId('preferences-form', HTMLFormElement);
  private readonly message = byId('preferences-message');
  private dirty = false;

  constructor(private readonly api: PreloadApi) {
    this.form.addEventListener('input', () => (this.dirty = true));
    this.form.addEventListener('submit', (event) => {
      event.preventDefault();
      void this.save();
    });
  }

  /** Shows stored preferences, unless the user is in the middle of editing. */
  fill(preferences: Preferences, force = false): void {
    if (this.dirty && !force) return;
    for (const key of PREFERENCE_KEYS) {
      const input = byId(key, HTMLInputElement);
      const value = preferences[key];
      if (typeof value === 'boolean') input.checked = value;
      else input.value = String(value);
    }
    this.dirty = false;
  }

  private async save(): Promise<void> {
    clearFieldErrors(this.form);
    const patch = Object.fromEntries(PREFERENCE_KEYS.map((key) => [key, readField(byId(key, HTMLInputElement))]));
    const result = await whileBusy(this.form, () => this.api.savePreferences(patch as Partial<Preferences>));
    if (!result.ok) {
      const unplaced = showFieldErrors(this.form, result.error.fieldErrors);
      return showMessage(this.message, ['Nothing was saved.', result.error.message, ...unplaced].join(' '), 'error');
    }
    this.fill(result.value, true);
    showMessage(this.message, 'Preferences saved.', 'success');
  }
}
