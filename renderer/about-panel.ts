import type { AboutInfo, DocLinkId, PreloadApi } from '../common/ipc-contract';
import { byId, showMessage, whileBusy } from './dom';

/**
 * The About tab's main section: versions, **Open logs folder**, **Copy diagnostics** (main builds and
 * copies them; no secret ever crosses) and the documentation links (opened by main, allow-listed).
 */
export class AboutPanel {
  readonly #section = byId('about-heading').closest('section') as HTMLElement;
  readonly #message = byId('about-message');
  readonly #api: PreloadApi;

  constructor(api: PreloadApi) {
    this.#api = api;
    byId('open-logs').addEventListener('click', () => void this.#openLogs());
    byId('copy-diagnostics').addEventListener('click', () => void this.#copyDiagnostics());
    for (const link of this.#section.querySelectorAll<HTMLButtonElement>('button[data-doc]')) {
      link.addEventListener('click', () => void api.openDocs(link.dataset.doc as DocLinkId));
    }
  }

  /** Shows the versions and the system. */
  show(about: AboutInfo): void {
    byId('about-version').textContent = about.appVersion;
    byId('about-electron').textContent = about.electronVersion;
    byId('about-chromium').textContent = about.chromiumVersion;
    byId('about-node').textContent = about.nodeVersion;
    byId('about-os').textContent = about.os;
  }

  async #openLogs(): Promise<void> {
    const result = await whileBusy(this.#section, () => this.#api.openLogs());
    if (!result.ok) return showMessage(this.#message, result.error.message, 'error');
    showMessage(this.#message, 'The logs folder is open in your file manager.', 'success');
  }

  async #copyDiagnostics(): Promise<void> {
    const result = await whileBusy(this.#section, () => this.#api.copyDiagnostics());
    if (!result.ok) return showMessage(this.#message, result.error.message, 'error');
    showMessage(this.#message, 'Diagnostics copied. Paste them into your support request.', 'success');
  }
}
