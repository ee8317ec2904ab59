// The demo's view of the running app: the settings page's requests, the tray's clicks, and what changed.
import { basename } from 'node:path';
import { INVOKE_CHANNELS, type InvokeMethod, type InvokeRequests, type InvokeResponses, type IpcResult } from '../../common/ipc-contract';
import { maskToken } from '../../main/core/app/status-view';
import { electron } from '../../tests/harness/fake-electron';
import type { FakeSender } from '../../tests/harness/fake-ipc-main';
import { menuText } from './menu-text';

/** What the clipboard holds with the token masked (`eyJh…x9Qz`, `Bearer eyJh…x9Qz`), as the demo prints it. */
export function maskedClipboard(text: string): string {
  const space = text.lastIndexOf(' ');
  return `${text.slice(0, space + 1)}${maskToken(text.slice(space + 1))}`;
}

/** Reads the stand-in as a person sees the app, and acts as the settings page and the tray's user. */
export class DemoSession {
  #shownTray = '';
  #shownNotifications = 0;
  #shownClipboardWrites = 0;

  /** The open settings window's page as a trusted sender, once it has loaded. */
  #sender(): FakeSender | undefined {
    const window = electron.BrowserWindow.getAllWindows()[0];
    const url = window?.webContents.getURL();
    return window && url ? { webContentsId: window.webContents.id, frameUrl: url } : undefined;
  }

  /** Sends a request as the settings page does (opening Settings from the tray first when needed). */
  async invoke<M extends InvokeMethod>(method: M, payload: InvokeRequests[M]): Promise<IpcResult<InvokeResponses[M]>> {
    if (!this.#sender()) this.click('settings');
    const sender = this.#sender();
    if (!sender) throw new Error('The settings window did not open');
    return electron.ipcMain.invoke(INVOKE_CHANNELS[method], sender, payload) as Promise<IpcResult<InvokeResponses[M]>>;
  }

  /** Clicks a tray menu item; false when the item is disabled. */
  click(id: string): boolean {
    const menu = electron.Tray.instances[0]?.menu;
    if (!menu) throw new Error('The app has no tray menu');
    return menu.click(id);
  }

  /** Everything that changed since the last call, as printable blocks: tray, notifications, clipboard. */
  changes(): string[] {
    const blocks: string[] = [];
    const tray = electron.Tray.instances[0];
    if (tray?.menu) {
      const text = [`Tray — icon ${basename(tray.image.path)}, tooltip "${tray.tooltip}"`, ...menuText(tray.menu.template)].join('\n');
      if (text !== this.#shownTray) blocks.push(text);
      this.#shownTray = text;
    }
    for (const notification of electron.Notification.shown.slice(this.#shownNotifications)) {
      blocks.push(`Notification: ${notification.title} — ${notification.body}`);
    }
    this.#shownNotifications = electron.Notification.shown.length;
    for (const text of electron.clipboard.writes.slice(this.#shownClipboardWrites)) {
      blocks.push(text === '' ? 'Clipboard cleared' : `Clipboard now holds: ${maskedClipboard(text)}`);
    }
    this.#shownClipboardWrites = electron.clipboard.writes.length;
    return blocks;
  }
}
