import { createServer } from 'node:net';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { LoginError } from '../login/login-error';
import { routeLabel, type ProxyRoute } from '../login/proxy-route';
import { NetworkAccess } from './network-access';

const ACCOUNT = { baseUrl: 'https://svc-fabric.pwks.co', email: 'a@b.test', password: 'pw-123456' };

/** A loopback port nothing listens on. */
async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return port;
}

beforeEach(() => {
  for (const name of ['HTTPS_PROXY', 'https_proxy', 'HTTP_PROXY', 'http_proxy', 'ALL_PROXY', 'all_proxy', 'NO_PROXY', 'no_proxy']) vi.stubEnv(name, '');
});
afterEach(() => vi.unstubAllEnvs());

function access(settings: { proxyUrl?: string; caFile?: string } = {}, systemProxy?: (url: string) => Promise<string>) {
  const logged: string[] = [];
  const hidden: string[] = [];
  const network = new NetworkAccess({
    settings: () => ({ proxyUrl: settings.proxyUrl ?? '', caFile: settings.caFile ?? '' }),
    ...(systemProxy && { systemProxy }),
    log: (message) => logged.push(message),
    hideInLogs: (secret) => hidden.push(secret),
  });
  return { network, logged, hidden };
}

const failure = (promise: Promise<unknown>) => promise.then(() => undefined, (error: unknown) => error as LoginError);

describe('NetworkAccess', () => {
  it('tells the route before the request, hides an HTTPS_PROXY password once, and names the unreachable proxy', async () => {
    const port = await closedPort();
    vi.stubEnv('HTTPS_PROXY', `http://alice:p%40ss-77@127.0.0.1:${port}`);
    const { network, hidden } = access();
    const routes: ProxyRoute[] = [];
    const first = await failure(network.login(ACCOUNT, (route) => routes.push(route)));
    await failure(network.login(ACCOUNT));
    expect(routes.map(routeLabel)).toEqual([`via 127.0.0.1:${port}`]);
    expect(hidden).toEqual(['p@ss-77']);
    expect(first).toBeInstanceOf(LoginError);
    expect(first).toMatchObject({ kind: 'proxy-unreachable', message: `Could not reach the proxy at 127.0.0.1:${port}: the connection was refused. Check the proxy setting (HTTPS_PROXY in the environment).` });
  });

  it('uses the Preferences proxy and says so when it cannot be reached', async () => {
    const port = await closedPort();
    const asked: string[] = [];
    const { network } = access({ proxyUrl: `127.0.0.1:${port}` }, async (url) => (asked.push(url), 'DIRECT'));
    expect(await failure(network.login(ACCOUNT))).toMatchObject({ kind: 'proxy-unreachable', message: expect.stringMatching(/\(Preferences → Network\)\.$/) });
    expect(asked).toEqual([]);
  });

  it('logs a failed system lookup and goes direct', async () => {
    const { network, logged } = access({}, () => Promise.reject(new Error('net::ERR_PAC_SCRIPT_FAILED')));
    const routes: ProxyRoute[] = [];
    await failure(network.login({ ...ACCOUNT, baseUrl: `http://127.0.0.1:${await closedPort()}` }, (route) => routes.push(route)));
    // Loopback is never proxied: the system is not even asked.
    expect(logged).toEqual([]);
    await failure(network.login({ ...ACCOUNT, baseUrl: 'https://pwks.invalid' }, (route) => routes.push(route)));
    expect(logged).toEqual(['The system proxy settings (PAC) could not be read; logging in directly']);
    expect(routes.map((route) => `${routeLabel(route)} (${route.source})`)).toEqual(['direct (loopback)', 'direct (system)']);
  });

  it('refuses a CA file that went missing after it was saved, naming the setting', async () => {
    const { network } = access({ caFile: '/no/such/company-root.pem' });
    expect(await failure(network.login({ ...ACCOUNT, baseUrl: `http://127.0.0.1:${await closedPort()}` }))).toMatchObject({
      kind: 'untrusted-certificate',
      message: 'The CA file chosen in Preferences → Network cannot be used: the file could not be opened: there is no such file.',
    });
  });
});
