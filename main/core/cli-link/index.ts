// "Install command-line tool…": puts `patchworks-token` on PATH where the installer does not (AppImage, macOS).
export { cliLinkPlan, isOurLinkTarget } from './cli-link-plan';
export type { CliLinkInput, CliLinkPlan } from './cli-link-plan';
export { adminScript, inspectLink, installCliLink, refreshCopiedExecutable, uninstallCliLink } from './cli-link';
export type { CliLinkResult, LinkState } from './cli-link';
export { appleScriptString, cliLinkMessage, pathIncludes } from './cli-link-message';
