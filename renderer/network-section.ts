import { NETWORK_PREFERENCE_KEYS } from '../common/ipc-contract';
import type { PreferencesSection } from './preferences-form';

/** The Network section: the proxy address and the CA file, saved on their own. */
export const NETWORK_SECTION: PreferencesSection = {
  formId: 'network-form',
  messageId: 'network-message',
  keys: NETWORK_PREFERENCE_KEYS,
  savedText: 'Network settings saved; the next login uses them.',
};
