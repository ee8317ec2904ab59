// Stand-ins for BrowserWindow, its webContents and `screen`; every window and every `send` is kept.
import { EventEmitter } from 'node:events';

/** One `webContents.send` call, as the renderer would have received it. */
export interface SentMessage {
  webContentsId: number;
  channel: string;
  args: unknown[];
}

let nextContentsId = 1;
let focusRequests = 0;

/** A page's webContents: ids are never reused, `send` calls land in `FakeWebContents.sent`. */
export class FakeWebContents extends EventEmitter implements Pick<Electron.WebContents, 'isDestroyed' | 'getURL'> {
  static sent: SentMessage[] = [];
  readonly id = nextContentsId++;
  url = '';
  windowOpenHandler: ((details: Electron.HandlerDetails) => Electron.WindowOpenHandlerResponse) | undefined;
  #destroyed = false;

  send(channel: string, ...args: unknown[]): void {
    if (this.#destroyed) throw new Error('Object has been destroyed');
    FakeWebContents.sent.push({ webContentsId: this.id, channel, args: structuredClone(args) });
  }

  setWindowOpenHandler(handler: (details: Electron.HandlerDetails) => Electron.WindowOpenHandlerResponse): void {
    this.windowOpenHandler = handler;
  }

  /** Emits a preventable event such as `will-navigate`; returns whether a listener prevented it. */
  emitPreventable(name: string, ...args: unknown[]): boolean {
    let prevented = false;
    this.emit(name, { preventDefault: () => (prevented = true) }, ...args);
    return prevented;
  }

  isDestroyed(): boolean {
    return this.#destroyed;
  }

  isCrashed(): boolean {
    return false;
  }

  getURL(): string {
    return this.url;
  }

  /** Marks the page gone (its window closed). */
  markDestroyed(): void {
    this.#destroyed = true;
  }
}

/**
 * A window: keeps its options, loaded URLs and visibility. `loadURL` resolves and then emits
 * `ready-to-show`, as a page that loaded would. `close()` emits `close` and `closed`.
 */
export class FakeBrowserWindow
  extends EventEmitter
  implements Pick<Electron.BrowserWindow, 'show' | 'focus' | 'isMinimized' | 'restore' | 'isDestroyed' | 'getPosition'>
{
  static instances: FakeBrowserWindow[] = [];
  /**
   * Whether a window that asks for focus gets it, set per platform profile by fake-electron.ts:
   * macOS only while the app is active; Wayland only while the app already holds focus (d.ts
   * `BrowserWindow.focus`/`app.focus`: "may instead show a notification or flash the app icon");
   * X11 and Windows always (Windows' foreground lock is not documented by Electron).
   */
  static focusGranted: () => boolean = () => true;
  /** Called when the user activates the app by clicking one of its windows. */
  static onUserActivation: () => void = () => undefined;
  readonly webContents = new FakeWebContents();
  readonly loadedUrls: string[] = [];
  visible = false;
  focusCount = 0;
  minimized = false;
  /** Whether the window has keyboard focus. */
  focused = false;
  /** When this window last asked for focus (`show`/`focus`), for `app.focus({ steal: true })`. */
  focusRequestedAt = 0;
  #destroyed = false;
  #position: [number, number] = [100, 100];

  constructor(readonly options: Electron.BrowserWindowConstructorOptions) {
    super();
    FakeBrowserWindow.instances.push(this);
  }

  static getAllWindows(): FakeBrowserWindow[] {
    return FakeBrowserWindow.instances.filter((window) => !window.isDestroyed());
  }

  static getFocusedWindow(): FakeBrowserWindow | null {
    return FakeBrowserWindow.getAllWindows().find((window) => window.focused) ?? null;
  }

  /** Focuses the open window that asked for focus last (an activated macOS app's key window). */
  static focusLastRequested(): void {
    const asked = FakeBrowserWindow.getAllWindows().filter((window) => window.visible && window.focusRequestedAt > 0);
    const last = asked.sort((a, b) => b.focusRequestedAt - a.focusRequestedAt)[0];
    if (last) last.#takeFocus();
  }

  async loadURL(url: string): Promise<void> {
    this.loadedUrls.push(url);
    this.webContents.url = url;
    await Promise.resolve();
    if (!this.#destroyed) this.emit('ready-to-show');
  }

  /** "Shows and gives focus to the window" (d.ts), if the platform grants focus (see `focusGranted`). */
  show(): void {
    this.visible = true;
    this.#askFocus();
  }

  focus(): void {
    this.focusCount += 1;
    this.#askFocus();
  }

  isFocused(): boolean {
    return this.focused;
  }

  /** The user clicks into the window: it gets focus on every platform (and activates the app). */
  userFocus(): void {
    FakeBrowserWindow.onUserActivation();
    this.#takeFocus();
  }

  /** Another application takes the focus. */
  blur(): void {
    this.focused = false;
  }

  #askFocus(): void {
    this.focusRequestedAt = ++focusRequests;
    if (this.visible && FakeBrowserWindow.focusGranted()) this.#takeFocus();
  }

  #takeFocus(): void {
    for (const window of FakeBrowserWindow.instances) window.focused = false;
    this.focused = true;
  }

  isMinimized(): boolean {
    return this.minimized;
  }

  restore(): void {
    this.minimized = false;
  }

  getPosition(): number[] {
    return [...this.#position];
  }

  /** Moves the window as the user would, emitting `moved`. */
  moveTo(x: number, y: number): void {
    this.#position = [x, y];
    this.emit('moved');
  }

  close(): void {
    if (this.#destroyed) return;
    this.emit('close', { preventDefault: () => undefined });
    this.#destroyed = true;
    this.visible = false;
    this.focused = false;
    this.webContents.markDestroyed();
    this.emit('closed');
  }

  isDestroyed(): boolean {
    return this.#destroyed;
  }
}

const DISPLAY = { id: 1, bounds: { x: 0, y: 0, width: 1920, height: 1080 }, workArea: { x: 0, y: 25, width: 1920, height: 1055 } };

/** One 1920×1080 display. */
export const screen = {
  getAllDisplays: () => [DISPLAY as unknown as Electron.Display],
  getPrimaryDisplay: () => DISPLAY as unknown as Electron.Display,
};

/** `webContents.getAllWebContents` (electron-log asks for it). */
export const webContents = {
  getAllWebContents: () => FakeBrowserWindow.getAllWindows().map((window) => window.webContents),
};
