import type { PreloadApi } from '../common/ipc-contract';
import { byId, showMessage, whileBusy } from './dom';

/**
 * **Reset all data…** with an in-page confirmation (never a native dialog); the safe choice takes the
 * focus and Escape closes it. Main signs every profile out, removes the app's data and quits.
 */
export class ResetPanel {
  readonly #confirm = byId('reset-confirm');
  readonly #open = byId('reset-all', HTMLButtonElement);
  readonly #message = byId('reset-message');
  readonly #api: PreloadApi;

  constructor(api: PreloadApi) {
    this.#api = api;
    this.#open.addEventListener('click', () => {
      this.#confirm.hidden = false;
      this.#open.hidden = true;
      byId('reset-confirm-no').focus();
    });
    byId('reset-confirm-no').addEventListener('click', () => this.#close());
    this.#confirm.addEventListener('keydown', (event) => {
      if (event.key === 'Escape') this.#close();
    });
    byId('reset-confirm-yes').addEventListener('click', () => void this.#reset());
  }

  #close(): void {
    this.#confirm.hidden = true;
    this.#open.hidden = false;
    this.#open.focus();
  }

  async #reset(): Promise<void> {
    showMessage(this.#message, 'Removing everything…');
    const result = await whileBusy(this.#confirm, () => this.#api.resetAllData());
    if (!result.ok) return showMessage(this.#message, result.error.message, 'error');
    this.#confirm.hidden = true;
    showMessage(this.#message, 'All data was removed. The app quits now.', 'success');
  }
}
