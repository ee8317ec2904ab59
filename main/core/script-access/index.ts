// Script access: the local channel that hands the current token to the `patchworks-token` CLI.
export { scriptAccessPaths, scriptAccessPathsForThisUser, SCRIPT_ACCESS_DIR_ENV, MAX_SOCKET_PATH_BYTES } from './script-access-paths';
export type { ScriptAccessPaths, ScriptAccessPathInput } from './script-access-paths';
export { startScriptAccessServer } from './script-access-server';
export type { ScriptAccessServer, ScriptAccessServerOptions } from './script-access-server';
export { askApp } from './script-access-client';
export type { AppRequest } from './script-access-client';
export { tokenSourceFromKeeper, tokenSourceFromKeepers, answerFromKeeper, nextKeeperChange } from './keeper-token-source';
export type { NamedKeeper, ReadableKeeper } from './keeper-token-source';
export { ScriptAccessSwitch } from './script-access-switch';
export type { ScriptAccessSwitchOptions, SwitchResult } from './script-access-switch';
export type { ProfileAnswer, ProfileEndpoint, TokenAnswer, TokenSource } from './token-source';
export { ScriptAccessError } from './script-access-error';
export type { ScriptAccessErrorKind } from './script-access-error';
export { currentUid } from './private-dir';
export { appRunsWithAccessOff } from './app-presence';
export { MAX_REQUEST_BYTES, MAX_WAIT_MS, PROTOCOL_VERSION, failureCodes } from './protocol';
export type { FailureCode, ProfileSummary, TokenRequest, TokenResponse } from './protocol';
