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

/**
 * The async clipboard of Electron 45 (d.ts `Clipboard`: `readText(): Promise<string>`,
 * `writeText(text): Promise<void>`, `write(items)`); keeps every write asked for (and the formats of each)
 * and can be told to fail the next one. `text` is what other applications would paste.
 *
 * On Wayland (`dropsUnfocusedWrites`) a write from an app without keyboard focus resolves but the
 * compositor ignores it, while `readText` answers from Chromium's own cached copy — so the app cannot
 * tell. Electron's docs are silent; field reports: homelab-00/TranscriptionSuite PR #174 (KDE Plasma
 * Wayland, "the write is silently dropped — yet clipboard.readText() still returns the text from
 * Chromium's in-process cache"), OpenWhispr PR #1022 (Sway).
 */
export class FakeClipboard implements Pick<Electron.Clipboard, 'readText' | 'writeText'> {
  text = '';
  writes: string[] = [];
  /** The formats of every write, in order: `['text/plain']` for `writeText`, the item's types for `write`. */
  formats: string[][] = [];
  /** Writes the compositor ignored (Wayland, app not focused). */
  dropped: string[] = [];
  /** Wayland: drop writes while `hasFocus()` is false. */
  dropsUnfocusedWrites = false;
  hasFocus: () => boolean = () => true;
  #cached = '';
  #nextWriteError: Error | undefined;

  async readText(): Promise<string> {
    return this.dropsUnfocusedWrites ? this.#cached : this.text;
  }

  async writeText(text: string): Promise<void> {
    const error = this.#nextWriteError;
    this.#nextWriteError = undefined;
    if (error) throw error;
    this.writes.push(text);
    this.formats.push(['text/plain']);
    this.#land(text);
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
    this.#land(text);
  }

  /** The write reaches the system clipboard, unless the Wayland compositor drops it (Chromium still caches it). */
  #land(text: string): void {
    this.#cached = text;
    if (this.dropsUnfocusedWrites && !this.hasFocus()) this.dropped.push(text);
    else this.text = text;
  }

  /** Makes the next `writeText` reject with `error`. */
  failNextWrite(error: Error): void {
    this.#nextWriteError = error;
  }

  reset(): void {
    this.text = '';
    this.#cached = '';
    this.writes = [];
    this.formats = [];
    this.dropped = [];
    this.dropsUnfocusedWrites = false;
    this.hasFocus = () => true;
    this.#nextWriteError = undefined;
  }
}

/** How notifications behave on the launch's desktop. */
export interface NotificationBehaviour {
  /** Windows: toasts go to Action Center and clicks on them arrive through `Notification.handleActivation`. */
  actionCenter: boolean;
  /**
   * macOS, unsigned build: `show()` emits `failed` and nothing is delivered (breaking change in 42,
   * UNUserNotificationCenter: "If an application is not code-signed, notifications will emit a `failed`
   * event"; d.ts `on('failed', (event, error: string))`, @platform darwin,win32).
   */
  failsUnsigned: boolean;
}

/**
 * A notification; those shown are kept in `FakeNotification.shown`. `click()` clicks it as the user would.
 * Windows (`actionCenter`): `timeOut()` emits `close` with `reason: 'timedOut'` and the toast stays in
 * Action Center; a later `clickInActionCenter()` reaches only the `handleActivation` callback (d.ts
 * `Notification.handleActivation`, @platform win32: invoked "regardless of whether the original
 * Notification object is still in memory", and in addition to instance events while it is). Its
 * `arguments` are opaque: `type=click&tag=<FastHash(id)>` (windows_toast_activator.cc).
 */
export class FakeNotification extends EventEmitter implements Pick<Electron.Notification, 'title' | 'body'> {
  static supported = true;
  static shown: FakeNotification[] = [];
  static behaviour: NotificationBehaviour = { actionCenter: false, failsUnsigned: false };
  /** Action-Center clicks nobody received (no `handleActivation` callback registered). */
  static lostActivations = 0;
  /** `Notification.handleActivation`: a function on Windows only, undefined elsewhere (d.ts @platform win32). */
  static handleActivation: ((callback: (details: Electron.ActivationArguments) => void) => void) | undefined;
  static #activation: ((details: Electron.ActivationArguments) => void) | undefined;
  readonly title: string;
  readonly body: string;
  /** Windows: the toast timed out and the JS object no longer hears about it. */
  timedOut = false;

  constructor(options: Electron.NotificationConstructorOptions = {}) {
    super();
    this.title = options.title ?? '';
    this.body = options.body ?? '';
  }

  static isSupported(): boolean {
    return FakeNotification.supported;
  }

  /** Applies a profile's behaviour and forgets every notification and activation callback. */
  static resetFor(behaviour: NotificationBehaviour, supported: boolean): void {
    FakeNotification.supported = supported;
    FakeNotification.shown = [];
    FakeNotification.behaviour = behaviour;
    FakeNotification.lostActivations = 0;
    FakeNotification.#activation = undefined;
    FakeNotification.handleActivation = behaviour.actionCenter
      ? (callback) => {
          FakeNotification.#activation = callback;
        }
      : undefined;
  }

  show(): void {
    FakeNotification.shown.push(this);
    if (FakeNotification.behaviour.failsUnsigned) {
      process.nextTick(() => this.emit('failed', {}, 'Notifications are not allowed for this application'));
    }
  }

  close(): void {
    this.emit('close', { reason: 'applicationHidden' });
  }

  /** The user clicks the notification while it is on screen. */
  click(): void {
    if (FakeNotification.behaviour.failsUnsigned) throw new Error('An undelivered notification cannot be clicked');
    if (this.timedOut) throw new Error('The toast timed out: use clickInActionCenter()');
    this.emit('click');
    if (FakeNotification.behaviour.actionCenter) FakeNotification.#activate();
  }

  /** Windows: the toast times out into Action Center; the instance hears `close` and nothing after. */
  timeOut(): void {
    if (!FakeNotification.behaviour.actionCenter) throw new Error('Only Windows keeps toasts in Action Center');
    this.emit('close', { reason: 'timedOut' });
    this.timedOut = true;
    this.removeAllListeners();
  }

  /** Windows: the user clicks the toast in Action Center after it timed out. */
  clickInActionCenter(): void {
    if (!this.timedOut) throw new Error('The toast is still on screen: use click()');
    FakeNotification.#activate();
  }

  static #activate(): void {
    const callback = FakeNotification.#activation;
    if (!callback) FakeNotification.lostActivations += 1;
    else callback({ type: 'click', arguments: 'type=click&tag=11575876717883772928' });
  }
}

/**
 * Global shortcuts: what is registered now, and accelerators "taken by another application".
 * On Wayland (`viaPortal`) `register` goes through the GlobalShortcuts portal: it returns true before
 * the portal's consent-gated `BindShortcuts` resolves (electron/electron #52218, open) and no event tells
 * the app the outcome, so a press reaches the app only after the test grants the bind (`grantPortalBind`).
 */
export class FakeGlobalShortcut {
  readonly registered = new Map<string, () => void>();
  taken = new Set<string>();
  viaPortal = false;
  readonly portalBound = new Set<string>();

  register(accelerator: string, callback: () => void): boolean {
    if (this.registered.has(accelerator)) return false;
    if (!this.viaPortal && this.taken.has(accelerator)) return false;
    this.registered.set(accelerator, callback);
    return true;
  }

  unregister(accelerator: string): void {
    this.registered.delete(accelerator);
    this.portalBound.delete(accelerator);
  }

  unregisterAll(): void {
    this.registered.clear();
    this.portalBound.clear();
  }

  isRegistered(accelerator: string): boolean {
    return this.registered.has(accelerator);
  }

  /** Wayland: the user allows the shortcut in the desktop's portal dialog. */
  grantPortalBind(accelerator: string): void {
    if (!this.registered.has(accelerator)) throw new Error(`${accelerator} is not registered`);
    this.portalBound.add(accelerator);
  }

  /** The user presses `accelerator`; on Wayland nothing happens until the portal bound it. */
  press(accelerator: string): void {
    const callback = this.registered.get(accelerator);
    if (!callback) throw new Error(`${accelerator} is not registered`);
    if (this.viaPortal && !this.portalBound.has(accelerator)) return;
    callback();
  }

  reset(viaPortal = false): void {
    this.registered.clear();
    this.portalBound.clear();
    this.taken = new Set();
    this.viaPortal = viaPortal;
  }
}

/**
 * `shell`: URLs asked to open in the browser (d.ts `openExternal(url): Promise<void>` — no allow-list of
 * its own), and folders asked to open in the file manager.
 */
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

/** One `dialog.showErrorBox` call; `shown` is false where Electron only prints it (Linux, before `ready`). */
export interface ErrorBox {
  title: string;
  content: string;
  shown: boolean;
}

/**
 * `dialog`: the open-file dialogs the app showed and what the user picks in them, and every error box
 * (before `ready` on Linux, Electron writes that to stderr and shows no dialog).
 */
export class FakeDialog implements Pick<Electron.Dialog, 'showOpenDialog' | 'showErrorBox'> {
  /** The options of every open-file dialog shown, oldest first. */
  openDialogs: Electron.OpenDialogOptions[] = [];
  /** The file the user picks in the next dialogs; null cancels them (as closing the dialog does). */
  pick: string | null = null;
  errorBoxes: ErrorBox[] = [];

  constructor(private readonly isReady: () => boolean) {}

  /** Resolves as Electron does: `canceled` with no paths, or the picked path. */
  async showOpenDialog(
    windowOrOptions: Electron.BaseWindow | Electron.OpenDialogOptions,
    options?: Electron.OpenDialogOptions,
  ): Promise<Electron.OpenDialogReturnValue> {
    this.openDialogs.push(options ?? (windowOrOptions as Electron.OpenDialogOptions));
    return this.pick === null ? { canceled: true, filePaths: [] } : { canceled: false, filePaths: [this.pick] };
  }

  showErrorBox(title: string, content: string): void {
    this.errorBoxes.push({ title, content, shown: this.isReady() || process.platform !== 'linux' });
  }

  reset(): void {
    this.openDialogs = [];
    this.pick = null;
    this.errorBoxes = [];
  }
}
