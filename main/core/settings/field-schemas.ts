import { z } from 'zod';
import { MAX_PROFILE_NAME_LENGTH } from '../../../common/settings';
import { isGlobalAccelerator } from './accelerator';

/** A profile's name: trimmed, 1–40 characters (uniqueness is checked against the other profiles). */
export const profileNameSchema = z
  .string('The profile name must be text.')
  .trim()
  .min(1, 'Enter a profile name.')
  .max(MAX_PROFILE_NAME_LENGTH, `Use at most ${MAX_PROFILE_NAME_LENGTH} characters for the profile name.`);

/** Which Patchworks environment a profile uses. */
export const environmentSchema = z.enum(['production', 'staging', 'custom'], 'Pick Production, Staging or Custom.');

const minutes = (label: string, min: number, max: number) =>
  z
    .number(`${label} must be a number.`)
    .int(`${label} must be a whole number.`)
    .min(min, `${label} must be at least ${min}.`)
    .max(max, `${label} must be at most ${max}.`);

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
  refreshLeadMinutes: minutes('Refresh lead', 1, 720),
  notifyLeadMinutes: minutes('Notification lead', 0, 720),
  clipboardClearSeconds: minutes('Clipboard clear delay', 0, 3600),
  notificationsEnabled: z.boolean('Notifications must be on or off.'),
  startAtLogin: z.boolean('Start at login must be on or off.'),
  globalShortcut: z
    .string('The shortcut must be text.')
    .trim()
    .max(100, 'The shortcut is too long.')
    .refine((value) => value === '' || isGlobalAccelerator(value), {
      message: 'Use a modifier and a key, e.g. CommandOrControl+Shift+T, or leave it empty.',
    }),
  scriptAccessEnabled: z.boolean('Script access must be on or off.'),
});
