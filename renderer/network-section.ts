import { NETWORK_PREFERENCE_KEYS, type PreloadApi } from '../common/ipc-contract';
import { byId, showMessage, whileBusy } from './dom';
import type { PreferencesSection } from './preferences-form';

/** The Network section: the proxy address and the CA file, saved on their own. */
export const NETWORK_SECTION: PreferencesSection = {
  formId: 'network-form',
  messageId: 'network-message',
  keys: NETWORK_PREFERENCE_KEYS,
  savedText: 'Network settings saved; the next login uses them.',
};

/**
 * "Choose file…" beside the CA file field: main shows the system's file dialog and the picked path
 * fills the field (as typing would), to be checked and kept by "Save network settings".
 */
export function wireCertificatePicker(api: PreloadApi): void {
  const button = byId('choose-ca-file', HTMLButtonElement);
  const input = byId('caFile', HTMLInputElement);
  const form = byId('network-form', HTMLFormElement);
  button.addEventListener('click', () => {
    void whileBusy(form, () => api.chooseCaFile()).then((result) => {
      if (!result.ok) return showMessage(byId('network-message'), result.error.message, 'error');
      if (result.value === null) return;
      input.value = result.value;
      input.dispatchEvent(new Event('input', { bubbles: true }));
      input.focus();
    });
  });
}
