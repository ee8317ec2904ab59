import { z } from 'zod';
import { DOC_LINK_IDS } from '../../../common/ipc-contract';
import { isGlobalAccelerator } from './accelerator';
import { isAcceptableBaseUrl } from './base-url';
import { MAX_PROFILE_NAME_LENGTH } from '../../../common/settings';

/** No payload: the renderer must send nothing (undefined). */
export const emptyPayloadSchema = z.undefined();

/** A profile's name: trimmed, 1–40 characters (uniqueness is checked against the other profiles). */
export const profileNameSchema = z
  .string('The profile name must be text.')
  .trim()
  .min(1, 'Enter a profile name.')
  .max(MAX_PROFILE_NAME_LENGTH, `Use at most ${MAX_PROFILE_NAME_LENGTH} characters for the profile name.`);

/** A profile id as the window sends it back (the app makes them; anything else is unknown). */
export const profileIdSchema = z.string('The profile id must be text.').min(1).max(64);

/** Which Patchworks environment a profile uses. */
export const environmentSchema = z.enum(['production', 'staging', 'custom'], 'Pick Production, Staging or Custom.');

/** Names a profile in a request. */
export const profileRefSchema = z.strictObject({ profileId: profileIdSchema });

/** Sign-in form for a profile (`profileId` null adds one); a custom environment needs an https (or loopback http) base URL. */
export const signInSchema = z
  .strictObject({
    profileId: profileIdSchema.nullable(),
    name: profileNameSchema,
    email: z.string().trim().max(320).pipe(z.email('Enter a valid email address.')),
    password: z.string().max(1024, 'The password is too long.'),
    environment: environmentSchema,
    customBaseUrl: z.string().trim().max(2048, 'The URL is too long.'),
  })
  .superRefine((value, context) => {
    if (value.environment === 'custom' && !isAcceptableBaseUrl(value.customBaseUrl)) {
      context.addIssue({
        code: 'custom',
        path: ['customBaseUrl'],
        message: 'Enter an https:// URL (plain http is allowed only for localhost).',
      });
    }
  });

/** Rename request. */
export const renameProfileSchema = z.strictObject({ profileId: profileIdSchema, name: profileNameSchema });

const minutes = (label: string, min: number, max: number) =>
  z
    .number(`${label} must be a number.`)
    .int(`${label} must be a whole number.`)
    .min(min, `${label} must be at least ${min}.`)
    .max(max, `${label} must be at most ${max}.`);

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

/** The API-client endpoint's setting: on or off, and a port above the privileged range. */
export const apiClientsSettingsSchema = z.strictObject({
  enabled: z.boolean('API clients must be on or off.'),
  port: z
    .number('The port must be a number.')
    .int('The port must be a whole number.')
    .min(1024, 'Use a port from 1024 to 65535.')
    .max(65535, 'Use a port from 1024 to 65535.'),
});

/** A partial update of the preferences, as the window sends it. */
export const preferencesPatchSchema = preferencesSchema.partial();

/** Copy request. */
export const copyTokenSchema = z.strictObject({
  profileId: profileIdSchema,
  format: z.enum(['token', 'authorization-header'], 'Unknown copy format.'),
});

/** Documentation link id. */
export const docLinkSchema = z.enum(DOC_LINK_IDS, 'Unknown documentation link.');

/** Turns a schema failure into per-field messages plus one summary line. */
export function describeIssues(error: z.ZodError): {
  message: string;
  fieldErrors: Record<string, string[]>;
} {
  const fieldErrors: Record<string, string[]> = {};
  const general: string[] = [];
  for (const issue of error.issues) {
    const field = issue.path[0];
    if (typeof field === 'string') (fieldErrors[field] ??= []).push(issue.message);
    else general.push(issue.message);
  }
  const message =
    general[0] ??
    (Object.keys(fieldErrors).length > 0
      ? 'Some values were not accepted; see the messages by the fields.'
      : 'The request was not understood.');
  return { message, fieldErrors };
}
