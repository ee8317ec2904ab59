import type { PreloadApi, StatusSnapshot } from '../common/ipc-contract';
import type { EnvironmentId } from '../common/settings';
import { ENVIRONMENT_BASE_URLS } from '../common/settings';
import { byId, showMessage, whileBusy } from './dom';
import { clearFieldErrors, showFieldErrors } from './field-errors';
import { formatCountdown, formatTime } from './format';

/** The Account section: email, write-only password, environment, sign in and sign out. */
export class AccountForm {
  private readonly form = byId('account-form', HTMLFormElement);
  private readonly email = byId('email', HTMLInputElement);
  private readonly password = byId('password', HTMLInputElement);
  private readonly customUrl = byId('customBaseUrl', HTMLInputElement);
  private readonly message = byId('account-message');

  constructor(private readonly api: PreloadApi, private readonly onSnapshot: (s: StatusSnapshot) => void) {
    this.form.addEventListener('submit', (event) => {
      event.preventDefault();
      void this.signIn();
    });
    byId('sign-out').addEventListener('click', () => void this.signOut());
    this.form.addEventListener('change', () => this.showBaseUrl());
    this.customUrl.addEventListener('input', () => this.showBaseUrl());
  }

  /** Fills the form from what main has stored (never a password). */
  fill(snapshot: StatusSnapshot): void {
    this.email.value = snapshot.email;
    this.customUrl.value = snapshot.customBaseUrl;
    const radio = this.form.querySelector<HTMLInputElement>(`input[name="environment"][value="${snapshot.environment}"]`);
    if (radio) radio.checked = true;
    this.showBaseUrl();
    this.showPasswordStored(snapshot.passwordStored);
  }

  /** Reflects whether a password is stored. */
  showPasswordStored(stored: boolean): void {
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
    const request = {
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
    this.password.value = '';
    this.fill(result.value);
    this.onSnapshot(result.value);
    const expiresAt = result.value.token?.expiresAt;
    const expiry = expiresAt === undefined ? '' : ` The token expires ${formatTime(expiresAt)} (in ${formatCountdown(expiresAt - Date.now())}).`;
    showMessage(this.message, `Signed in as ${result.value.email}.${expiry}`, 'success');
  }

  private async signOut(): Promise<void> {
    clearFieldErrors(this.form);
    const result = await whileBusy(this.form, () => this.api.signOut());
    if (!result.ok) return showMessage(this.message, result.error.message, 'error');
    this.password.value = '';
    this.fill(result.value);
    this.onSnapshot(result.value);
    showMessage(this.message, 'Signed out. The stored password was removed.', 'success');
  }
}
