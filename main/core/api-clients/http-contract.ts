/** The one path the endpoint serves. */
export const TOKEN_PATH = '/v1/token';
/** The header every request must carry the key in, as the docs spell it. */
export const KEY_HEADER_NAME = 'X-Token-Tray-Key';
/** The same header as Node reports it (header names are case-insensitive; Node lower-cases them). */
export const KEY_HEADER = KEY_HEADER_NAME.toLowerCase();
/** The only loopback address the endpoint listens on. */
export const LISTEN_HOST = '127.0.0.1';
/** Longest wait for a login in flight before answering with what there is. */
export const MAX_REFRESH_WAIT_MS = 10_000;
/** Requests one key may make per minute before it gets 429. */
export const REQUESTS_PER_MINUTE = 60;

/** The endpoint's URL on `port`, as the window shows it and the Postman script calls it. */
export function tokenEndpointUrl(port: number): string {
  return `http://${LISTEN_HOST}:${port}${TOKEN_PATH}`;
}
