import { profileNameKey, type ProfileSettings, type Settings } from '../../../common/settings';

type ProfileList = Pick<Settings, 'profiles' | 'defaultProfileId'>;

/** True when a profile other than `ownId` already has `name`, regardless of case and surrounding spaces. */
export function isNameTaken(profiles: readonly ProfileSettings[], name: string, ownId: string | null): boolean {
  return profiles.some((profile) => profile.id !== ownId && profileNameKey(profile.name) === profileNameKey(name));
}

/** The list with `profile` appended; the first profile ever added becomes the default. */
export function withProfileAdded(list: ProfileList, profile: ProfileSettings): ProfileList {
  return { profiles: [...list.profiles, profile], defaultProfileId: list.defaultProfileId || profile.id };
}

/** The list with one profile's fields changed; the others untouched. */
export function withProfileUpdated(
  list: ProfileList,
  profileId: string,
  fields: Partial<Omit<ProfileSettings, 'id'>>,
): Pick<Settings, 'profiles'> {
  return { profiles: list.profiles.map((profile) => (profile.id === profileId ? { ...profile, ...fields } : profile)) };
}

/** The list without `profileId`; a removed default passes to the first remaining profile, or to '' when none is left. */
export function withProfileRemoved(list: ProfileList, profileId: string): ProfileList {
  const profiles = list.profiles.filter((profile) => profile.id !== profileId);
  const defaultProfileId = list.defaultProfileId === profileId ? (profiles[0]?.id ?? '') : list.defaultProfileId;
  return { profiles, defaultProfileId };
}

/** The profiles with the default one first, the rest in their stored order. */
export function defaultFirst<T extends { profile: ProfileSettings }>(entries: readonly T[], defaultProfileId: string): T[] {
  const isDefault = (entry: T) => entry.profile.id === defaultProfileId;
  return [...entries.filter(isDefault), ...entries.filter((entry) => !isDefault(entry))];
}
