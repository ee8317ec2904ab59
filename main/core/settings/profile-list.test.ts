import { describe, expect, it } from 'vitest';
import type { ProfileSettings } from '../../../common/settings';
import { defaultFirst, isNameTaken, withProfileAdded, withProfileRemoved, withProfileUpdated } from './profile-list';

const profile = (id: string, name: string): ProfileSettings => ({
  id,
  name,
  environment: 'production',
  customBaseUrl: '',
  email: `${id}@example.com`,
});
const ops = profile('a', 'Ops');
const acme = profile('b', 'Acme');
const list = { profiles: [ops, acme], defaultProfileId: 'a' };

describe('profile list rules', () => {
  it('finds a name taken by another profile regardless of case and spaces, but not the profile’s own', () => {
    expect(isNameTaken(list.profiles, '  ops ', null)).toBe(true);
    expect(isNameTaken(list.profiles, 'OPS', 'b')).toBe(true);
    expect(isNameTaken(list.profiles, 'ops', 'a')).toBe(false);
    expect(isNameTaken(list.profiles, 'Staging', null)).toBe(false);
  });

  it('makes the first profile added the default and keeps the default afterwards', () => {
    expect(withProfileAdded({ profiles: [], defaultProfileId: '' }, ops)).toEqual({ profiles: [ops], defaultProfileId: 'a' });
    expect(withProfileAdded({ profiles: [ops], defaultProfileId: 'a' }, acme)).toEqual(list);
  });

  it('changes only the named profile', () => {
    expect(withProfileUpdated(list, 'b', { name: 'Acme Ltd' }).profiles).toEqual([ops, { ...acme, name: 'Acme Ltd' }]);
  });

  it('passes a removed default to the first remaining profile, and to nobody when none is left', () => {
    expect(withProfileRemoved(list, 'a')).toEqual({ profiles: [acme], defaultProfileId: 'b' });
    expect(withProfileRemoved(list, 'b')).toEqual({ profiles: [ops], defaultProfileId: 'a' });
    expect(withProfileRemoved({ profiles: [ops], defaultProfileId: 'a' }, 'a')).toEqual({ profiles: [], defaultProfileId: '' });
  });

  it('puts the default profile first and keeps the others in order', () => {
    const third = profile('c', 'Third');
    const entries = [ops, acme, third].map((p) => ({ profile: p }));
    expect(defaultFirst(entries, 'b').map((e) => e.profile.id)).toEqual(['b', 'a', 'c']);
    expect(defaultFirst(entries, '').map((e) => e.profile.id)).toEqual(['a', 'b', 'c']);
  });
});
