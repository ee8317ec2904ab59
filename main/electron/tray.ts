// The tray icon: shows a TrayView from the core menu model; Electron objects stay in this file.
import { Menu, Tray, nativeImage } from 'electron';
import type { MenuItemConstructorOptions } from 'electron';
import type { TrayIconState, TrayMenuItem, TrayView, UserAction } from '../core';

/** How the tray finds its icons and reports clicks. */
export interface TrayControllerOptions {
  /** Absolute path of the PNG for a state (e.g. under build/tray/); densities via @2x siblings. */
  iconPath(state: TrayIconState): string;
  /** macOS: mark icons as template images so they follow the menu bar's colours. */
  template: boolean;
  /** Called with the action of the clicked item, submenu items included (also for a double-click on the icon: the default item). */
  onAction(action: UserAction): void;
}

/** The live tray. */
export interface TrayController {
  /** Shows `view`: icon (when it changed), tooltip, and a freshly built context menu. */
  render(view: TrayView): void;
  destroy(): void;
}

function toTemplate(item: TrayMenuItem, onAction: (action: UserAction) => void): MenuItemConstructorOptions {
  const { id, label, enabled } = item;
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

  if (process.platform === 'win32') tray.on('click', () => tray.popUpContextMenu());
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
    tray.setContextMenu(Menu.buildFromTemplate(view.items.map((item) => toTemplate(item, options.onAction))));
  };
  render(initial);
  return { render, destroy: () => tray.destroy() };
}
