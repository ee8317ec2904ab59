import { GENERAL_PREFERENCE_KEYS, type Preferences, type PreloadApi } from '../common/ipc-contract';
import { NUMBER_FIELDS, PREFERENCE_LABELS } from '../common/preference-fields';
import { byId, showMessage } from './dom';
import { ShortcutField } from './shortcut-field';

type Key = keyof Preferences;

/** Which form edits which preferences: the ids of the form and of its message, and the fields. */
export interface PreferencesSection {
  formId: string;
  messageId: string;
  keys: readonly Key[];
  /** Said after each save, after what was saved (e.g. when the change takes effect). */
  savedNote?: string;
}

/** The Preferences section of the window. */
export const GENERAL_SECTION: PreferencesSection = {
  formId: 'preferences-form',
  messageId: 'preferences-message',
  keys: GENERAL_PREFERENCE_KEYS,
};

/** What a field holds: booleans for checkboxes, numbers for numeric fields (raw text if not a number). */
function readField(input: HTMLInputElement): unknown {
  if (input.type === 'checkbox') return input.checked;
  if (input.type === 'number') return Number.isNaN(input.valueAsNumber) ? input.value : input.valueAsNumber;
  return input.value;
}

/** How a saved value reads in the confirmation. */
function describe(key: Key, value: unknown): string {
  if (typeof value === 'boolean') return `${PREFERENCE_LABELS[key]} is ${value ? 'on' : 'off'}.`;
  if (key === 'globalShortcut') return value === '' ? 'The shortcut is cleared.' : `${PREFERENCE_LABELS[key]}: ${String(value)}.`;
  const field = NUMBER_FIELDS[key as keyof typeof NUMBER_FIELDS] as (typeof NUMBER_FIELDS)[keyof typeof NUMBER_FIELDS] | undefined;
  if (field) return `${field.label}: ${String(value)} ${field.unit.split(' ')[0]}.`;
  return value === '' ? `${PREFERENCE_LABELS[key]} is cleared.` : `${PREFERENCE_LABELS[key]}: ${String(value)}.`;
}

/**
 * A section of preferences (Preferences, Network). One save model, the same as the tray's Start at
 * login: each field applies as soon as it changes (text and numbers when the field is left or Enter is
 * pressed) and says so inline; a refused value shows its message by the field in the field's own
 * words and nothing else changes.
 */
export class PreferencesForm {
  readonly #form: HTMLFormElement;
  readonly #message: HTMLElement;
  readonly #api: PreloadApi;
  readonly #section: PreferencesSection;
  readonly #shortcut: ShortcutField | undefined;
  /** Keys with a value the user entered that main has not accepted; pushes leave them alone. */
  readonly #pending = new Set<Key>();

  constructor(api: PreloadApi, section: PreferencesSection, isMac: boolean) {
    this.#api = api;
    this.#section = section;
    this.#form = byId(section.formId, HTMLFormElement);
    this.#message = byId(section.messageId);
    for (const key of section.keys) {
      const label = this.#form.querySelector(`label[for="${key}"]`);
      if (label) label.textContent = PREFERENCE_LABELS[key];
      const field = NUMBER_FIELDS[key as keyof typeof NUMBER_FIELDS] as (typeof NUMBER_FIELDS)[keyof typeof NUMBER_FIELDS] | undefined;
      if (field === undefined) continue;
      byId(`${key}-unit`).textContent = field.unit;
      Object.assign(byId(key, HTMLInputElement), { min: String(field.min), max: String(field.max) });
    }
    this.#shortcut = section.keys.includes('globalShortcut')
      ? new ShortcutField(byId('globalShortcut', HTMLInputElement), byId('globalShortcut-clear', HTMLButtonElement), isMac, (accelerator) =>
          void this.#save('globalShortcut', accelerator),
        )
      : undefined;
    this.#form.addEventListener('submit', (event) => event.preventDefault());
    this.#form.addEventListener('change', (event) => {
      const input = event.target;
      if (!(input instanceof HTMLInputElement) || input.id === 'globalShortcut') return;
      void this.#save(input.id as Key, readField(input));
    });
    this.#form.addEventListener('input', (event) => {
      if (event.target instanceof HTMLInputElement) this.#pending.add(event.target.id as Key);
    });
  }

  /** Shows stored preferences, except in a field whose new value is still being entered or was refused. */
  fill(preferences: Preferences): void {
    for (const key of this.#section.keys) {
      if (this.#pending.has(key)) continue;
      const value = preferences[key];
      if (key === 'globalShortcut') this.#shortcut?.show(String(value));
      else if (typeof value === 'boolean') byId(key, HTMLInputElement).checked = value;
      else byId(key, HTMLInputElement).value = String(value);
    }
  }

  async #save(key: Key, value: unknown): Promise<void> {
    this.#pending.add(key);
    const input = byId(key, HTMLInputElement);
    const error = byId(`${key}-error`);
    const result = await this.#api.savePreferences({ [key]: value } as Partial<Preferences>);
    if (!result.ok) {
      const messages = result.error.fieldErrors?.[key] ?? [result.error.message];
      error.textContent = messages.join(' ');
      error.hidden = false;
      input.setAttribute('aria-invalid', 'true');
      return showMessage(this.#message, `Not saved. ${messages.join(' ')}`, 'error');
    }
    this.#pending.delete(key);
    error.textContent = '';
    error.hidden = true;
    input.removeAttribute('aria-invalid');
    this.fill(result.value);
    const note = this.#section.savedNote === undefined ? '' : ` ${this.#section.savedNote}`;
    showMessage(this.#message, `Saved. ${describe(key, result.value[key])}${note}`, 'success');
  }
}
