// The IPC surface of the core: what main/electron/ipc.ts and the tests use.
export { ControllerError } from './app-controller';
export type { AppController } from './app-controller';
export { createIpcHandlers } from './ipc-handlers';
export type { IpcHandler, IpcHandlers, IpcHandlerOptions } from './ipc-handlers';
export { createSenderCheck, isAppUrl } from './sender-check';
export type { SenderCheck, SenderInfo } from './sender-check';
export { DOC_LINKS, isAllowedExternalUrl } from './doc-links';
export { buildProfileSnapshot, buildStatusSnapshot, maskToken, preferencesOf, resolveBaseUrl } from './status-view';
export type { ProfileSources, StatusSources } from './status-view';
export {
  APP_ORIGIN, APP_RESPONSE_HEADERS, APP_SCHEME, CONTENT_SECURITY_POLICY, SETTINGS_PAGE_URL,
  contentTypeFor, resolveAppFile,
} from './app-origin';
export { restorablePosition } from './window-placement';
export type { ScreenRect, WindowPosition } from './window-placement';
