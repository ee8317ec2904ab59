// The core's public surface (see DESIGN.md). Other layers, tests and tools import from here.
export type { IssuedToken } from './issued-token';
export { LoginError } from './login/login-error';
export type { LoginErrorKind, LoginErrorDetails } from './login/login-error';
export { TokenKeeper } from './keeper/token-keeper';
export type { TokenKeeperOptions, CredentialsChange } from './keeper/token-keeper';
export type { KeeperState, KeeperStatus, KeeperListener } from './keeper/keeper-state';
