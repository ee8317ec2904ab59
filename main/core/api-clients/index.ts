// API clients: the opt-in loopback HTTP endpoint that hands the live token to Postman, Insomnia, Bruno…
export { ApiClientsService } from './api-clients-service';
export type { ApiClientsServiceOptions, ApplyResult } from './api-clients-service';
export { startApiClientsServer } from './api-clients-server';
export type { ApiClientsServer, ApiClientsServerOptions } from './api-clients-server';
export { ApiClientsError } from './api-clients-error';
export type { ApiClientsErrorKind } from './api-clients-error';
export { ApiKeyStore, API_KEY_FILE_NAME } from './api-key-store';
export type { ApiKeyStoreOptions } from './api-key-store';
export { apiKeysMatch, newApiKey, API_KEY_PATTERN } from './api-key';
export { checkRequest } from './request-checks';
export type { CheckedRequest, RequestHead } from './request-checks';
export { RequestLimiter } from './request-limiter';
export type { LimitVerdict } from './request-limiter';
export { tokenReply } from './token-reply';
export type { ApiTokenSource } from './token-reply';
export type { HttpReply } from './http-reply';
export { KEY_HEADER, KEY_HEADER_NAME, MAX_REFRESH_WAIT_MS, REQUESTS_PER_MINUTE, TOKEN_PATH, tokenEndpointUrl } from './http-contract';
export { postmanPreRequestScript, POSTMAN_KEY_VARIABLE, POSTMAN_TOKEN_VARIABLE } from './postman-script';
