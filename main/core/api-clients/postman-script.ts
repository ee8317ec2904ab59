import { KEY_HEADER_NAME, tokenEndpointUrl } from './http-contract';

/** The secret Postman environment variable the script reads the key from (set by the user, local value only). */
export const POSTMAN_KEY_VARIABLE = 'tokenTrayKey';
/** The collection variable the script sets; requests use `Authorization: Bearer {{patchworksToken}}`. */
export const POSTMAN_TOKEN_VARIABLE = 'patchworksToken';

/**
 * Postman's collection-level pre-request script for the endpoint on `port`. It never contains the key: it
 * reads it from the secret environment variable `tokenTrayKey`, fetches the token with `pm.sendRequest`
 * (only when the one it holds has less than 5 minutes left or another profile is wanted) and sets
 * `patchworksToken`. `tokenTrayUrl` and `tokenTrayProfile` (optional variables) override the URL and profile.
 */
export function postmanPreRequestScript(port: number): string {
  return `// Patchworks Token Tray: sets {{${POSTMAN_TOKEN_VARIABLE}}} to the live Patchworks token before each request.
// Needs "Allow API clients on this computer" on in the app and the app's key (Copy key) in a *secret*
// environment variable named ${POSTMAN_KEY_VARIABLE}, local value only. See docs/api-clients.md.
const url = pm.variables.get('tokenTrayUrl') || '${tokenEndpointUrl(port)}';
const profile = pm.variables.get('tokenTrayProfile') || '';
const key = pm.environment.get('${POSTMAN_KEY_VARIABLE}');
const heldUntil = Date.parse(pm.collectionVariables.get('${POSTMAN_TOKEN_VARIABLE}ExpiresAt') || '');
const held = pm.collectionVariables.get('${POSTMAN_TOKEN_VARIABLE}') && heldUntil - Date.now() > 5 * 60 * 1000 &&
  pm.collectionVariables.get('${POSTMAN_TOKEN_VARIABLE}Profile') === profile;
if (!held && !key) {
  console.error('Patchworks Token Tray: set the secret environment variable ${POSTMAN_KEY_VARIABLE} (Copy key in the app).');
} else if (!held) {
  pm.sendRequest({
    url: profile ? url + '?profile=' + encodeURIComponent(profile) : url,
    method: 'GET',
    header: { '${KEY_HEADER_NAME}': key },
  }, (error, response) => {
    let body;
    try {
      body = error ? undefined : response.json();
    } catch {
      body = undefined;
    }
    if (error || response.code !== 200) {
      pm.collectionVariables.unset('${POSTMAN_TOKEN_VARIABLE}');
      console.error('Patchworks Token Tray: ' + (error ? error.message : response.code + ' ' + (body && body.message)));
      return;
    }
    pm.collectionVariables.set('${POSTMAN_TOKEN_VARIABLE}', body.token);
    pm.collectionVariables.set('${POSTMAN_TOKEN_VARIABLE}ExpiresAt', body.expiresAt);
    pm.collectionVariables.set('${POSTMAN_TOKEN_VARIABLE}Profile', profile);
  });
}
`;
}
