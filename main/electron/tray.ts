// The tray icon: shows a TrayView from the core menu model; Electron objects stay in this file.
import { Menu, Tray, nativeImage } from 'electron';
import type { MenuItemConstructorOptions } from 'electron';
import { literalMenuLabel, type TrayIconState, type TrayLeftClick, type TrayMenuItem, type TrayView, type UserAction } from '../core';

/** How the tray finds its icons and reports clicks. */
export interface TrayControllerOptions {
  /** Absolute path of the PNG for a state (e.g. under build/tray/); densities via @2x siblings. */
  iconPath(state: TrayIconState): string;
  /** macOS: mark icons as template images so they follow the menu bar's colours. */
  template: boolean;
  /** What a left click on the icon does on this OS (see `trayLeftClick`). */
  leftClick: TrayLeftClick;
  /**
   * Called with the action of the clicked item, submenu items included; also for a double-click on the
   * icon (the default item), where the OS delivers one (Windows) — a convenience, never the only way.
   */
  onAction(action: UserAction): void;
  /** The context menu opened, where Electron reports it (`menu-will-show`: not on Linux, electron #28837). */
  onMenuOpen(): void;
}

/** The live tray. */
export interface TrayController {
  /** Shows `view`: icon (when it changed), tooltip, and a freshly built context menu. */
  render(view: TrayView): void;
  destroy(): void;
}

function toTemplate(item: TrayMenuItem, onAction: (action: UserAction) => void): MenuItemConstructorOptions {
  const { id, enabled } = item;
  const label = literalMenuLabel(item.label);
  if (item.type === 'separator') return { id, type: 'separator' };
  if (item.type === 'submenu') {
    return { id, label, enabled, type: 'submenu', submenu: (item.submenu ?? []).map((entry) => toTemplate(entry, onAction)) };
  }
  return {
    id,
    label,
    enabled,
    type: item.type,
    ...(item.checked === undefined ? {} : { checked: item.checked }),
    click: () => {
      if (item.action) onAction(item.action);
    },
  };
}

/** Creates the tray icon with `initial` shown; call `render` on every state change. */
export function createTrayController(options: TrayControllerOptions, initial: TrayView): TrayController {
  const image = (state: TrayIconState) => {
    const icon = nativeImage.createFromPath(options.iconPath(state));
    icon.setTemplateImage(options.template);
    return icon;
  };
  const tray = new Tray(image(initial.icon));
  let shownIcon = initial.icon;
  let defaultItem: TrayMenuItem | undefined;

  if (options.leftClick === 'pop-up-menu') tray.on('click', () => tray.popUpContextMenu());
  tray.on('double-click', () => {
    if (defaultItem?.enabled && defaultItem.action) options.onAction(defaultItem.action);
  });

  const render = (view: TrayView) => {
    if (view.icon !== shownIcon) {
      tray.setImage(image(view.icon));
      shownIcon = view.icon;
    }
    tray.setToolTip(view.tooltip);
    defaultItem = view.items.find((item) => item.isDefault);
    const menu = Menu.buildFromTemplate(view.items.map((item) => toTemplate(item, options.onAction)));
    menu.on('menu-will-show', () => options.onMenuOpen());
    tray.setContextMenu(menu);
  };
  render(initial);
  return { render, destroy: () => tray.destroy() };
}
