import { hasUsableToken } from '../keeper/keeper-view';
import type { KeeperView } from '../keeper/keeper-view';
import type { CopyFormat } from '../../../common/ipc-contract';


/**
 * The text a copy action puts on the clipboard — the raw token, or `Bearer <token>` for the
 * Authorization header — or undefined when there is no unexpired token to copy.
 */
export function textToCopy(format: CopyFormat, state: KeeperView, now: Date): string | undefined {
  if (state.token === undefined || !hasUsableToken(state, now)) return undefined;
  return format === 'authorization-header' ? `Bearer ${state.token.token}` : state.token.token;
}
