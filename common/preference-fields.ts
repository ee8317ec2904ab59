// The preference fields as the window labels them; main's validation messages use the same words.
import type { Preferences } from './ipc-contract';

/** A numeric preference: its label, the unit shown after the field, and the range main accepts. */
export interface NumberField {
  label: string;
  unit: string;
  min: number;
  max: number;
}

/** The numeric preferences. */
export const NUMBER_FIELDS = {
  refreshLeadMinutes: { label: 'Refresh before expiry', unit: 'minutes', min: 1, max: 720 },
  notifyLeadMinutes: { label: 'Warn before a copied token expires', unit: 'minutes', min: 0, max: 720 },
  clipboardClearSeconds: { label: 'Clear the clipboard after', unit: 'seconds (0 = never)', min: 0, max: 3600 },
} as const satisfies Partial<Record<keyof Preferences, NumberField>>;

/** Every preference's label, as the window shows it beside the field. */
export const PREFERENCE_LABELS: Readonly<Record<keyof Preferences, string>> = {
  refreshLeadMinutes: NUMBER_FIELDS.refreshLeadMinutes.label,
  notifyLeadMinutes: NUMBER_FIELDS.notifyLeadMinutes.label,
  clipboardClearSeconds: NUMBER_FIELDS.clipboardClearSeconds.label,
  notificationsEnabled: 'Show notifications',
  startAtLogin: 'Start at login',
  globalShortcut: 'Shortcut to copy the token',
  scriptAccessEnabled: 'Allow scripts to read the token (patchworks-token)',
  proxyUrl: 'Proxy',
  caFile: 'Extra CA certificate file (PEM)',
};

/** The message for a numeric preference out of range or not a whole number, in its own label's words. */
export function numberFieldMessage(field: NumberField): string {
  return `${field.label}: enter a whole number of ${field.unit.split(' ')[0]} from ${field.min} to ${field.max}.`;
}
