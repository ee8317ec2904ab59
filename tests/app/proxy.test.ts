import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { DEFAULT_SETTINGS } from '../../common/settings';
import { preferencesOf } from '../../main/core/app/status-view';
import { demoSignIn, electron, readAppLog, useTestbed, type RunningApp } from '../harness';
import { startMockServer, type MockServer } from '../mock-server';
import { makeTestPki } from '../network/test-ca';
import { startTestProxy, type TestProxy } from '../network/test-proxy';

// The app as a whole behind a proxy: the system's answer comes from the stand-in's
// session.resolveProxy; the https stand-in's certificate is signed by a test CA that this process
// trusts only through the CA file chosen in Preferences (the OS store is read once per process; the
// child-process tests in tests/network cover that path).
const HOST = 'patchworks.test';
const PROXY_PASSWORD = 'harness-proxy-pw-93';
const bed = useTestbed();
let dir: string;
let caFile: string;
let tlsServer: MockServer;
let proxy: TestProxy;
let baseUrl: string;

beforeAll(async () => {
  const pki = makeTestPki('Harness Corp Root', [HOST]);
  dir = await mkdtemp(join(tmpdir(), 'pw-app-proxy-'));
  caFile = join(dir, 'corp-root.pem');
  await writeFile(caFile, pki.caPem);
  tlsServer = await startMockServer({ tls: { key: pki.keyPem, cert: pki.certPem } });
  proxy = await startTestProxy({ [HOST]: '127.0.0.1' });
  baseUrl = `https://${HOST}:${tlsServer.port}`;
}, 30_000);

afterAll(async () => {
  await Promise.all([tlsServer?.close(), proxy?.close()]);
  await rm(dir, { recursive: true, force: true });
});

beforeEach(() => {
  for (const name of ['HTTPS_PROXY', 'https_proxy', 'HTTP_PROXY', 'http_proxy', 'ALL_PROXY', 'all_proxy', 'NO_PROXY', 'no_proxy']) vi.stubEnv(name, '');
});

const LOGIN_URL = () => `${baseUrl}/api/v1/login`;
const systemAnswer = (answer: string | Error) => (electron.session.defaultSession.proxyAnswer = answer);

/** Launches, trusts the test CA through Preferences, and answers `answer` for the system proxy. */
async function launchBehindProxy(answer: string | Error): Promise<RunningApp> {
  const app = await bed.launch();
  app.click('settings');
  const saved = await app.invoke('savePreferences', { caFile });
  expect(saved).toMatchObject({ ok: true, value: { caFile } });
  systemAnswer(answer);
  return app;
}

describe('the app behind a proxy', () => {
  it('logs in through the proxy the system names ("PROXY host:port; DIRECT") and shows it in Status', async () => {
    const app = await launchBehindProxy(`PROXY 127.0.0.1:${proxy.port}; DIRECT`);
    const snapshot = await app.signIn(demoSignIn(tlsServer, { customBaseUrl: baseUrl }));
    expect(snapshot.profiles[0]).toMatchObject({ status: 'valid', connection: `via 127.0.0.1:${proxy.port}` });
    expect(electron.session.defaultSession.proxyQuestions).toEqual([LOGIN_URL()]);
    expect(proxy.connects.at(-1)?.target).toBe(`${HOST}:${tlsServer.port}`);
  });

  it('goes direct on "DIRECT", says it could not reach Patchworks, and Status shows "direct"', async () => {
    const app = await launchBehindProxy(`PROXY 127.0.0.1:${proxy.port}`);
    const profileId = (await app.signIn(demoSignIn(tlsServer, { customBaseUrl: baseUrl }))).profiles[0]?.id as string;
    const connects = proxy.connects.length;
    systemAnswer('DIRECT');
    const refresh = await app.invoke('refreshNow', { profileId });
    expect(refresh).toMatchObject({
      ok: false,
      error: { code: 'sign-in-failed', message: `Could not reach Patchworks at ${HOST}:${tlsServer.port}: the address was not found` },
    });
    expect((await app.snapshot()).profiles[0]).toMatchObject({ connection: 'direct', lastError: { kind: 'network' } });
    expect(proxy.connects.length).toBe(connects);
  });

  it.each([
    ['resolves with nothing (Electron’s answer when the PAC script fails)', ''],
    ['rejects', new Error('net::ERR_PAC_SCRIPT_FAILED')],
  ])('goes direct when the system lookup %s, and logs why', async (_what, answer) => {
    const app = await launchBehindProxy(answer);
    const result = await app.invoke('signIn', demoSignIn(tlsServer, { customBaseUrl: baseUrl }));
    expect(result).toMatchObject({ ok: false, error: { message: expect.stringMatching(new RegExp(`^Could not reach Patchworks at ${HOST}`)) } });
    expect(electron.session.defaultSession.proxyQuestions).toEqual([LOGIN_URL()]);
    await app.quit();
    expect(await readAppLog(bed.dirs)).toContain('The system proxy settings (PAC) could not be read; logging in directly');
  });

  it('refuses a SOCKS-only system answer with a message that says what to do', async () => {
    const app = await launchBehindProxy('SOCKS5 127.0.0.1:1080');
    const result = await app.invoke('signIn', demoSignIn(tlsServer, { customBaseUrl: baseUrl }));
    expect(result).toMatchObject({
      ok: false,
      error: { message: expect.stringMatching(/^The system proxy settings name only proxies the app cannot use .*set an HTTP proxy in Preferences → Network\.$/) },
    });
  });

  it('prefers HTTPS_PROXY to the system, never asks the system for this computer, and keeps proxy credentials out of logs and Status', async () => {
    const guarded = await startTestProxy({ [HOST]: '127.0.0.1' }, { kind: 'basic', user: 'alice', password: PROXY_PASSWORD });
    try {
      vi.stubEnv('HTTPS_PROXY', `http://alice:${PROXY_PASSWORD}@127.0.0.1:${guarded.port}`);
      const app = await launchBehindProxy(`PROXY 127.0.0.1:${proxy.port}`);
      await app.signIn(demoSignIn(bed.server, { name: 'local' }));
      const snapshot = await app.signIn(demoSignIn(tlsServer, { name: 'corp', customBaseUrl: baseUrl }));
      expect(electron.session.defaultSession.proxyQuestions).toEqual([]);
      expect(guarded.connects).toEqual([{ target: `${HOST}:${tlsServer.port}`, credentialsSent: true }]);
      expect(snapshot.profiles.map((profile) => profile.connection)).toEqual(['direct', `via 127.0.0.1:${guarded.port}`]);

      vi.stubEnv('HTTPS_PROXY', `http://alice:${PROXY_PASSWORD}-old@127.0.0.1:${guarded.port}`);
      const refused = await app.invoke('refreshNow', { profileId: await app.profileId('corp') });
      expect(refused).toMatchObject({ ok: false, error: { message: expect.stringContaining(`The proxy at 127.0.0.1:${guarded.port} needs credentials`) } });
      const shown = JSON.stringify([await app.snapshot(), refused, electron.Tray.instances[0]?.tooltip]);
      await app.quit();
      const log = await readAppLog(bed.dirs);
      for (const text of [shown, log]) expect(text).not.toContain(PROXY_PASSWORD);
    } finally {
      await guarded.close();
    }
  });
});

describe('network preferences', () => {
  const DEFAULTS = preferencesOf(DEFAULT_SETTINGS);

  it.each([
    [{ proxyUrl: 'socks5://proxy.corp:1080' }, 'proxyUrl', /^Proxy: SOCKS proxies are not supported/],
    [{ proxyUrl: 'http://alice:pw@proxy.corp:8080' }, 'proxyUrl', /^Proxy: leave the user name and password out/],
    [{ caFile: 'corp-root.pem' }, 'caFile', /^Extra CA certificate file \(PEM\): enter the full path of a PEM file/],
    [{ caFile: '/no/such/corp-root.pem' }, 'caFile', /^Extra CA certificate file \(PEM\): the file could not be opened: there is no such file\.$/],
  ])('refuses %j beside its field and saves nothing', async (patch, field, message) => {
    const app = await bed.launch();
    app.click('settings');
    const result = await app.invoke('savePreferences', { ...DEFAULTS, refreshLeadMinutes: 45, ...patch });
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid-payload', fieldErrors: { [field]: [expect.stringMatching(message)] } } });
    expect((await app.snapshot()).preferences).toEqual(DEFAULTS);
  });

  it('refuses a file that holds no certificate', async () => {
    const app = await bed.launch();
    app.click('settings');
    const notPem = join(dir, 'notes.txt');
    await writeFile(notPem, 'not a certificate');
    const result = await app.invoke('savePreferences', { caFile: notPem });
    expect(result).toMatchObject({ ok: false, error: { fieldErrors: { caFile: [expect.stringMatching(/holds no PEM certificate/)] } } });
  });

  it('offers the system file dialog for the CA file; the pick is returned, not saved, and a cancel returns null', async () => {
    const app = await bed.launch();
    app.click('settings');
    expect(await app.invoke('chooseCaFile', undefined)).toEqual({ ok: true, value: null });
    electron.dialog.pick = caFile;
    expect(await app.invoke('chooseCaFile', undefined)).toEqual({ ok: true, value: caFile });
    expect(electron.dialog.openDialogs).toHaveLength(2);
    expect(electron.dialog.openDialogs[0]).toMatchObject({ properties: expect.arrayContaining(['openFile']) });
    expect((await app.snapshot()).preferences.caFile).toBe('');
  });

  it('keeps a valid proxy address and CA file across a relaunch', async () => {
    let app = await bed.launch();
    app.click('settings');
    expect(await app.invoke('savePreferences', { proxyUrl: 'proxy.corp:8080', caFile })).toMatchObject({ ok: true });
    await app.quit();
    app = await bed.launch();
    expect((await app.snapshot()).preferences).toMatchObject({ proxyUrl: 'proxy.corp:8080', caFile });
  });
});
