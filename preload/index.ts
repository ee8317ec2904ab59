// The settings window's bridge: named functions built from the contract, never ipcRenderer itself.
import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import {
  EVENT_CHANNELS,
  INVOKE_CHANNELS,
  PRELOAD_API_KEY,
  type InvokeMethod,
  type PreloadApi,
  type StatusSnapshot,
} from '../common/ipc-contract';

const invoker =
  (method: InvokeMethod) =>
  (request?: unknown): Promise<unknown> =>
    ipcRenderer.invoke(INVOKE_CHANNELS[method], request);

function onStatus(listener: (snapshot: StatusSnapshot) => void): () => void {
  // Hand the page the snapshot only, never the IpcRendererEvent (it reaches ipcRenderer).
  const relay = (_event: IpcRendererEvent, snapshot: StatusSnapshot) => listener(snapshot);
  ipcRenderer.on(EVENT_CHANNELS.status, relay);
  return () => {
    ipcRenderer.removeListener(EVENT_CHANNELS.status, relay);
  };
}

const api = {
  ...Object.fromEntries(
    (Object.keys(INVOKE_CHANNELS) as InvokeMethod[]).map((method) => [method, invoker(method)]),
  ),
  onStatus,
} as PreloadApi;

contextBridge.exposeInMainWorld(PRELOAD_API_KEY, api);
