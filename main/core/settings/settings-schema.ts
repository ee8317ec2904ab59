import { z } from 'zod';
import { profileNameKey, type ProfileSettings, type Settings } from '../../../common/settings';
import { isAcceptableBaseUrl } from './base-url';
import { apiClientsSettingsSchema, environmentSchema, preferencesSchema, profileNameSchema } from './field-schemas';

/** Profile ids name secrets files, so they are plain file-name characters only. */
export const PROFILE_ID_PATTERN = /^[A-Za-z0-9_-]{1,64}$/;

/** Most profiles one settings file holds. */
export const MAX_PROFILES = 50;

/** One profile as stored: an account on an environment; never a secret. */
export const profileSettingsSchema = z
  .strictObject({
    id: z.string('The profile id must be text.').regex(PROFILE_ID_PATTERN, 'The profile id is not valid.'),
    name: profileNameSchema,
    environment: environmentSchema,
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
  })
  .superRefine((value, context) => {
    if (value.environment === 'custom' && value.customBaseUrl === '') {
      context.addIssue({ code: 'custom', path: ['customBaseUrl'], message: 'The Custom environment needs a base URL.' });
    }
  }) satisfies z.ZodType<ProfileSettings>;

/** The settings' fields one by one: the preferences the window edits plus the profiles. */
const settingsFields = preferencesSchema.extend({
  apiClientsEnabled: apiClientsSettingsSchema.shape.enabled,
  apiClientsPort: apiClientsSettingsSchema.shape.port,
  profiles: z.array(profileSettingsSchema).max(MAX_PROFILES, `At most ${MAX_PROFILES} profiles are kept.`),
  defaultProfileId: z.string('The default profile id must be text.'),
  // Added after layout 2: optional in older files, on by default.
  autoUpdateChecks: z.boolean('Automatic update checks must be on or off.').default(true),
});

/** Adds an issue for each repeated id or name and for a default that names no profile. */
function checkProfiles(value: Pick<Settings, 'profiles' | 'defaultProfileId'>, context: z.RefinementCtx): void {
  const ids = new Set<string>();
  const names = new Set<string>();
  for (const [index, profile] of value.profiles.entries()) {
    if (ids.has(profile.id)) context.addIssue({ code: 'custom', path: ['profiles', index, 'id'], message: 'Two profiles have the same id.' });
    if (names.has(profileNameKey(profile.name))) {
      context.addIssue({ code: 'custom', path: ['profiles', index, 'name'], message: `Another profile is already named "${profile.name}".` });
    }
    ids.add(profile.id);
    names.add(profileNameKey(profile.name));
  }
  const consistent = value.profiles.length === 0 ? value.defaultProfileId === '' : ids.has(value.defaultProfileId);
  if (!consistent) {
    context.addIssue({ code: 'custom', path: ['defaultProfileId'], message: 'The default profile must be one of the profiles.' });
  }
}

/**
 * The settings file's layout, checked on every read and write. It has no place for a secret, and
 * unknown keys are refused. Profile ids and names are unique; the default names one of the profiles.
 */
export const settingsSchema = settingsFields.superRefine(checkProfiles) satisfies z.ZodType<Settings>;

/** A change to some settings; unknown keys (a `password`, say) are refused, not dropped. */
export const settingsPatchSchema = settingsFields.partial();

/** The names of every setting, in schema order. */
export const SETTING_KEYS = Object.keys(settingsFields.shape) as (keyof Settings)[];
