// Script access: the local channel that hands the current token to the `patchworks-token` CLI.
export { scriptAccessPaths, scriptAccessPathsForThisUser, SCRIPT_ACCESS_DIR_ENV, MAX_SOCKET_PATH_BYTES } from './script-access-paths';
export type { ScriptAccessPaths, ScriptAccessPathInput } from './script-access-paths';
export { startScriptAccessServer } from './script-access-server';
export type { ScriptAccessServer, ScriptAccessServerOptions } from './script-access-server';
export { requestToken } from './script-access-client';
export type { TokenClientRequest } from './script-access-client';
export { tokenSourceFromKeeper, tokenSourceFromKeepers, answerFromKeeper, nextKeeperChange } from './keeper-token-source';
export type { NamedKeeper, ReadableKeeper } from './keeper-token-source';
export { ScriptAccessSwitch } from './script-access-switch';
export type { SwitchResult } from './script-access-switch';
export type { ProfileAnswer, TokenAnswer, TokenSource } from './token-source';
export { ScriptAccessError } from './script-access-error';
export type { ScriptAccessErrorKind } from './script-access-error';
export { currentUid } from './private-dir';
export { MAX_REQUEST_BYTES, MAX_WAIT_MS, failureCodes } from './protocol';
export type { FailureCode, TokenRequest, TokenResponse } from './protocol';
