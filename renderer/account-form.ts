import type { PreloadApi, ProfileSnapshot, StatusSnapshot } from '../common/ipc-contract';
import type { EnvironmentId } from '../common/settings';
import { ENVIRONMENT_BASE_URLS } from '../common/settings';
import { byId, showMessage, whileBusy } from './dom';
import { clearFieldErrors, showFieldErrors } from './field-errors';
import { formatCountdown, formatTime } from './format';
import { suggestProfileName } from './profile-name';
import type { SelectionView } from './profile-selection';
import { statusLabel } from './status-labels';

/** What the form asks of the window around it. */
export interface AccountFormHost {
  /** Shows a snapshot main answered with; `selectName` selects that profile (one just added). */
  update(snapshot: StatusSnapshot, selectName?: string): void;
  /** Names already taken, for suggesting a free one. */
  names(): string[];
  /** Called after a sign-in main accepted; `first` when it added the very first profile. */
  signedIn(first: boolean): void;
}

const ENVIRONMENT_LABELS: Readonly<Record<EnvironmentId, string>> = {
  production: 'Production',
  staging: 'Staging',
  custom: 'Custom',
};

/** "demo@patchworks.test on Production · signed in" for a profile that holds an account. */
export function accountSummary(profile: ProfileSnapshot): string {
  const where = profile.environment === 'custom' ? `Custom (${profile.baseUrl})` : ENVIRONMENT_LABELS[profile.environment];
  const state = statusLabel(profile.status, profile.lastError?.kind);
  return `${profile.email} on ${where} · ${state.charAt(0).toLowerCase()}${state.slice(1)}`;
}

/**
 * The Account section for the selected profile. A profile holding an account shows a summary with
 * **Change…** and **Sign out**; the form (email first, a suggested profile name, write-only password,
 * environment, the custom URL only for Custom) appears only to add a profile or change its account.
 */
export class AccountForm {
  readonly #form = byId('account-form', HTMLFormElement);
  readonly #summary = byId('account-summary');
  readonly #name = byId('name', HTMLInputElement);
  readonly #email = byId('email', HTMLInputElement);
  readonly #password = byId('password', HTMLInputElement);
  readonly #customUrl = byId('customBaseUrl', HTMLInputElement);
  readonly #message = byId('account-message');
  readonly #api: PreloadApi;
  readonly #host: AccountFormHost;
  #profile: ProfileSnapshot | undefined;
  /** True while the form changes the account of an existing profile. */
  #changing = false;
  /** True once the user typed a name; until then a new profile's name follows its email. */
  #nameEdited = false;

  constructor(api: PreloadApi, host: AccountFormHost) {
    this.#api = api;
    this.#host = host;
    this.#form.addEventListener('submit', (event) => {
      event.preventDefault();
      void this.#signIn();
    });
    byId('sign-out').addEventListener('click', () => void this.#signOut());
    byId('change-account').addEventListener('click', () => this.#openChange());
    byId('account-cancel').addEventListener('click', () => this.#closeChange());
    this.#form.addEventListener('keydown', (event) => {
      if (event.key === 'Escape' && this.#changing) this.#closeChange();
    });
    this.#form.addEventListener('change', () => this.#showBaseUrl());
    this.#customUrl.addEventListener('input', () => this.#showBaseUrl());
    this.#name.addEventListener('input', () => (this.#nameEdited = true));
    this.#email.addEventListener('input', () => {
      if (this.#profile === undefined && !this.#nameEdited) this.#name.value = suggestProfileName(this.#email.value, host.names());
    });
  }

  /** Follows the selection: a new selection refills the form; a push only updates the summary and stored-password hint. */
  show(view: SelectionView): void {
    const { profile } = view;
    this.#profile = profile;
    if (view.switched) {
      this.#changing = false;
      return this.#fill(profile);
    }
    this.#showPasswordStored(profile?.passwordStored ?? false);
    // A rename elsewhere shows here too, unless the user is typing a name of their own.
    if (profile !== undefined && !this.#nameEdited) this.#name.value = profile.name;
    this.#showMode();
  }

  /** Puts the keyboard focus on the form's first field (adding a profile). */
  focus(): void {
    this.#email.focus();
  }

  /** Fills the form from what main stored for `profile` (never a password), or blanks it for a new one. */
  #fill(profile: ProfileSnapshot | undefined): void {
    clearFieldErrors(this.#form);
    showMessage(this.#message, '');
    this.#name.value = profile?.name ?? '';
    this.#nameEdited = false;
    this.#email.value = profile?.email ?? '';
    this.#password.value = '';
    this.#customUrl.value = profile?.customBaseUrl ?? '';
    const environment = profile?.environment ?? 'production';
    const radio = this.#form.querySelector<HTMLInputElement>(`input[name="environment"][value="${environment}"]`);
    if (radio) radio.checked = true;
    this.#showBaseUrl();
    this.#showPasswordStored(profile?.passwordStored ?? false);
    this.#showMode();
  }

  /** Summary for a profile holding an account, the form otherwise (or while changing it). */
  #showMode(): void {
    const profile = this.#profile;
    const summarised = profile !== undefined && profile.passwordStored && !this.#changing;
    this.#summary.hidden = !summarised;
    this.#form.hidden = summarised;
    byId('account-cancel').hidden = !this.#changing;
    byId('account-subject').textContent = profile === undefined ? '— new profile' : `— ${profile.name}`;
    if (summarised) byId('account-summary-text').textContent = accountSummary(profile);
  }

  #openChange(): void {
    this.#changing = true;
    this.#fill(this.#profile);
    this.#email.focus();
  }

  #closeChange(): void {
    this.#changing = false;
    this.#fill(this.#profile);
    byId('change-account').focus();
  }

  #showPasswordStored(stored: boolean): void {
    byId('password-stored').hidden = !stored;
    this.#password.placeholder = stored ? '•••••••• (stored)' : '';
  }

  #environment(): EnvironmentId {
    const checked = this.#form.querySelector<HTMLInputElement>('input[name="environment"]:checked');
    return (checked?.value ?? 'production') as EnvironmentId;
  }

  #showBaseUrl(): void {
    const environment = this.#environment();
    const custom = environment === 'custom';
    byId('custom-url-field').hidden = !custom;
    byId('base-url-shown').textContent = custom ? this.#customUrl.value.trim() || '(enter a URL below)' : ENVIRONMENT_BASE_URLS[environment];
  }

  async #signIn(): Promise<void> {
    clearFieldErrors(this.#form);
    showMessage(this.#message, 'Signing in…');
    const adding = this.#profile === undefined;
    const first = adding && this.#host.names().length === 0;
    const request = {
      profileId: this.#profile?.id ?? null,
      name: this.#name.value,
      email: this.#email.value,
      password: this.#password.value,
      environment: this.#environment(),
      customBaseUrl: this.#customUrl.value,
    };
    const result = await whileBusy(this.#form, () => this.#api.signIn(request));
    if (!result.ok) {
      const unplaced = showFieldErrors(this.#form, result.error.fieldErrors);
      return showMessage(this.#message, [result.error.message, ...unplaced].join(' '), 'error');
    }
    this.#changing = false;
    this.#host.update(result.value, request.name);
    this.#fill(this.#profile);
    const profile = this.#profile;
    const expiresAt = profile?.token?.expiresAt;
    const expiry = expiresAt === undefined ? '' : ` The token expires ${formatTime(expiresAt)} (in ${formatCountdown(expiresAt - Date.now())}).`;
    const added = adding && profile !== undefined ? `Added “${profile.name}”. ` : '';
    showMessage(this.#message, `${added}Signed in as ${profile?.email ?? request.email}.${expiry}`, 'success');
    this.#host.signedIn(first);
  }

  async #signOut(): Promise<void> {
    const profile = this.#profile;
    if (profile === undefined) return;
    const result = await whileBusy(this.#summary, () => this.#api.signOut({ profileId: profile.id }));
    if (!result.ok) return showMessage(this.#message, result.error.message, 'error');
    this.#host.update(result.value);
    this.#fill(this.#profile);
    showMessage(this.#message, 'Signed out. The stored password was removed.', 'success');
    this.#email.focus();
  }
}
