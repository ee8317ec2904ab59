// The one file that touches ipcMain and webContents.send: registers the core's handler table.
import { ipcMain, type IpcMainInvokeEvent, type WebContents } from 'electron';
import {
  EVENT_CHANNELS,
  INVOKE_CHANNELS,
  type InvokeMethod,
  type StatusSnapshot,
} from '../../common/ipc-contract';
import type { IpcHandlers, SenderInfo } from '../core';

function senderInfo(event: IpcMainInvokeEvent): SenderInfo {
  return { webContentsId: event.sender.id, frameUrl: event.senderFrame?.url };
}

/** Registers every request channel; returns a function that removes them again. */
export function registerIpcHandlers(handlers: IpcHandlers): () => void {
  const methods = Object.keys(INVOKE_CHANNELS) as InvokeMethod[];
  for (const method of methods) {
    const handler = handlers[method];
    ipcMain.handle(INVOKE_CHANNELS[method], (event, payload: unknown) => handler(senderInfo(event), payload));
  }
  return () => {
    for (const method of methods) ipcMain.removeHandler(INVOKE_CHANNELS[method]);
  };
}

/** Pushes a status snapshot to a window, unless it is already gone. */
export function sendStatus(target: WebContents, snapshot: StatusSnapshot): void {
  if (!target.isDestroyed()) target.send(EVENT_CHANNELS.status, snapshot);
}
