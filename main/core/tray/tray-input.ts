import type { KeeperView, TimeFormatter } from '../keeper/keeper-view';

/** Everything the tray's look depends on, as plain values. */
export interface TrayInput {
  state: KeeperView;
  /** The signed-in account's email; empty when signed out. */
  email: string;
  now: Date;
  /** How long before expiry a token counts as "expiring soon", in milliseconds. */
  notifyLeadMs: number;
  formatTime: TimeFormatter;
}
