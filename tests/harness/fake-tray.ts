// Stand-ins for Electron's Tray, Menu and nativeImage: they keep what the app set, so tests can read it.
import { EventEmitter } from 'node:events';
import { existsSync } from 'node:fs';
import { DEFAULT_PROFILE, type PlatformProfile } from './platform-profile';

/** An image loaded from a path; `exists` tells whether that file is really there (Electron shows nothing if not). */
export class FakeNativeImage implements Pick<Electron.NativeImage, 'setTemplateImage' | 'isTemplateImage' | 'isEmpty'> {
  readonly exists: boolean;
  #template = false;

  constructor(readonly path: string) {
    this.exists = existsSync(path);
  }

  setTemplateImage(option: boolean): void {
    this.#template = option;
  }

  isTemplateImage(): boolean {
    return this.#template;
  }

  isEmpty(): boolean {
    return !this.exists;
  }
}

/** `nativeImage.createFromPath`. */
export const nativeImage = {
  createFromPath: (path: string) => new FakeNativeImage(path),
};

/**
 * What a label shows: `&` marks a mnemonic and is not drawn, `&&` draws one `&`. Electron does this on
 * every platform, macOS included (electron/electron #25028, labelled platform/all; #9978 on macOS); the
 * d.ts documents the `&&` escape under `Menu.setApplicationMenu`.
 */
export function displayedLabel(label: string): string {
  return label.replace(/&(&?)/g, '$1');
}

/** A built menu: the templates as given, with a way to click an item as the user would. */
export class FakeMenu extends EventEmitter {
  constructor(readonly template: readonly Electron.MenuItemConstructorOptions[]) {
    super();
  }

  /** The item with `id`, at the top or in a submenu; throws when the menu has none, naming the ids it has. */
  item(id: string): Electron.MenuItemConstructorOptions {
    const found = flatten(this.template).find((item) => item.id === id);
    if (!found) throw new Error(`No menu item "${id}"; the menu has ${flatten(this.template).map((item) => item.id).join(', ')}`);
    return found;
  }

  /** The ids of the top-level items, in order (separators included). */
  get ids(): (string | undefined)[] {
    return this.template.map((item) => item.id);
  }

  /** Clicks the item with `id`, as Electron does: only when it is enabled. Returns whether it ran. */
  click(id: string): boolean {
    const item = this.item(id);
    if (item.enabled === false) return false;
    item.click?.({} as Electron.MenuItem, undefined, {} as Electron.KeyboardEvent);
    return true;
  }
}

/** Every item of a template, each submenu's items right after their submenu. */
function flatten(template: readonly Electron.MenuItemConstructorOptions[]): Electron.MenuItemConstructorOptions[] {
  return template.flatMap((item) => [item, ...(Array.isArray(item.submenu) ? flatten(item.submenu) : [])]);
}

/** `Menu.buildFromTemplate`, keeping the templates. */
export const Menu = {
  buildFromTemplate: (template: Electron.MenuItemConstructorOptions[]) => new FakeMenu(template),
};

/**
 * A tray icon. Every instance is kept in `FakeTray.instances` until the harness resets. The user's
 * clicks follow the launch's platform (`FakeTray.profile`), per Electron's tray sources and d.ts:
 * - Linux (tray_icon_linux.cc, StatusNotifierItem): no `double-click`, `right-click`, `mouse-up` or
 *   `popUpContextMenu` (d.ts @platform darwin,win32); the SNI host opens the context menu itself and
 *   `click` is not promised ("the StatusNotifierItem spec does not specify which action would cause an
 *   activation", docs/api/tray.md) — modelled as never arriving. Tray menus emit no `menu-will-show`
 *   on Linux (electron/electron #28837).
 * - macOS (tray_icon_cocoa.mm `mouseDown:`): with a context menu, a click emits `click` and opens the
 *   menu; the menu's tracking swallows the second click, so no `double-click` arrives.
 * - Windows (notify_icon.cc `HandleClickEvent`): a left click emits `click` and opens nothing; a double
 *   click emits `click` then `double-click`; a right click opens the context menu when one is set.
 */
export class FakeTray extends EventEmitter implements Pick<Electron.Tray, 'setToolTip' | 'isDestroyed' | 'destroy'> {
  static instances: FakeTray[] = [];
  static profile: PlatformProfile = DEFAULT_PROFILE;
  /** Every image set, the first being the constructor's. */
  readonly images: FakeNativeImage[] = [];
  tooltip = '';
  menu: FakeMenu | undefined;
  /** How many times a context menu was attached. */
  menusSet = 0;
  /** How many times the context menu opened on screen. */
  menuOpened = 0;
  readonly profile: PlatformProfile;
  /** `tray.popUpContextMenu` (macOS and Windows only; undefined on Linux). */
  readonly popUpContextMenu: (() => void) | undefined;
  #destroyed = false;

  constructor(image: FakeNativeImage) {
    super();
    this.profile = FakeTray.profile;
    this.images.push(image);
    this.popUpContextMenu = isLinuxProfile(this.profile) ? undefined : () => this.#openMenu();
    FakeTray.instances.push(this);
  }

  /** The image shown now. */
  get image(): FakeNativeImage {
    return this.images[this.images.length - 1] as FakeNativeImage;
  }

  setImage(image: FakeNativeImage): void {
    this.images.push(image);
  }

  setToolTip(toolTip: string): void {
    this.tooltip = toolTip;
  }

  setContextMenu(menu: FakeMenu | null): void {
    this.menu = menu ?? undefined;
    this.menusSet += 1;
  }

  /** The user left-clicks the icon. */
  userClick(): void {
    if (isLinuxProfile(this.profile)) return this.#openMenu();
    this.emit('click', {}, BOUNDS, { x: 10, y: 10 });
    if (this.profile === 'macos') this.#openMenu();
  }

  /** The user double-clicks the icon. */
  userDoubleClick(): void {
    if (this.profile !== 'windows') return this.userClick();
    this.emit('click', {}, BOUNDS, { x: 10, y: 10 });
    this.emit('double-click', {}, BOUNDS);
  }

  /** The user right-clicks the icon. */
  userRightClick(): void {
    if (this.profile === 'macos' || (this.profile === 'windows' && !this.menu)) this.emit('right-click', {}, BOUNDS);
    if (this.menu) this.#openMenu();
  }

  destroy(): void {
    this.#destroyed = true;
  }

  isDestroyed(): boolean {
    return this.#destroyed;
  }

  #openMenu(): void {
    if (!this.menu) return;
    this.menuOpened += 1;
    if (!isLinuxProfile(this.profile)) this.menu.emit('menu-will-show', {});
  }
}

const BOUNDS = { x: 0, y: 0, width: 22, height: 22 };

function isLinuxProfile(profile: PlatformProfile): boolean {
  return profile === 'linux-wayland' || profile === 'linux-x11';
}
