// Stand-ins for the desktop services: clipboard, notifications, power events, global shortcuts, shell.
import { EventEmitter } from 'node:events';

/** The async clipboard of Electron 45; keeps every write and can be told to fail the next one. */
export class FakeClipboard implements Pick<Electron.Clipboard, 'readText' | 'writeText'> {
  text = '';
  writes: string[] = [];
  #nextWriteError: Error | undefined;

  async readText(): Promise<string> {
    return this.text;
  }

  async writeText(text: string): Promise<void> {
    const error = this.#nextWriteError;
    this.#nextWriteError = undefined;
    if (error) throw error;
    this.writes.push(text);
    this.text = text;
  }

  /** Makes the next `writeText` reject with `error`. */
  failNextWrite(error: Error): void {
    this.#nextWriteError = error;
  }

  reset(): void {
    this.text = '';
    this.writes = [];
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

/** `shell`: URLs asked to open in the browser. */
export class FakeShell implements Pick<Electron.Shell, 'openExternal'> {
  opened: string[] = [];

  async openExternal(url: string): Promise<void> {
    this.opened.push(url);
  }

  reset(): void {
    this.opened = [];
  }
}
