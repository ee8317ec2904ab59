// The stand-in for ipcMain: keeps each `handle` registration so a test can invoke it as a page would.
import { EventEmitter } from 'node:events';

/** Who sends an invocation: a page's webContents id and the URL of its frame. */
export interface FakeSender {
  webContentsId: number;
  frameUrl: string | undefined;
}

/** One invocation and what the handler answered (or threw). */
export interface Invocation {
  channel: string;
  sender: FakeSender;
  payload: unknown;
  result?: unknown;
  error?: unknown;
}

type InvokeListener = (event: Electron.IpcMainInvokeEvent, ...args: unknown[]) => unknown;

/** `handle` refuses a second handler per channel, as Electron does; `invoke` records every call. */
export class FakeIpcMain extends EventEmitter {
  readonly handlers = new Map<string, InvokeListener>();
  invocations: Invocation[] = [];

  handle(channel: string, listener: InvokeListener): void {
    if (this.handlers.has(channel)) throw new Error(`Attempted to register a second handler for '${channel}'`);
    this.handlers.set(channel, listener);
  }

  removeHandler(channel: string): void {
    this.handlers.delete(channel);
  }

  /** Runs the handler for `channel` as `ipcRenderer.invoke` from `sender` would; rejects like Electron when there is none. */
  async invoke(channel: string, sender: FakeSender, payload?: unknown): Promise<unknown> {
    const listener = this.handlers.get(channel);
    const invocation: Invocation = { channel, sender, payload };
    this.invocations.push(invocation);
    if (!listener) throw new Error(`No handler registered for '${channel}'`);
    const event = { sender: { id: sender.webContentsId }, senderFrame: sender.frameUrl === undefined ? null : { url: sender.frameUrl } };
    try {
      invocation.result = structuredClone(await listener(event as unknown as Electron.IpcMainInvokeEvent, payload));
      return invocation.result;
    } catch (error) {
      invocation.error = error;
      throw error;
    }
  }

  /** Drops every handler, listener and record. */
  reset(): void {
    this.handlers.clear();
    this.removeAllListeners();
    this.invocations = [];
  }
}
