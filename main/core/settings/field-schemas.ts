import { z } from 'zod';
import { NUMBER_FIELDS, PREFERENCE_LABELS, numberFieldMessage, type NumberField } from '../../../common/preference-fields';
import { MAX_PROFILE_NAME_LENGTH } from '../../../common/settings';
import { parseProxyUrl, ProxyUrlError } from '../network/proxy-url';
import { isGlobalAccelerator } from './accelerator';

/** A profile's name: trimmed, 1–40 characters (uniqueness is checked against the other profiles). */
export const profileNameSchema = z
  .string('The profile name must be text.')
  .trim()
  .min(1, 'Enter a profile name.')
  .max(MAX_PROFILE_NAME_LENGTH, `Use at most ${MAX_PROFILE_NAME_LENGTH} characters for the profile name.`);

/** Which Patchworks environment a profile uses. */
export const environmentSchema = z.enum(['production', 'staging', 'custom'], 'Pick Production, Staging or Custom.');

/** A whole number in the field's range; every failure reads the same, in the field's own label. */
const wholeNumber = (field: NumberField) => {
  const message = numberFieldMessage(field);
  return z.number(message).int(message).min(field.min, message).max(field.max, message);
};

/** An on/off preference, refused in its own label's words. */
const onOff = (key: keyof typeof PREFERENCE_LABELS) => z.boolean(`${PREFERENCE_LABELS[key]}: choose on or off.`);

const SHORTCUT = PREFERENCE_LABELS.globalShortcut;

/** The API-client endpoint's setting: on or off, and a port above the privileged range. */
export const apiClientsSettingsSchema = z.strictObject({
  enabled: z.boolean('API clients must be on or off.'),
  port: z
    .number('The port must be a number.')
    .int('The port must be a whole number.')
    .min(1024, 'Use a port from 1024 to 65535.')
    .max(65535, 'Use a port from 1024 to 65535.'),
});

/** One complete set of preferences; every field checked before anything is saved. */
export const preferencesSchema = z.strictObject({
  refreshLeadMinutes: wholeNumber(NUMBER_FIELDS.refreshLeadMinutes),
  notifyLeadMinutes: wholeNumber(NUMBER_FIELDS.notifyLeadMinutes),
  clipboardClearSeconds: wholeNumber(NUMBER_FIELDS.clipboardClearSeconds),
  notificationsEnabled: onOff('notificationsEnabled'),
  startAtLogin: onOff('startAtLogin'),
  globalShortcut: z
    .string(`${SHORTCUT}: press a key combination.`)
    .trim()
    .max(100, `${SHORTCUT}: that combination is too long.`)
    .refine((value) => value === '' || isGlobalAccelerator(value), {
      message: `${SHORTCUT}: press a modifier (Ctrl, Alt, Shift or Cmd) together with a key, or clear it.`,
    }),
  scriptAccessEnabled: onOff('scriptAccessEnabled'),
  proxyUrl: z
    .string(`${PREFERENCE_LABELS.proxyUrl}: enter an address such as http://proxy.example.com:8080, or leave it empty.`)
    .trim()
    .max(2048, `${PREFERENCE_LABELS.proxyUrl}: that address is too long.`)
    .superRefine((value, context) => {
      if (value === '') return;
      try {
        parseProxyUrl(value, false);
      } catch (error) {
        if (!(error instanceof ProxyUrlError)) throw error;
        context.addIssue({ code: 'custom', message: `${PREFERENCE_LABELS.proxyUrl}: ${error.message}` });
      }
    }),
  caFile: z
    .string(`${PREFERENCE_LABELS.caFile}: enter the full path of a PEM file, or leave it empty.`)
    .trim()
    .max(4096, `${PREFERENCE_LABELS.caFile}: that path is too long.`),
});
