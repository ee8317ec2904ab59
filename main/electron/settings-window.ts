// The settings window: created on demand, destroyed on close, locked down per Electron's checklist.
import { BrowserWindow, screen, type Session, type WebContents } from 'electron';
import {
  isAllowedExternalUrl,
  restorablePosition,
  type WindowPosition,
} from '../core';

const SIZE = { width: 460, height: 700 };

/** What the window needs from the rest of main. */
export interface SettingsWindowOptions {
  /** The page to load (`settingsPageSource`: app:// in production, the dev server in development). */
  pageUrl: string;
  /** Absolute path of out/preload/index.cjs. */
  preloadPath: string;
  /** The session serving `app://` (see app-protocol.ts). */
  session: Session;
  getPosition(): WindowPosition | undefined;
  setPosition(position: WindowPosition): void;
  /** Called once the page exists; the returned function runs when the window closes. */
  onOpen?(contents: WebContents): () => void;
  /** Opens an allow-listed link in the browser (the window's `window.open` and target=_blank links). */
  openExternal(url: string): Promise<void>;
  /**
   * Brings the app to the front after the window asked for focus. macOS: `app.focus({ steal: true })`,
   * since `focus()` does not activate an inactive menu-bar app (electron/electron #19920).
   */
  activateApp?(): void;
}

/** Opens, focuses and tracks the single settings window. */
export interface SettingsWindow {
  /** Shows the window, creating it if needed. */
  show(): void;
  /** True when `webContentsId` belongs to the window this module created (the IPC sender check). */
  isKnownWindow(webContentsId: number): boolean;
  /** Closes the window if open. */
  close(): void;
}

/** Denies every permission request and check on `session` (camera, notifications, clipboard-read, …). */
export function denyAllPermissions(session: Session): void {
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
}

function lockDown(contents: WebContents, openExternal: (url: string) => Promise<void>): void {
  contents.on('will-navigate', (event) => event.preventDefault());
  contents.on('will-redirect', (event) => event.preventDefault());
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(({ url }) => {
    if (isAllowedExternalUrl(url)) void openExternal(url).catch(() => undefined);
    return { action: 'deny' };
  });
}

/** Builds the window manager; nothing is created until `show()`. */
export function createSettingsWindow(options: SettingsWindowOptions): SettingsWindow {
  let window: BrowserWindow | undefined;
  let contentsId: number | undefined;

  const create = (): BrowserWindow => {
    const workAreas = screen.getAllDisplays().map((display) => display.workArea);
    const position = restorablePosition(options.getPosition(), SIZE, workAreas);
    const created = new BrowserWindow({
      ...SIZE,
      ...(position ?? { center: true }),
      show: false,
      resizable: false,
      maximizable: false,
      minimizable: true,
      fullscreenable: false,
      autoHideMenuBar: true,
      title: 'Patchworks Token Tray',
      backgroundColor: '#00000000',
      webPreferences: {
        preload: options.preloadPath,
        session: options.session,
        contextIsolation: true,
        sandbox: true,
        nodeIntegration: false,
        nodeIntegrationInWorker: false,
        nodeIntegrationInSubFrames: false,
        webSecurity: true,
        allowRunningInsecureContent: false,
        webviewTag: false,
        navigateOnDragDrop: false,
        spellcheck: false,
      },
    });
    const contents = created.webContents;
    contentsId = contents.id;
    lockDown(contents, options.openExternal);
    const stop = options.onOpen?.(contents);
    // 'moved' fires on macOS and Windows only; saving on close covers Linux.
    const savePosition = () => {
      const [x, y] = created.getPosition();
      if (x !== undefined && y !== undefined) options.setPosition({ x, y });
    };
    created.on('moved', savePosition);
    created.on('close', savePosition);
    created.once('ready-to-show', () => created.show());
    created.on('closed', () => {
      stop?.();
      window = undefined;
      contentsId = undefined;
    });
    void created.loadURL(options.pageUrl);
    return created;
  };

  return {
    show() {
      window ??= create();
      if (window.isMinimized()) window.restore();
      window.focus();
      options.activateApp?.();
    },
    isKnownWindow(webContentsId) {
      return window !== undefined && !window.isDestroyed() && webContentsId === contentsId;
    },
    close() {
      window?.close();
    },
  };
}
