import { z } from 'zod';
import type { Settings } from '../../../common/settings';
import { isAcceptableBaseUrl } from '../ipc/base-url';
import { preferencesSchema } from '../ipc/payload-schemas';

/** The settings' fields one by one: the preferences the window edits plus the account fields. */
const settingsFields = preferencesSchema.extend({
  environment: z.enum(['production', 'staging', 'custom'], 'Pick Production, Staging or Custom.'),
  customBaseUrl: z
    .string('The custom base URL must be text.')
    .trim()
    .max(2048, 'The URL is too long.')
    .refine((value) => value === '' || isAcceptableBaseUrl(value), {
      message: 'Enter an https:// URL (plain http is allowed only for localhost).',
    }),
  email: z
    .string('The email must be text.')
    .trim()
    .max(320, 'The email is too long.')
    .refine((value) => value === '' || z.email().safeParse(value).success, {
      message: 'Enter a valid email address.',
    }),
});

/**
 * The settings file's layout, checked on every read and write. It has no place for a secret, and
 * unknown keys are refused.
 */
export const settingsSchema = settingsFields.superRefine((value, context) => {
  if (value.environment === 'custom' && value.customBaseUrl === '') {
    context.addIssue({
      code: 'custom',
      path: ['customBaseUrl'],
      message: 'The Custom environment needs a base URL.',
    });
  }
}) satisfies z.ZodType<Settings>;

/** A change to some settings; unknown keys (a `password`, say) are refused, not dropped. */
export const settingsPatchSchema = settingsFields.partial();

/** The names of every setting, in schema order. */
export const SETTING_KEYS = Object.keys(settingsFields.shape) as (keyof Settings)[];
