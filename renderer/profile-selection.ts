import type { ProfileSnapshot, StatusSnapshot } from '../common/ipc-contract';
import { profileNameKey } from '../common/settings';

/** What the window shows: the latest snapshot and the chosen profile (none while adding one). */
export interface SelectionView {
  snapshot: StatusSnapshot;
  /** The selected profile; undefined while the form adds a new one. */
  profile: ProfileSnapshot | undefined;
  /** True when the selection changed since the last view (forms refill, open panels close). */
  switched: boolean;
}

/**
 * Which profile the window shows and acts on. The choice survives status pushes; when its profile
 * disappears the default one (or the first, or a blank "add" form) takes its place.
 */
export class ProfileSelection {
  #snapshot: StatusSnapshot | undefined;
  /** The selected profile's id; null while adding a new profile. */
  #id: string | null = null;

  constructor(private readonly onView: (view: SelectionView) => void) {}

  /** The selected profile, if any. */
  get profile(): ProfileSnapshot | undefined {
    return this.#snapshot?.profiles.find((profile) => profile.id === this.#id);
  }

  /** The latest snapshot, once one arrived. */
  get snapshot(): StatusSnapshot | undefined {
    return this.#snapshot;
  }

  /** The names of every profile, for suggesting a free one. */
  get names(): string[] {
    return this.#snapshot?.profiles.map((profile) => profile.name) ?? [];
  }

  /**
   * Shows a new snapshot. The selection stays when its profile still exists; `selectName` (compared
   * regardless of case) moves it to that profile, e.g. one just added.
   */
  update(snapshot: StatusSnapshot, selectName?: string): void {
    const first = this.#snapshot === undefined;
    const previous = this.#id;
    this.#snapshot = snapshot;
    const wanted = selectName === undefined ? undefined : profileNameKey(selectName);
    const named = snapshot.profiles.find((profile) => profileNameKey(profile.name) === wanted);
    if (named !== undefined) this.#id = named.id;
    else if (first || (this.#id !== null && this.profile === undefined)) this.#id = fallbackId(snapshot);
    this.#emit(first || this.#id !== previous);
  }

  /** Selects a profile by id, or null for a blank form that adds one. */
  select(id: string | null): void {
    if (this.#snapshot === undefined) return;
    const known = id !== null && this.#snapshot.profiles.some((profile) => profile.id === id);
    const next = known ? id : null;
    const switched = next !== this.#id;
    this.#id = next;
    this.#emit(switched);
  }

  #emit(switched: boolean): void {
    if (this.#snapshot === undefined) return;
    this.onView({ snapshot: this.#snapshot, profile: this.profile, switched });
  }
}

/** The profile to show when none is chosen: the default, else the first, else none (add one). */
function fallbackId(snapshot: StatusSnapshot): string | null {
  const byDefault = snapshot.profiles.find((profile) => profile.id === snapshot.defaultProfileId);
  return (byDefault ?? snapshot.profiles[0])?.id ?? null;
}
