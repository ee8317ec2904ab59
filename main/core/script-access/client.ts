// The client half of script access, all that `patchworks-token` may import: no zod, no server, no keeper.
export { askApp } from './script-access-client';
export type { AppRequest } from './script-access-client';
export { scriptAccessPathsForThisUser } from './script-access-paths';
export type { ScriptAccessPaths } from './script-access-paths';
export { ScriptAccessError } from './script-access-error';
export { currentUid } from './private-dir';
export { MAX_WAIT_MS } from './protocol';
export type { FailureCode, ProfileSummary, SuccessAnswer, TokenAnswer, TokenResponse } from './protocol';
