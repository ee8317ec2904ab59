import { z } from 'zod';
import { DOC_LINK_IDS } from '../../../common/ipc-contract';
import { isAcceptableBaseUrl } from '../settings/base-url';
import { environmentSchema, preferencesSchema, profileNameSchema } from '../settings/field-schemas';

/** No payload: the renderer must send nothing (undefined). */
export const emptyPayloadSchema = z.undefined();

/** A profile id as the window sends it back (the app makes them; anything else is unknown). */
export const profileIdSchema = z.string('The profile id must be text.').min(1).max(64);

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
        message: 'Custom base URL: enter an https:// address (plain http only for localhost).',
      });
    }
  });

/** Rename request. */
export const renameProfileSchema = z.strictObject({ profileId: profileIdSchema, name: profileNameSchema });

/** A partial update of the preferences, as the window sends it. */
export const preferencesPatchSchema = preferencesSchema.partial();

/** Copy request. */
export const copyTokenSchema = z.strictObject({
  profileId: profileIdSchema,
  format: z.enum(['token', 'authorization-header'], 'Unknown copy format.'),
});

/** The automatic-update-checks switch. */
export const automaticUpdateChecksSchema = z.boolean('Automatic update checks must be on or off.');

/** Documentation link id. */
export const docLinkSchema = z.enum(DOC_LINK_IDS, 'Unknown documentation link.');
