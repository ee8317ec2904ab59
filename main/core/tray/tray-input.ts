import type { TimeFormatter } from '../../../common/time-format';
import type { KeeperView } from '../keeper/keeper-view';

/** Everything the tray's look depends on, as plain values. */
export interface TrayInput {
  state: KeeperView;
  /** The signed-in account's email; empty when signed out. */
  email: string;
  now: Date;
  /** How long before expiry a token counts as "expiring soon", in milliseconds. */
  notifyLeadMs: number;
  formatTime: TimeFormatter;
  /** The keychain refuses for now, so the stored account is not loaded yet. */
  keychainLocked?: boolean;
  /** Feedback after a copy ("Copied — clears in 30 s"), shown until `until`. */
  copied?: CopyNotice;
}

/** What the tray says for a while after a copy. */
export interface CopyNotice {
  text: string;
  /** When the notice is taken down again. */
  until: Date;
}
