import type { AboutInfo, PreloadApi } from '../common/ipc-contract';
import { byId, showMessage } from './dom';

/**
 * The short panel after the first sign-in: where the tray icon is on this desktop (or why there is
 * none), **Start at login** (applied at once, like everywhere else), and how scripts get the token.
 */
export class FirstRunPanel {
  readonly #panel = byId('first-run');
  readonly #startAtLogin = byId('first-run-start-at-login', HTMLInputElement);
  readonly #api: PreloadApi;

  constructor(api: PreloadApi, onDone: () => void) {
    this.#api = api;
    this.#startAtLogin.addEventListener('change', () => void this.#applyStartAtLogin());
    byId('first-run-done').addEventListener('click', () => {
      this.#panel.hidden = true;
      onDone();
    });
  }

  /** Shows the panel with this desktop's facts and the current Start at login state, focused on its heading. */
  open(about: AboutInfo, startAtLogin: boolean): void {
    byId('first-run-tray').textContent = about.trayMissing ? 'This desktop cannot show the tray icon yet; the note above says how to fix it.' : about.trayHint;
    this.#startAtLogin.checked = startAtLogin;
    showMessage(byId('first-run-message'), '');
    this.#panel.hidden = false;
    this.#startAtLogin.focus();
  }

  async #applyStartAtLogin(): Promise<void> {
    const wanted = this.#startAtLogin.checked;
    const result = await this.#api.savePreferences({ startAtLogin: wanted });
    const message = byId('first-run-message');
    if (!result.ok) {
      this.#startAtLogin.checked = !wanted;
      return showMessage(message, result.error.message, 'error');
    }
    this.#startAtLogin.checked = result.value.startAtLogin;
    showMessage(message, result.value.startAtLogin ? 'Saved. The app starts at login.' : 'Saved. The app does not start at login.', 'success');
  }
}
