import type { PreloadApi, ProfileSnapshot, StatusSnapshot } from '../common/ipc-contract';
import type { EnvironmentId } from '../common/settings';
import { ENVIRONMENT_BASE_URLS } from '../common/settings';
import { byId, showMessage, whileBusy } from './dom';
import { clearFieldErrors, showFieldErrors } from './field-errors';
import { formatCountdown, formatTime } from './format';
import { suggestProfileName } from './profile-name';
import type { SelectionView } from './profile-selection';

/** What the form asks of the window around it. */
export interface AccountFormHost {
  /** Shows a snapshot main answered with; `selectName` selects that profile (one just added). */
  update(snapshot: StatusSnapshot, selectName?: string): void;
  /** Names already taken, for suggesting a free one. */
  names(): string[];
}

/**
 * The Account section for the selected profile (or a new one): profile name, email, write-only
 * password, environment, sign in and sign out.
 */
export class AccountForm {
  private readonly form = byId('account-form', HTMLFormElement);
  private readonly name = byId('name', HTMLInputElement);
  private readonly email = byId('email', HTMLInputElement);
  private readonly password = byId('password', HTMLInputElement);
  private readonly customUrl = byId('customBaseUrl', HTMLInputElement);
  private readonly message = byId('account-message');
  private profile: ProfileSnapshot | undefined;
  /** True once the user typed a name; until then a new profile's name follows its email. */
  private nameEdited = false;

  constructor(private readonly api: PreloadApi, private readonly host: AccountFormHost) {
    this.form.addEventListener('submit', (event) => {
      event.preventDefault();
      void this.signIn();
    });
    byId('sign-out').addEventListener('click', () => void this.signOut());
    this.form.addEventListener('change', () => this.showBaseUrl());
    this.customUrl.addEventListener('input', () => this.showBaseUrl());
    this.name.addEventListener('input', () => (this.nameEdited = true));
    this.email.addEventListener('input', () => {
      if (this.profile === undefined && !this.nameEdited) this.name.value = suggestProfileName(this.email.value, host.names());
    });
  }

  /** Follows the selection: a new selection refills the form; a push only updates the stored-password hint. */
  show(view: SelectionView): void {
    const { profile } = view;
    this.profile = profile;
    if (view.switched) return this.fill(profile);
    this.showPasswordStored(profile?.passwordStored ?? false);
    // A rename elsewhere shows here too, unless the user is typing a name of their own.
    if (profile !== undefined && !this.nameEdited) this.name.value = profile.name;
    this.showSubject(profile);
  }

  /** Puts the keyboard focus on the first field. */
  focus(): void {
    this.name.focus();
  }

  /** Fills the form from what main stored for `profile` (never a password), or blanks it for a new one. */
  private fill(profile: ProfileSnapshot | undefined): void {
    clearFieldErrors(this.form);
    showMessage(this.message, '');
    this.name.value = profile?.name ?? '';
    this.nameEdited = false;
    this.email.value = profile?.email ?? '';
    this.password.value = '';
    this.customUrl.value = profile?.customBaseUrl ?? '';
    const environment = profile?.environment ?? 'production';
    const radio = this.form.querySelector<HTMLInputElement>(`input[name="environment"][value="${environment}"]`);
    if (radio) radio.checked = true;
    byId('sign-out').hidden = profile === undefined;
    this.showSubject(profile);
    this.showBaseUrl();
    this.showPasswordStored(profile?.passwordStored ?? false);
  }

  private showSubject(profile: ProfileSnapshot | undefined): void {
    byId('account-subject').textContent = profile === undefined ? '— new profile' : `— ${profile.name}`;
  }

  private showPasswordStored(stored: boolean): void {
    byId('password-stored').hidden = !stored;
    this.password.placeholder = stored ? '•••••••• (stored)' : '';
  }

  private environment(): EnvironmentId {
    const checked = this.form.querySelector<HTMLInputElement>('input[name="environment"]:checked');
    return (checked?.value ?? 'production') as EnvironmentId;
  }

  private showBaseUrl(): void {
    const environment = this.environment();
    const custom = environment === 'custom';
    byId('custom-url-field').classList.toggle('inactive', !custom);
    this.customUrl.disabled = !custom;
    byId('base-url-shown').textContent = custom ? this.customUrl.value.trim() || '(enter a URL)' : ENVIRONMENT_BASE_URLS[environment];
  }

  private async signIn(): Promise<void> {
    clearFieldErrors(this.form);
    showMessage(this.message, 'Signing in…');
    const adding = this.profile === undefined;
    const request = {
      profileId: this.profile?.id ?? null,
      name: this.name.value,
      email: this.email.value,
      password: this.password.value,
      environment: this.environment(),
      customBaseUrl: this.customUrl.value,
    };
    const result = await whileBusy(this.form, () => this.api.signIn(request));
    if (!result.ok) {
      const unplaced = showFieldErrors(this.form, result.error.fieldErrors);
      return showMessage(this.message, [result.error.message, ...unplaced].join(' '), 'error');
    }
    this.host.update(result.value, request.name);
    this.fill(this.profile);
    const profile = this.profile;
    const expiresAt = profile?.token?.expiresAt;
    const expiry = expiresAt === undefined ? '' : ` The token expires ${formatTime(expiresAt)} (in ${formatCountdown(expiresAt - Date.now())}).`;
    const added = adding && profile !== undefined ? `Added “${profile.name}”. ` : '';
    showMessage(this.message, `${added}Signed in as ${profile?.email ?? request.email}.${expiry}`, 'success');
  }

  private async signOut(): Promise<void> {
    const profile = this.profile;
    if (profile === undefined) return;
    clearFieldErrors(this.form);
    const result = await whileBusy(this.form, () => this.api.signOut({ profileId: profile.id }));
    if (!result.ok) return showMessage(this.message, result.error.message, 'error');
    this.host.update(result.value);
    this.fill(this.profile);
    showMessage(this.message, 'Signed out. The stored password was removed.', 'success');
  }
}
