import { NETWORK_PREFERENCE_KEYS, type PreloadApi } from '../common/ipc-contract';
import { byId, showMessage, whileBusy } from './dom';
import type { PreferencesSection } from './preferences-form';

/** The Network section (Preferences tab): the proxy address and the CA file, each applied as it changes. */
export const NETWORK_SECTION: PreferencesSection = {
  formId: 'network-form',
  messageId: 'network-message',
  keys: NETWORK_PREFERENCE_KEYS,
  savedNote: 'The next login uses it.',
};

/**
 * "Choose file…" beside the CA file field: main shows the system's file dialog, and the picked path
 * fills the field and is applied as a typed one is (checked by main, refused beside the field).
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
      input.dispatchEvent(new Event('change', { bubbles: true }));
      input.focus();
    });
  });
}
