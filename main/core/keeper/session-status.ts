import type { SessionStatus } from '../../../common/ipc-contract';
import type { KeeperState } from './keeper-state';

/** A keeper's status as people see it (settings window, `patchworks-token status`): stopped or empty is signed out. */
export function sessionStatus(keeper: KeeperState): SessionStatus {
  if (keeper.status === 'stopped') return 'signed-out';
  if (keeper.status === 'idle') return keeper.token ? 'valid' : 'signed-out';
  return keeper.status;
}
