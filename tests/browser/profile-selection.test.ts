import { describe, expect, it } from 'vitest';
import type { ProfileSnapshot, StatusSnapshot } from '../../common/ipc-contract';
import { DEFAULT_SETTINGS } from '../../common/settings';
import { preferencesOf } from '../../main/core/app/status-view';
import { ProfileSelection, type SelectionView } from '../../renderer/profile-selection';

function profile(id: string, name: string): ProfileSnapshot {
  return {
    id, name, isDefault: false, email: `${id}@example.com`, environment: 'production', customBaseUrl: '',
    baseUrl: 'https://svc-fabric.pwks.co', passwordStored: true, status: 'valid',
  };
}

function snapshot(profiles: ProfileSnapshot[], defaultProfileId: string): StatusSnapshot {
  return {
    profiles: profiles.map((p) => ({ ...p, isDefault: p.id === defaultProfileId })),
    defaultProfileId,
    sessionOnly: false,
    preferences: preferencesOf(DEFAULT_SETTINGS),
  };
}

const A = profile('a', 'Acme');
const B = profile('b', 'Globex');
const C = profile('c', 'Initech');

function recorded() {
  const views: SelectionView[] = [];
  const selection = new ProfileSelection((view) => views.push(view));
  const last = () => ({ id: views.at(-1)?.profile?.id ?? null, switched: views.at(-1)?.switched });
  return { selection, views, last };
}

describe('ProfileSelection', () => {
  it('starts on the default profile, or on a blank "add" form without profiles', () => {
    const withProfiles = recorded();
    withProfiles.selection.update(snapshot([A, B], 'b'));
    expect(withProfiles.last()).toEqual({ id: 'b', switched: true });
    const empty = recorded();
    empty.selection.update(snapshot([], ''));
    expect(empty.last()).toEqual({ id: null, switched: true });
  });

  it('keeps the chosen profile across pushes, and the "add" form too', () => {
    const { selection, last } = recorded();
    selection.update(snapshot([A, B], 'a'));
    selection.select('b');
    expect(last()).toEqual({ id: 'b', switched: true });
    selection.update(snapshot([A, B, C], 'c'));
    expect(last()).toEqual({ id: 'b', switched: false });
    selection.select(null);
    expect(last()).toEqual({ id: null, switched: true });
    selection.update(snapshot([A, B], 'a'));
    expect(last()).toEqual({ id: null, switched: false });
  });

  it('falls back to the default when the chosen profile disappears, then to the first, then to none', () => {
    const { selection, last } = recorded();
    selection.update(snapshot([A, B, C], 'a'));
    selection.select('c');
    selection.update(snapshot([A, B], 'a'));
    expect(last()).toEqual({ id: 'a', switched: true });
    selection.update(snapshot([B], 'x-not-there'));
    expect(last()).toEqual({ id: 'b', switched: true });
    selection.update(snapshot([], ''));
    expect(last()).toEqual({ id: null, switched: true });
  });

  it('selects a profile by name regardless of case (one just added), and ignores unknown ids', () => {
    const { selection, last, views } = recorded();
    selection.update(snapshot([A], 'a'));
    selection.select(null);
    selection.update(snapshot([A, B], 'a'), '  GLOBEX ');
    expect(last()).toEqual({ id: 'b', switched: true });
    selection.select('nope');
    expect(last()).toEqual({ id: null, switched: true });
    expect(selection.names).toEqual(['Acme', 'Globex']);
    expect(views.every((view) => view.snapshot.profiles.length > 0)).toBe(true);
  });
});
