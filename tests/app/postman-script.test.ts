import { describe, expect, it } from 'vitest';
import { freePort } from '../api-clients/http-client';
import { postmanSandbox } from '../api-clients/postman-sandbox';
import { electron, useTestbed, type RunningApp } from '../harness';
import { DEMO_ACCOUNT } from '../mock-server';
import { addOpsProfile, OPS_ACCOUNT } from './profile-helpers';

const bed = useTestbed();
const issuedTo = (email: string) => bed.server.requests.filter((request) => request.email === email && request.issuedToken).map((request) => request.issuedToken);

/** Turns the endpoint on, then copies the key and the Postman script as the user would. */
async function setUp(app: RunningApp): Promise<{ port: number; key: string; script: string }> {
  const port = await freePort();
  expect(await app.invoke('saveApiClients', { enabled: true, port })).toMatchObject({ ok: true });
  await app.invoke('copyApiKey', undefined);
  const key = electron.clipboard.text;
  await app.invoke('copyPostmanScript', undefined);
  return { port, key, script: electron.clipboard.text };
}

describe('the Postman pre-request script against the real endpoint', () => {
  it('fetches the token with the key from the environment and sets patchworksToken; the next request reuses it', async () => {
    const app = await bed.launchSignedIn();
    const { port, key, script } = await setUp(app);
    const postman = postmanSandbox({ tokenTrayKey: key });
    await postman.run(script);
    expect(postman.errors).toEqual([]);
    expect(postman.sent).toEqual([{ url: `http://127.0.0.1:${port}/v1/token`, method: 'GET', header: { 'X-Token-Tray-Key': key } }]);
    expect(postman.collectionVariables.get('patchworksToken')).toBe(issuedTo(DEMO_ACCOUNT.email)[0]);
    expect(postman.collectionVariables.has('tokenTrayKey')).toBe(false);

    await postman.run(script);
    expect(postman.sent).toHaveLength(1);
  });

  it('asks for the profile in tokenTrayProfile, and asks again when it changes', async () => {
    const app = await bed.launchSignedIn();
    await addOpsProfile(app, bed.server);
    const { key, script } = await setUp(app);
    const postman = postmanSandbox({ tokenTrayKey: key });
    await postman.run(script);
    expect(postman.collectionVariables.get('patchworksToken')).toBe(issuedTo(DEMO_ACCOUNT.email)[0]);
    postman.environment.set('tokenTrayProfile', 'ops');
    await postman.run(script);
    expect(postman.sent.map((sent) => sent.url)).toEqual([expect.stringMatching(/\/v1\/token$/), expect.stringMatching(/\/v1\/token\?profile=ops$/)]);
    expect(postman.collectionVariables.get('patchworksToken')).toBe(issuedTo(OPS_ACCOUNT.email)[0]);
  });

  it('without the key it says what to set and sends nothing; with a rotated-away key it clears the token and logs the 401', async () => {
    const app = await bed.launchSignedIn();
    const { key, script } = await setUp(app);
    const keyless = postmanSandbox();
    await keyless.run(script);
    expect(keyless.sent).toEqual([]);
    expect(keyless.errors).toEqual([expect.stringMatching(/set the secret environment variable tokenTrayKey/)]);

    await app.invoke('rotateApiKey', undefined);
    const stale = postmanSandbox({ tokenTrayKey: key });
    stale.collectionVariables.set('patchworksToken', 'old-token');
    await stale.run(script);
    expect(stale.collectionVariables.has('patchworksToken')).toBe(false);
    expect(stale.errors).toEqual(['Patchworks Token Tray: 401 Unauthorized']);
  });
});
