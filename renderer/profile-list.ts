import type { ProfileSnapshot } from '../common/ipc-contract';
import { byId } from './dom';
import { formatTime } from './format';
import { statusLabel, statusTone } from './status-labels';

/** One row of the list: a radio named by the profile's name, described by its default mark and status. */
interface Row {
  root: HTMLLabelElement;
  radio: HTMLInputElement;
  name: HTMLElement;
  badge: HTMLElement;
  status: HTMLElement;
  detail: HTMLElement;
}

const ENVIRONMENTS = { production: 'Production', staging: 'Staging', custom: 'Custom' } as const;

/** "Production · expires Sat 10:03": where the profile signs in and when its token runs out. */
function profileDetail(profile: ProfileSnapshot): string {
  const expiry = profile.token === undefined ? 'no token' : `expires ${formatTime(profile.token.expiresAt)}`;
  return `${ENVIRONMENTS[profile.environment]} · ${expiry}`;
}

let rowCount = 0;

function createRow(onSelect: (id: string) => void): Row {
  const n = ++rowCount;
  const root = document.createElement('label');
  root.className = 'profile';
  const radio = document.createElement('input');
  radio.type = 'radio';
  radio.name = 'profile';
  const name = Object.assign(document.createElement('span'), { className: 'profile-name', id: `profile-${n}-name` });
  const badge = Object.assign(document.createElement('span'), { className: 'badge', id: `profile-${n}-badge`, textContent: 'Default' });
  const status = Object.assign(document.createElement('span'), { className: 'profile-status', id: `profile-${n}-status` });
  const detail = Object.assign(document.createElement('span'), { className: 'profile-detail', id: `profile-${n}-detail` });
  radio.setAttribute('aria-labelledby', name.id);
  radio.addEventListener('change', () => {
    if (radio.checked) onSelect(radio.value);
  });
  root.append(radio, name, badge, status, detail);
  return { root, radio, name, badge, status, detail };
}

/**
 * The profiles as a radio group: arrow keys move between them, and each shows its name, a "Default"
 * mark and its status. Rows are updated in place so a status push never steals the keyboard focus.
 */
export class ProfileList {
  private readonly list = byId('profile-list');
  private readonly rows = new Map<string, Row>();

  constructor(private readonly onSelect: (id: string) => void) {}

  /** Shows `profiles` in order with `selectedId` checked (none while adding a profile). */
  render(profiles: readonly ProfileSnapshot[], selectedId: string | undefined): void {
    for (const [id, row] of this.rows) {
      if (profiles.some((profile) => profile.id === id)) continue;
      row.root.remove();
      this.rows.delete(id);
    }
    profiles.forEach((profile, index) => {
      const row = this.rows.get(profile.id) ?? createRow(this.onSelect);
      this.rows.set(profile.id, row);
      row.radio.value = profile.id;
      row.radio.checked = profile.id === selectedId;
      row.name.textContent = profile.name;
      row.badge.hidden = !profile.isDefault;
      // A hidden element named in aria-describedby would still be read, so name the badge only when shown.
      const described = `${row.status.id} ${row.detail.id}`;
      row.radio.setAttribute('aria-describedby', profile.isDefault ? `${row.badge.id} ${described}` : described);
      row.detail.textContent = profileDetail(profile);
      const who = profile.email === '' ? '' : ` · ${profile.email}`;
      row.status.textContent = `${statusLabel(profile.status, profile.lastError?.kind)}${who}`;
      row.status.dataset.tone = statusTone(profile.status);
      if (this.list.children[index] !== row.root) this.list.insertBefore(row.root, this.list.children[index] ?? null);
    });
    this.list.hidden = profiles.length === 0;
  }

  /** Puts the keyboard focus on the checked profile, or on the first one. */
  focus(): void {
    const radios = [...this.rows.values()].map((row) => row.radio);
    (radios.find((radio) => radio.checked) ?? radios[0])?.focus();
  }
}
