// Stand-ins for the desktop services: clipboard, notifications, power events, global shortcuts, shell.
import { EventEmitter } from 'node:events';
import { existsSync } from 'node:fs';

/**
 * Electron's `ClipboardItem`: one clipboard entry, MIME type (or `electron application/osclipboard;format=…`
 * custom format) to payload. `types` are the constructor's keys, as documented.
 */
export class FakeClipboardItem {
  readonly #items: Record<string, string | Blob>;

  constructor(items: Record<string, string | Blob>) {
    this.#items = { ...items };
  }

  get types(): string[] {
    return Object.keys(this.#items);
  }

  /** The payload for `type` as a Blob (a string is UTF-8 encoded, as the W3C spec requires); rejects when absent. */
  async getType(type: string): Promise<Blob> {
    const value = this.#items[type];
    if (value === undefined) throw new DOMException(`No payload of type ${type}`, 'NotFoundError');
    return typeof value === 'string' ? new Blob([value]) : value;
  }
}

/** The async clipboard of Electron 45; keeps every write (and the formats of each) and can be told to fail the next one. */
export class FakeClipboard implements Pick<Electron.Clipboard, 'readText' | 'writeText'> {
  text = '';
  writes: string[] = [];
  /** The formats of every write, in order: `['text/plain']` for `writeText`, the item's types for `write`. */
  formats: string[][] = [];
  #nextWriteError: Error | undefined;

  async readText(): Promise<string> {
    return this.text;
  }

  async writeText(text: string): Promise<void> {
    const error = this.#nextWriteError;
    this.#nextWriteError = undefined;
    if (error) throw error;
    this.writes.push(text);
    this.formats.push(['text/plain']);
    this.text = text;
  }

  /**
   * `clipboard.write`: all entries replace the clipboard at once. Only the first item is kept (one
   * clipboard entry, as on every desktop); without `text/plain` the clipboard then holds no text.
   */
  async write(items: FakeClipboardItem[]): Promise<void> {
    const error = this.#nextWriteError;
    this.#nextWriteError = undefined;
    if (error) throw error;
    const [item] = items;
    const types = item?.types ?? [];
    const text = item && types.includes('text/plain') ? await (await item.getType('text/plain')).text() : '';
    this.writes.push(text);
    this.formats.push(types);
    this.text = text;
  }

  /** Makes the next `writeText` reject with `error`. */
  failNextWrite(error: Error): void {
    this.#nextWriteError = error;
  }

  reset(): void {
    this.text = '';
    this.writes = [];
    this.formats = [];
    this.#nextWriteError = undefined;
  }
}

/** A notification; those shown are kept in `FakeNotification.shown`. `click()` clicks it as the user would. */
export class FakeNotification extends EventEmitter implements Pick<Electron.Notification, 'title' | 'body'> {
  static supported = true;
  static shown: FakeNotification[] = [];
  readonly title: string;
  readonly body: string;

  constructor(options: Electron.NotificationConstructorOptions = {}) {
    super();
    this.title = options.title ?? '';
    this.body = options.body ?? '';
  }

  static isSupported(): boolean {
    return FakeNotification.supported;
  }

  show(): void {
    FakeNotification.shown.push(this);
  }

  close(): void {
    this.emit('close');
  }

  /** The user clicks the notification. */
  click(): void {
    this.emit('click');
  }
}

/** Global shortcuts: what is registered now, and accelerators "taken by another application". */
export class FakeGlobalShortcut {
  readonly registered = new Map<string, () => void>();
  taken = new Set<string>();

  register(accelerator: string, callback: () => void): boolean {
    if (this.taken.has(accelerator) || this.registered.has(accelerator)) return false;
    this.registered.set(accelerator, callback);
    return true;
  }

  unregister(accelerator: string): void {
    this.registered.delete(accelerator);
  }

  unregisterAll(): void {
    this.registered.clear();
  }

  isRegistered(accelerator: string): boolean {
    return this.registered.has(accelerator);
  }

  /** The user presses `accelerator`. */
  press(accelerator: string): void {
    const callback = this.registered.get(accelerator);
    if (!callback) throw new Error(`${accelerator} is not registered`);
    callback();
  }

  reset(): void {
    this.registered.clear();
    this.taken = new Set();
  }
}

/** `shell`: URLs asked to open in the browser, and folders asked to open in the file manager. */
export class FakeShell implements Pick<Electron.Shell, 'openExternal' | 'openPath'> {
  opened: string[] = [];
  openedPaths: string[] = [];

  async openExternal(url: string): Promise<void> {
    this.opened.push(url);
  }

  /** Resolves with '' on success and an error message otherwise (a missing path), as Electron does. */
  async openPath(path: string): Promise<string> {
    this.openedPaths.push(path);
    return existsSync(path) ? '' : `Failed to open path ${path}`;
  }

  reset(): void {
    this.opened = [];
    this.openedPaths = [];
  }
}
