import type { ApiClientsView, PreloadApi } from '../common/ipc-contract';
import { byId, showMessage, whileBusy } from './dom';
import { clearFieldErrors, showFieldErrors } from './field-errors';
import { formatTime } from './format';

const STATE_TEXT: Readonly<Record<ApiClientsView['state'], string>> = {
  off: '(off)',
  listening: '(listening)',
  unavailable: '(not listening)',
};

/**
 * The "API clients" section: the switch and the port, each applied as soon as it changes (the port when
 * the field is left or Enter is pressed), as everywhere in Preferences; the endpoint's URL and state; and
 * Copy key / Rotate key / Copy Postman pre-request script. The key is copied in main; it never reaches the page.
 */
export class ApiClientsPanel {
  readonly #api: PreloadApi;
  readonly #section = byId('api-clients');
  readonly #form = byId('api-clients-form', HTMLFormElement);
  readonly #enabled = byId('api-clients-enabled', HTMLInputElement);
  readonly #port = byId('api-clients-port', HTMLInputElement);
  readonly #message = byId('api-clients-message');
  #dirty = false;

  constructor(api: PreloadApi) {
    this.#api = api;
    this.#form.addEventListener('input', () => (this.#dirty = true));
    this.#form.addEventListener('submit', (event) => event.preventDefault());
    this.#form.addEventListener('change', () => void this.#save());
    byId('copy-api-key').addEventListener('click', () => void this.#copyKey());
    byId('rotate-api-key').addEventListener('click', () => void this.#rotate());
    byId('copy-postman-script').addEventListener('click', () => void this.#copyScript());
  }

  /** Shows the endpoint (the section stays hidden when the app has none); keeps a value main has not accepted yet. */
  render(view: ApiClientsView | undefined): void {
    this.#section.hidden = view === undefined;
    if (view === undefined) return;
    if (!this.#dirty) {
      this.#enabled.checked = view.enabled;
      this.#port.value = String(view.port);
    }
    byId('api-clients-url').textContent = view.url;
    byId('api-clients-state').textContent = view.message === undefined ? STATE_TEXT[view.state] : `(not listening: ${view.message})`;
    byId('api-clients-key-storage').textContent =
      view.keyStorage === 'keychain'
        ? 'Kept encrypted by the system keyring.'
        : 'Kept in memory only (no usable system keyring): a new key each time the app starts.';
  }

  async #save(): Promise<void> {
    clearFieldErrors(this.#form);
    const port = Number.isNaN(this.#port.valueAsNumber) ? this.#port.value : this.#port.valueAsNumber;
    const request = { enabled: this.#enabled.checked, port } as { enabled: boolean; port: number };
    const result = await whileBusy(this.#section, () => this.#api.saveApiClients(request));
    if (!result.ok) {
      const unplaced = showFieldErrors(this.#form, result.error.fieldErrors, 'api-clients-');
      return showMessage(this.#message, ['Not saved.', result.error.message, ...unplaced].join(' '), 'error');
    }
    this.#dirty = false;
    this.render(result.value);
    const what = result.value.enabled ? `API clients can connect to ${result.value.url}.` : `API clients are off; port ${result.value.port} is closed.`;
    showMessage(this.#message, `Saved. ${what}`, 'success');
  }

  async #copyKey(): Promise<void> {
    const result = await whileBusy(this.#section, () => this.#api.copyApiKey());
    if (!result.ok) return showMessage(this.#message, result.error.message, 'error');
    const clears = result.value.clearsAt === undefined ? '' : ` The clipboard is cleared at ${formatTime(result.value.clearsAt)}.`;
    showMessage(this.#message, `Key copied. Paste it into a secret variable of your API client.${clears}`, 'success');
  }

  async #rotate(): Promise<void> {
    const result = await whileBusy(this.#section, () => this.#api.rotateApiKey());
    if (!result.ok) return showMessage(this.#message, result.error.message, 'error');
    this.render(result.value);
    showMessage(this.#message, 'New key made; the old one no longer works. Copy the new key into your API clients.', 'success');
  }

  async #copyScript(): Promise<void> {
    const result = await whileBusy(this.#section, () => this.#api.copyPostmanScript());
    if (!result.ok) return showMessage(this.#message, result.error.message, 'error');
    showMessage(this.#message, 'Postman pre-request script copied. Paste it into the collection’s Scripts → Pre-request tab.', 'success');
  }
}
