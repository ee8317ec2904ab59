// Stand-ins for Electron's Tray, Menu and nativeImage: they keep what the app set, so tests can read it.
import { EventEmitter } from 'node:events';
import { existsSync } from 'node:fs';

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

/** A built menu: the templates as given, with a way to click an item as the user would. */
export class FakeMenu {
  constructor(readonly template: readonly Electron.MenuItemConstructorOptions[]) {}

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

/** A tray icon. Every instance is kept in `FakeTray.instances` until the harness resets. */
export class FakeTray extends EventEmitter implements Pick<Electron.Tray, 'setToolTip' | 'isDestroyed' | 'destroy'> {
  static instances: FakeTray[] = [];
  /** Every image set, the first being the constructor's. */
  readonly images: FakeNativeImage[] = [];
  tooltip = '';
  menu: FakeMenu | undefined;
  /** How many times a context menu was attached. */
  menusSet = 0;
  #destroyed = false;

  constructor(image: FakeNativeImage) {
    super();
    this.images.push(image);
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

  popUpContextMenu(): void {
    this.emit('popped-up');
  }

  destroy(): void {
    this.#destroyed = true;
  }

  isDestroyed(): boolean {
    return this.#destroyed;
  }
}
