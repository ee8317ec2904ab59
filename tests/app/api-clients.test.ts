import { readdir } from 'node:fs/promises';
import { createServer, type Server } from 'node:net';
import { describe, expect, it, vi } from 'vitest';
import { API_KEY_PATTERN } from '../../main/core/api-clients/api-key';
import { API_KEY_FILE_NAME } from '../../main/core/api-clients/api-key-store';
import { callEndpoint, freePort, type EndpointAnswer } from '../api-clients/http-client';
import { electron, FakeWebContents, readAppLog, settle, until, useTestbed, type RunningApp } from '../harness';
import { DEMO_ACCOUNT } from '../mock-server';
import { expectNoSecretsOnDisk } from '../storage/no-secrets-on-disk';
import { addOpsProfile, OPS_ACCOUNT } from './profile-helpers';

const bed = useTestbed();
const issuedTo = (email: string) => bed.server.requests.filter((request) => request.email === email && request.issuedToken).map((request) => request.issuedToken);

/** Turns the endpoint on at a free port through the window; returns the port. */
async function turnOn(app: RunningApp): Promise<number> {
  const port = await freePort();
  const saved = await app.invoke('saveApiClients', { enabled: true, port });
  expect(saved).toMatchObject({ ok: true, value: { enabled: true, port, state: 'listening', url: `http://127.0.0.1:${port}/v1/token` } });
  return port;
}

/** "Copy key" in the window, then reads the clipboard as the user's paste would. */
async function copyKey(app: RunningApp): Promise<string> {
  const copied = await app.invoke('copyApiKey', undefined);
  expect(copied).toEqual({ ok: true, value: {} });
  return electron.clipboard.text;
}

/** Turns the endpoint on and copies its key in a signed-in app, then relaunches with the keychain locked. */
async function relaunchLockedWithEndpointOn(): Promise<{ locked: RunningApp; port: number; key: string }> {
  const app = await bed.launchSignedIn();
  const port = await turnOn(app);
  const key = await copyKey(app);
  await app.quit();
  return { locked: await bed.launch({ safeStorage: { locked: true } }), port, key };
}

function expectRefused(promise: Promise<EndpointAnswer>): Promise<void> {
  return expect(promise).rejects.toMatchObject({ code: 'ECONNREFUSED' });
}

describe('API clients through the app', () => {
  it('is off by default; on, GET /v1/token answers the default profile with no-store and no CORS header; off and quit close the port', async () => {
    const app = await bed.launchSignedIn();
    expect((await app.snapshot()).apiClients).toEqual({
      enabled: false, port: 17345, url: 'http://127.0.0.1:17345/v1/token', state: 'off', keyStorage: 'keychain',
    });
    const port = await turnOn(app);
    const key = await copyKey(app);
    expect(key).toMatch(API_KEY_PATTERN);

    const answer = await callEndpoint(port, { key });
    const token = issuedTo(DEMO_ACCOUNT.email)[0];
    const expiresAt = (await app.snapshot()).profiles[0]?.token?.expiresAt ?? 0;
    expect(answer.status).toBe(200);
    expect(answer.body).toEqual({
      token,
      authorization: `Bearer ${token}`,
      expiresAt: new Date(expiresAt).toISOString(),
      profile: 'demo',
      baseUrl: bed.server.url,
    });
    expect(answer.headers['cache-control']).toBe('no-store');
    expect(answer.headers['content-type']).toBe('application/json; charset=utf-8');
    expect(Object.keys(answer.headers).filter((name) => name.startsWith('access-control-'))).toEqual([]);
    expect((await app.snapshot()).preferences).not.toHaveProperty('apiClientsEnabled');

    expect(await app.invoke('saveApiClients', { enabled: false, port })).toMatchObject({ ok: true, value: { enabled: false, state: 'off' } });
    await expectRefused(callEndpoint(port, { key }));
    await app.invoke('saveApiClients', { enabled: true, port });
    expect((await callEndpoint(port, { key })).status).toBe(200);
    await app.quit();
    await expectRefused(callEndpoint(port, { key }));
  });

  it('answers every refusal with its status: 401, 403 Origin, 403 Host, 404, 405, 404 unknown profile, 409 signed out; never a login', async () => {
    const app = await bed.launchSignedIn();
    await addOpsProfile(app, bed.server);
    const port = await turnOn(app);
    const key = await copyKey(app);
    const logins = bed.server.loginCount;

    const missing = await callEndpoint(port);
    const wrong = await callEndpoint(port, { key: `${key.slice(0, -2)}AA` });
    expect([missing.status, wrong.status]).toEqual([401, 401]);
    expect(wrong.body).toEqual(missing.body);
    expect((await callEndpoint(port, { key, headers: { Origin: 'https://evil.example' } })).status).toBe(403);
    expect((await callEndpoint(port, { key, headers: { Origin: `http://127.0.0.1:${port}` } })).status).toBe(403);
    expect((await callEndpoint(port, { key, headers: { Host: `attacker.example:${port}` } })).status).toBe(403);
    expect((await callEndpoint(port, { key, headers: { Host: `localhost:${port}` } })).status).toBe(200);
    expect((await callEndpoint(port, { key, path: '/v1/tokens' })).status).toBe(404);
    const post = await callEndpoint(port, { key, method: 'POST' });
    expect([post.status, post.headers.allow]).toEqual([405, 'GET']);
    const preflight = await callEndpoint(port, { method: 'OPTIONS', headers: { Origin: 'https://evil.example', 'Access-Control-Request-Method': 'GET' } });
    expect(preflight.status).toBe(403);
    expect(Object.keys(preflight.headers).filter((name) => name.startsWith('access-control-'))).toEqual([]);

    const unknown = await callEndpoint(port, { key, path: '/v1/token?profile=staging' });
    expect(unknown).toMatchObject({ status: 404, body: { error: 'unknown-profile', message: 'No profile named "staging" (profiles: demo, Ops)', profiles: ['demo', 'Ops'] } });
    const ops = await callEndpoint(port, { key, path: '/v1/token?profile=OPS' });
    expect(ops).toMatchObject({ status: 200, body: { profile: 'Ops', token: issuedTo(OPS_ACCOUNT.email)[0] } });

    expect(await app.invoke('signOut', { profileId: await app.profileId('Ops') })).toMatchObject({ ok: true });
    const signedOut = await callEndpoint(port, { key, path: '/v1/token?profile=ops' });
    expect(signedOut).toMatchObject({ status: 409, body: { error: 'signed-out', message: expect.stringMatching(/Not signed in/), profile: 'Ops' } });
    for (const answer of [missing, wrong, post, unknown, signedOut]) expect(answer.headers['cache-control']).toBe('no-store');
    await settle();
    expect(bed.server.loginCount).toBe(logins);
  });

  it('waits for a refresh in flight and hands out its new token', async () => {
    const app = await bed.launchSignedIn();
    const port = await turnOn(app);
    const key = await copyKey(app);
    bed.server.setBehaviour('slow', { delayMs: 1_000 });
    const refreshed = app.invoke('refreshNow', { profileId: await app.profileId() });
    const answer = await callEndpoint(port, { key });
    await refreshed;
    const [first, second] = issuedTo(DEMO_ACCOUNT.email);
    expect(second).toBeDefined();
    expect(answer).toMatchObject({ status: 200, body: { token: second } });
    expect(second).not.toBe(first);
  });

  it('answers 409 expired with the reason once the token ran out and refreshing fails, after waiting at most 10 s', async () => {
    const app = await bed.launchSignedIn({ clock: new Date('2026-03-02T08:00:00Z'), tokenLifetimeSec: 3600 });
    const port = await turnOn(app);
    const key = await copyKey(app);
    bed.server.setBehaviour('server-error');
    await vi.advanceTimersByTimeAsync(61 * 60_000);
    expect((await app.snapshot()).profiles[0]?.status).toBe('expired');
    let answered = false;
    const pending = callEndpoint(port, { key }).finally(() => (answered = true));
    await settle();
    await vi.advanceTimersByTimeAsync(9_000);
    await settle();
    expect(answered).toBe(false);
    await vi.advanceTimersByTimeAsync(1_000);
    expect(await pending).toMatchObject({ status: 409, body: { error: 'expired', message: expect.stringMatching(/expired/) } });
  });

  it('allows 60 requests a minute per key, then 429 with Retry-After; a rotated key has its own allowance', async () => {
    const app = await bed.launchSignedIn();
    const port = await turnOn(app);
    const key = await copyKey(app);
    const answers = await Promise.all(Array.from({ length: 60 }, () => callEndpoint(port, { key })));
    expect(answers.every((answer) => answer.status === 200)).toBe(true);
    const limited = await callEndpoint(port, { key });
    expect(limited.status).toBe(429);
    expect(Number(limited.headers['retry-after'])).toBeGreaterThanOrEqual(1);
    expect(Number(limited.headers['retry-after'])).toBeLessThanOrEqual(60);
    await app.invoke('rotateApiKey', undefined);
    expect((await callEndpoint(port, { key: await copyKey(app) })).status).toBe(200);
  });

  it('Rotate key refuses the old key at once and the new one works; the key is stored encrypted and survives a relaunch', async () => {
    const app = await bed.launchSignedIn();
    const port = await turnOn(app);
    const old = await copyKey(app);
    expect(await app.invoke('rotateApiKey', undefined)).toMatchObject({ ok: true, value: { state: 'listening' } });
    const fresh = await copyKey(app);
    expect(fresh).not.toBe(old);
    expect((await callEndpoint(port, { key: old })).status).toBe(401);
    expect((await callEndpoint(port, { key: fresh })).status).toBe(200);
    await app.quit();

    const again = await bed.launch();
    expect((await callEndpoint(port, { key: fresh })).status).toBe(200);
    expect((await again.snapshot()).apiClients).toMatchObject({ enabled: true, port, state: 'listening' });
    await again.quit();
    expectNoSecretsOnDisk(bed.dirs.root, [fresh, old, DEMO_ACCOUNT.password]);
  });

  it('a taken port is refused with a message naming it and saves nothing; at launch the window and a notification say so', async () => {
    const app = await bed.launchSignedIn();
    const squatter = await occupy(await freePort());
    const port = (squatter.address() as { port: number }).port;
    try {
      const refused = await app.invoke('saveApiClients', { enabled: true, port });
      expect(refused).toMatchObject({ ok: false, error: { code: 'unavailable', fieldErrors: { port: [expect.stringMatching(new RegExp(`Port ${port} .*in use`))] } } });
      expect((await app.snapshot()).apiClients).toMatchObject({ enabled: false, port: 17345, state: 'off' });

      const free = await turnOn(app);
      await app.quit();
      squatter.close();
      const blocker = await occupy(free);
      try {
        const again = await bed.launch();
        expect((await again.snapshot()).apiClients).toMatchObject({
          enabled: true, port: free, state: 'unavailable', message: expect.stringMatching(new RegExp(`Port ${free} .*in use`)),
        });
        expect(electron.Notification.shown.map((shown) => shown.title)).toContain('API clients cannot connect');
      } finally {
        blocker.close();
      }
    } finally {
      squatter.close();
    }
  });

  it('with the keychain locked at launch the window says why it is not listening, and the stored key is kept', async () => {
    const { locked, port, key } = await relaunchLockedWithEndpointOn();
    expect((await locked.snapshot()).apiClients).toMatchObject({ enabled: true, port, state: 'unavailable', message: expect.stringMatching(/keyring is locked/) });
    expect(await locked.invoke('copyApiKey', undefined)).toMatchObject({ ok: false, error: { code: 'unavailable', message: expect.stringMatching(/keyring is locked/) } });
    await expectRefused(callEndpoint(port, { key }));
    electron.safeStorage.unlockKeyring();
    expect(await locked.invoke('saveApiClients', { enabled: true, port })).toMatchObject({ ok: true, value: { state: 'listening' } });
    // The same key as before the lock opens the door (the profile itself may still wait for its vault: 409).
    expect((await callEndpoint(port, { key: `${key.slice(0, -2)}AA` })).status).toBe(401);
    expect([200, 409]).toContain((await callEndpoint(port, { key })).status);
  });

  it('starts by itself once the keychain unlocks (here on resume), with no visit to the window, and takes the same key', async () => {
    const { locked, port, key } = await relaunchLockedWithEndpointOn();
    const endpointState = async (): Promise<string | undefined> => (await locked.snapshot()).apiClients?.state;
    expect(await endpointState()).toBe('unavailable');
    electron.powerMonitor.emit('resume');
    await settle();
    expect(await endpointState()).toBe('unavailable');
    await expectRefused(callEndpoint(port, { key }));

    electron.safeStorage.unlockKeyring();
    electron.powerMonitor.emit('resume');
    await expect.poll(endpointState, { timeout: 10_000 }).toBe('listening');
    await until(() => locked.menuEnabled('copy-token'), 'the stored account after the unlock');
    expect((await callEndpoint(port, { key })).status).toBe(200);
  });

  it('Reset all data closes the port and removes the key file with the rest', async () => {
    const app = await bed.launchSignedIn();
    const port = await turnOn(app);
    const key = await copyKey(app);
    expect(await readdir(bed.dirs.userData)).toContain(API_KEY_FILE_NAME);
    expect(await app.invoke('resetAllData', undefined)).toEqual({ ok: true, value: null });
    await until(() => electron.app.hasQuit, 'the app to quit after the reset');
    await expectRefused(callEndpoint(port, { key }));
    expect(await readdir(bed.dirs.userData)).toEqual([]);
  });

  it('the key never reaches the window or the log; Copy Postman script puts a script without the key on the clipboard', async () => {
    const app = await bed.launchSignedIn();
    const port = await turnOn(app);
    const key = await copyKey(app);
    await app.invoke('rotateApiKey', undefined);
    const rotated = await copyKey(app);
    expect(await app.invoke('copyPostmanScript', undefined)).toEqual({ ok: true, value: null });
    const script = electron.clipboard.text;
    expect(script).toContain(`http://127.0.0.1:${port}/v1/token`);
    expect(script).toContain("pm.collectionVariables.set('patchworksToken'");
    await callEndpoint(port, { key: 'wrong' });
    await app.quit();
    const seen = JSON.stringify([FakeWebContents.sent, electron.ipcMain.invocations.map((call) => call.result)]);
    const log = await readAppLog(bed.dirs);
    for (const secret of [key, rotated]) {
      expect(seen).not.toContain(secret);
      expect(script).not.toContain(secret);
      expect(log).not.toContain(secret);
    }
  });
});

/** Listens on 127.0.0.1:`port` as another program would. */
function occupy(port: number): Promise<Server> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen({ host: '127.0.0.1', port }, () => resolve(server));
  });
}
