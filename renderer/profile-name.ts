import { MAX_PROFILE_NAME_LENGTH, profileNameKey } from '../common/settings';

/**
 * A name for a new profile taken from its email (the part before `@`), made unique among `taken`
 * (compared regardless of case) by a number: `demo`, `demo 2`, … Empty when the email has no name part.
 */
export function suggestProfileName(email: string, taken: readonly string[]): string {
  const base = (email.split('@')[0] ?? '').trim().slice(0, MAX_PROFILE_NAME_LENGTH - 3);
  if (base === '') return '';
  const used = new Set(taken.map(profileNameKey));
  let candidate = base;
  for (let n = 2; used.has(profileNameKey(candidate)); n++) candidate = `${base} ${n}`;
  return candidate;
}
