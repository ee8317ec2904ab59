import { hasUsableToken } from '../keeper/keeper-view';
import type { KeeperView } from '../keeper/keeper-view';
import { KEYCHAIN_UNLOCKING_NOTE, statusLine, trayTooltip } from './status-line';
import { trayIconState } from './tray-icon';
import type { TrayIconState } from './tray-icon';
import type { TrayInput } from './tray-input';
import type { UserAction } from '../shared/user-action';

/** The ids of the tray menu's actionable and informational items (the default profile's, and the app's). */
export type TrayMenuItemId =
  | 'status'
  | 'copy-token'
  | 'copy-header'
  | 'refresh-now'
  | 'settings'
  | 'start-at-login'
  | 'check-updates'
  | 'restart-to-update'
  | 'version'
  | 'install-cli-tool'
  | 'quit';

/** The items each profile has: its status line and its copy and refresh actions. */
export type ProfileMenuItemId = 'status' | 'copy-token' | 'copy-header' | 'refresh-now';

/** Every id a tray menu entry can carry: `<action>@<profileId>` for another profile's items, `profile@<id>` for its submenu. */
export type TrayMenuKey =
  | TrayMenuItemId
  | `${ProfileMenuItemId}@${string}`
  | `profile@${string}`
  | `separator-${number}`;

/** One tray menu entry, free of Electron types; the adapter maps it onto a `MenuItem`. */
export interface TrayMenuItem {
  /** Separators carry ids such as `separator-1` so every item has a stable key. */
  id: TrayMenuKey;
  label: string;
  enabled: boolean;
  type: 'normal' | 'checkbox' | 'separator' | 'submenu';
  checked?: boolean;
  /** The action a double-click on the tray icon runs. */
  isDefault?: boolean;
  /** The entries of a `submenu` item. */
  submenu?: TrayMenuItem[];
  /** What a click runs; absent for items that do nothing (status lines, separators, submenus). */
  action?: UserAction;
}

/** What the tray shows for one state: menu items, tooltip and icon. */
export interface TrayView {
  items: TrayMenuItem[];
  tooltip: string;
  icon: TrayIconState;
}

/** A profile other than the default one, as its submenu needs it. */
export interface ProfileMenuInput {
  id: string;
  name: string;
  state: KeeperView;
  /** The signed-in account's email; empty when signed out. */
  email: string;
  /** The keychain refuses for now, so its stored account is not loaded yet. */
  keychainLocked?: boolean;
}

/**
 * Input of the menu model: the default profile's tray input, the "Start at login" checkbox state and,
 * with several profiles, the default's name and the others (each gets a submenu).
 */
export interface TrayMenuInput extends TrayInput {
  startAtLogin: boolean;
  /** The default profile's name; shown before its status line when there are other profiles. */
  defaultName?: string;
  others?: readonly ProfileMenuInput[];
  /** Offer "Install command-line tool…" (AppImage and macOS, where no installer puts `patchworks-token` on PATH). */
  cliToolInstallable?: boolean;
  /** The update items; absent when the app runs without an updater. */
  updates?: UpdateMenuInput;
}

/** The tray's update items: the running version, and what the update service allows now. */
export interface UpdateMenuInput {
  currentVersion: string;
  /** "Check for updates…" is enabled (not while a check or download runs). */
  canCheck: boolean;
  /** A version is downloaded: "Restart to update" is shown. */
  canRestart: boolean;
}

/** The action of the item `id` in `items` (submenus included), or undefined for an unknown or inert item. */
export function menuAction(items: readonly TrayMenuItem[], id: string): UserAction | undefined {
  for (const item of items) {
    if (item.id === id) return item.action;
    const inner = item.submenu && menuAction(item.submenu, id);
    if (inner) return inner;
  }
  return undefined;
}

const normal = (id: TrayMenuKey, label: string, enabled: boolean, action?: UserAction): TrayMenuItem => ({
  id,
  label,
  enabled,
  type: 'normal',
  ...(action && { action }),
});

const separator = (n: number): TrayMenuItem => ({ id: `separator-${n}`, label: '', enabled: true, type: 'separator' });

/** One profile's status line, copy items and "Refresh now"; ids get `suffix` (`''` or `@<id>`), actions `profileId` (none: the default). */
function profileItems(input: TrayInput, suffix: '' | `@${string}`, profileId: { profileId?: string }, statusPrefix = ''): TrayMenuItem[] {
  const canCopy = hasUsableToken(input.state, input.now);
  const busy = input.state.status === 'signing-in' || input.state.status === 'refreshing';
  return [
    normal(`status${suffix}`, `${statusPrefix}${statusLine(input)}`, false),
    ...(suffix === '' ? [separator(1)] : []),
    normal(`copy-token${suffix}`, 'Copy token', canCopy, { kind: 'copy-token', format: 'token', ...profileId }),
    normal(`copy-header${suffix}`, 'Copy Authorization header', canCopy, { kind: 'copy-token', format: 'authorization-header', ...profileId }),
    normal(`refresh-now${suffix}`, 'Refresh now', input.email !== '' && !busy, { kind: 'refresh-now', ...profileId }),
  ];
}

/** The submenu of a profile other than the default one. */
function profileSubmenu(input: TrayMenuInput, profile: ProfileMenuInput): TrayMenuItem {
  const items = profileItems(
    { ...input, state: profile.state, email: profile.email, keychainLocked: profile.keychainLocked === true },
    `@${profile.id}`,
    { profileId: profile.id },
  );
  return { id: `profile@${profile.id}`, label: profile.name, enabled: true, type: 'submenu', submenu: items };
}

/** "Restart to update" once a version is downloaded, "Check for updates…" and the running version (informational). */
function updateItems(updates: UpdateMenuInput | undefined): TrayMenuItem[] {
  if (!updates) return [];
  return [
    ...(updates.canRestart ? [normal('restart-to-update', 'Restart to update', true, { kind: 'restart-to-update' })] : []),
    normal('check-updates', 'Check for updates…', updates.canCheck, { kind: 'check-for-updates' }),
    normal('version', `Version ${updates.currentVersion}`, false),
    separator(4),
  ];
}

/**
 * Builds the tray menu. The default profile's items come first (copy items enabled only while an
 * unexpired token exists); with several profiles each other one follows as a submenu.
 */
export function buildTrayMenu(input: TrayMenuInput): TrayMenuItem[] {
  const others = input.others ?? [];
  const prefix = others.length > 0 && input.defaultName !== undefined ? `${input.defaultName} · ` : '';
  const top = profileItems(input, '', {}, prefix).map((item) => {
    if (item.id === 'copy-token') return { ...item, isDefault: true };
    // After a copy the status line says so ("Copied — clears in 30 s") until the notice ends.
    if (item.id === 'status' && input.copied) return { ...item, label: input.copied.text };
    return item;
  });
  return [
    ...top,
    ...others.map((profile) => profileSubmenu(input, profile)),
    separator(2),
    normal('settings', 'Settings…', true, { kind: 'open-settings' }),
    { ...normal('start-at-login', 'Start at login', true, { kind: 'toggle-start-at-login' }), type: 'checkbox', checked: input.startAtLogin },
    ...(input.cliToolInstallable ? [normal('install-cli-tool', 'Install command-line tool…', true, { kind: 'install-cli-tool' })] : []),
    separator(3),
    ...updateItems(input.updates),
    normal('quit', 'Quit', true, { kind: 'quit' }),
  ];
}

/** The tray while the launch waits for the keychain: its status and Quit, nothing that needs an account. */
export function unlockingTrayView(): TrayView {
  return {
    items: [normal('status', KEYCHAIN_UNLOCKING_NOTE, false), separator(3), normal('quit', 'Quit', true, { kind: 'quit' })],
    tooltip: `Patchworks Token Tray\n${KEYCHAIN_UNLOCKING_NOTE}`,
    icon: 'signed-out',
  };
}

/** The whole tray view: menu, and the default profile's tooltip and icon, computed together. */
export function buildTrayView(input: TrayMenuInput): TrayView {
  return { items: buildTrayMenu(input), tooltip: trayTooltip(input), icon: trayIconState(input) };
}
