import { hasUsableToken } from './keeper-view';
import { statusLine, trayTooltip } from './status-line';
import { trayIconState } from './tray-icon';
import type { TrayIconState } from './tray-icon';
import type { TrayInput } from './tray-input';

/** The ids of the tray menu's actionable and informational items. */
export type TrayMenuItemId =
  | 'status'
  | 'copy-token'
  | 'copy-header'
  | 'refresh-now'
  | 'settings'
  | 'start-at-login'
  | 'quit';

/** One tray menu entry, free of Electron types; the adapter maps it onto a `MenuItem`. */
export interface TrayMenuItem {
  /** Separators carry ids such as `separator-1` so every item has a stable key. */
  id: TrayMenuItemId | `separator-${number}`;
  label: string;
  enabled: boolean;
  type: 'normal' | 'checkbox' | 'separator';
  checked?: boolean;
  /** The action a double-click on the tray icon runs. */
  isDefault?: boolean;
}

/** What the tray shows for one state: menu items, tooltip and icon. */
export interface TrayView {
  items: TrayMenuItem[];
  tooltip: string;
  icon: TrayIconState;
}

/** Input of the menu model: the tray input plus the "Start at login" checkbox state. */
export interface TrayMenuInput extends TrayInput {
  startAtLogin: boolean;
}

/** Builds the tray menu; copy items are enabled only while an unexpired token exists. */
export function buildTrayMenu(input: TrayMenuInput): TrayMenuItem[] {
  const canCopy = hasUsableToken(input.state, input.now);
  const busy = input.state.status === 'signing-in' || input.state.status === 'refreshing';
  const normal = (id: TrayMenuItemId, label: string, enabled: boolean): TrayMenuItem => ({
    id,
    label,
    enabled,
    type: 'normal',
  });
  const separator = (n: number): TrayMenuItem => ({
    id: `separator-${n}`,
    label: '',
    enabled: true,
    type: 'separator',
  });
  return [
    normal('status', statusLine(input), false),
    separator(1),
    { ...normal('copy-token', 'Copy token', canCopy), isDefault: true },
    normal('copy-header', 'Copy Authorization header', canCopy),
    normal('refresh-now', 'Refresh now', input.email !== '' && !busy),
    separator(2),
    normal('settings', 'Settings…', true),
    { ...normal('start-at-login', 'Start at login', true), type: 'checkbox', checked: input.startAtLogin },
    separator(3),
    normal('quit', 'Quit', true),
  ];
}

/** The whole tray view for one state: menu, tooltip and icon, computed together. */
export function buildTrayView(input: TrayMenuInput): TrayView {
  return { items: buildTrayMenu(input), tooltip: trayTooltip(input), icon: trayIconState(input) };
}
