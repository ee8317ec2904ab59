import { hasUsableToken } from '../keeper/keeper-view';
import type { KeeperView } from '../keeper/keeper-view';

/** The two things the tray can copy. */
export type CopyKind = 'copy-token' | 'copy-header';

/**
 * The text a copy action puts on the clipboard — the raw token, or `Bearer <token>` for the
 * Authorization header — or undefined when there is no unexpired token to copy.
 */
export function textToCopy(kind: CopyKind, state: KeeperView, now: Date): string | undefined {
  if (state.token === undefined || !hasUsableToken(state, now)) return undefined;
  return kind === 'copy-header' ? `Bearer ${state.token.token}` : state.token.token;
}
