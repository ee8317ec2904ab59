import type { CopyFormat } from '../../../common/ipc-contract';

/**
 * What a tray menu item, a notification click or the global shortcut asks the app to do. Without a
 * `profileId` a copy or refresh acts on the default profile as it is when the action runs.
 */
export type UserAction =
  | { kind: 'copy-token'; format: CopyFormat; profileId?: string }
  | { kind: 'refresh-now'; profileId?: string }
  | { kind: 'open-settings' }
  | { kind: 'toggle-start-at-login' }
  | { kind: 'check-for-updates' }
  | { kind: 'restart-to-update' }
  | { kind: 'install-cli-tool' }
  | { kind: 'quit' };
