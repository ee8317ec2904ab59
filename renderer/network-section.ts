import { NETWORK_PREFERENCE_KEYS } from '../common/ipc-contract';
import type { PreferencesSection } from './preferences-form';

/** The Network section (Preferences tab): the proxy address and the CA file, each applied as it changes. */
export const NETWORK_SECTION: PreferencesSection = {
  formId: 'network-form',
  messageId: 'network-message',
  keys: NETWORK_PREFERENCE_KEYS,
  savedNote: 'The next login uses it.',
};
