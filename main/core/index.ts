// The core's public surface (see DESIGN.md). Other layers, tests and tools import from here.
export type { IssuedToken } from './issued-token';
export { LoginError } from './login/login-error';
export type { LoginErrorKind, LoginErrorDetails } from './login/login-error';
