// The IPC surface of the core: what main/electron/ipc.ts and the tests use.
export { ControllerError } from '../app/app-controller';
export type { AppController } from '../app/app-controller';
export { createIpcHandlers } from './ipc-handlers';
export type { IpcHandler, IpcHandlers, IpcHandlerOptions } from './ipc-handlers';
export { createSenderCheck, isAppUrl } from './sender-check';
export type { SenderCheck, SenderInfo } from './sender-check';
export { DOC_LINKS, isAllowedExternalUrl } from '../window/doc-links';
export { buildProfileSnapshot, buildStatusSnapshot, maskToken, preferencesOf } from '../app/status-view';
export { resolveBaseUrl } from '../settings/base-url';
export type { ProfileSources, StatusSources } from '../app/status-view';
export {
  APP_ORIGIN, APP_RESPONSE_HEADERS, APP_SCHEME, CONTENT_SECURITY_POLICY, SETTINGS_PAGE_URL,
  contentTypeFor, resolveAppFile,
} from '../window/app-origin';
export { restorablePosition } from '../window/window-placement';
export type { ScreenRect, WindowPosition } from '../window/window-placement';
