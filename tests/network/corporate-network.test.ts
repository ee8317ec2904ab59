import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_ACCOUNT, startMockServer, type MockServer } from '../mock-server';
import { loginInChild, type LoginJob } from './login-job';
import { makeTestPki } from './test-ca';
import { startTestProxy, type TestProxy } from './test-proxy';

// The real login client, in a child process per case, through a real CONNECT proxy on loopback to an
// https stand-in whose certificate a test CA signed. The CA is trusted only through the OS store
// mechanism (SSL_CERT_FILE), never NODE_EXTRA_CA_CERTS, unless a case says otherwise.
const HOST = 'patchworks.test';
const PROXY_PASSWORD = 'proxy-secret-4711';
let dir: string;
let caFile: string;
let emptyStore: string;
let emptyDir: string;
let server: MockServer;
let open: TestProxy;
let basic: TestProxy;
let negotiate: TestProxy;
let job: LoginJob;

beforeAll(async () => {
  const pki = makeTestPki('Corp Inspection Root CA', [HOST]);
  dir = await mkdtemp(join(tmpdir(), 'pw-corporate-'));
  caFile = join(dir, 'corp-root.pem');
  emptyStore = join(dir, 'empty.pem');
  emptyDir = join(dir, 'no-certs');
  await mkdir(emptyDir);
  await writeFile(caFile, pki.caPem);
  await writeFile(emptyStore, '');
  server = await startMockServer({ tls: { key: pki.keyPem, cert: pki.certPem } });
  const hosts = { [HOST]: '127.0.0.1' };
  [open, basic, negotiate] = await Promise.all([
    startTestProxy(hosts),
    startTestProxy(hosts, { kind: 'basic', user: 'alice', password: PROXY_PASSWORD }),
    startTestProxy(hosts, { kind: 'negotiate' }),
  ]);
  job = { baseUrl: `https://${HOST}:${server.port}`, ...DEMO_ACCOUNT };
}, 60_000);

afterAll(async () => {
  await Promise.all([server?.close(), open?.close(), basic?.close(), negotiate?.close()]);
  await rm(dir, { recursive: true, force: true });
});

/** The OS store as Node reads it on Linux: only the test CA (SSL_CERT_DIR points at an empty folder). */
const trustingStore = () => ({ SSL_CERT_FILE: caFile, SSL_CERT_DIR: emptyDir });

describe('login on a corporate network (child processes)', () => {
  it('logs in through an HTTPS_PROXY, trusting the CA from the OS store', async () => {
    const before = server.loginCount;
    const outcome = await loginInChild(job, { ...trustingStore(), HTTPS_PROXY: open.url });
    expect(outcome).toMatchObject({ ok: true, route: `via 127.0.0.1:${open.port}`, systemStore: true });
    expect(open.connects.at(-1)).toEqual({ target: `${HOST}:${server.port}`, credentialsSent: false });
    expect(server.loginCount).toBe(before + 1);
  }, 30_000);

  it('goes direct for a host in NO_PROXY: the proxy sees nothing and the error names Patchworks', async () => {
    const connects = open.connects.length;
    const outcome = await loginInChild(job, { ...trustingStore(), HTTPS_PROXY: open.url, NO_PROXY: `localhost,.${HOST.split('.')[1]}` });
    expect(outcome).toMatchObject({ ok: false, route: 'direct', kind: 'network' });
    // patchworks.test has no DNS entry: only the proxy knows it, so going direct cannot find it.
    expect(outcome.ok || outcome.message).toBe(`Could not reach Patchworks at ${HOST}:${server.port}: the address was not found`);
    expect(open.connects.length).toBe(connects);
  }, 30_000);

  it('names an untrusted certificate and its issuer when the OS store lacks the CA', async () => {
    const outcome = await loginInChild(job, { SSL_CERT_FILE: emptyStore, SSL_CERT_DIR: emptyDir, HTTPS_PROXY: open.url });
    expect(outcome).toMatchObject({ ok: false, kind: 'untrusted-certificate' });
    expect(outcome.ok || outcome.message).toMatch(
      new RegExp(`^The certificate of ${HOST}:${server.port} is not trusted \\(issued by Corp Inspection Root CA\\)\\. The proxy or a security tool`),
    );
  }, 30_000);

  it('trusts a CA file chosen in Preferences when the OS store lacks it', async () => {
    const outcome = await loginInChild({ ...job, caFile }, { SSL_CERT_FILE: emptyStore, SSL_CERT_DIR: emptyDir, HTTPS_PROXY: open.url });
    expect(outcome).toMatchObject({ ok: true, route: `via 127.0.0.1:${open.port}` });
  }, 30_000);

  it('says the proxy needs credentials on a 407, and sends Basic credentials from the proxy URL', async () => {
    const missing = await loginInChild(job, { ...trustingStore(), HTTPS_PROXY: basic.url });
    expect(missing).toMatchObject({
      ok: false,
      kind: 'proxy-auth',
      message: `The proxy at 127.0.0.1:${basic.port} needs credentials: set HTTPS_PROXY=http://user:password@127.0.0.1:${basic.port} in the environment the app starts from.`,
    });
    const wrong = await loginInChild(job, { ...trustingStore(), HTTPS_PROXY: `http://alice:wrong-one@127.0.0.1:${basic.port}` });
    expect(wrong).toMatchObject({ ok: false, kind: 'proxy-auth', message: expect.stringContaining('refused the user name and password') });
    const right = await loginInChild(job, { ...trustingStore(), HTTPS_PROXY: `http://alice:${PROXY_PASSWORD}@127.0.0.1:${basic.port}` });
    expect(right).toMatchObject({ ok: true, route: `via 127.0.0.1:${basic.port}` });
    expect(basic.connects.at(-1)?.credentialsSent).toBe(true);
    expect(JSON.stringify([missing, wrong, right])).not.toContain(PROXY_PASSWORD);
  }, 60_000);

  it('names NTLM/Negotiate when the proxy wants a Windows sign-in', async () => {
    const outcome = await loginInChild(job, { ...trustingStore(), HTTPS_PROXY: negotiate.url });
    expect(outcome).toMatchObject({ ok: false, kind: 'proxy-auth' });
    expect(outcome.ok || outcome.message).toMatch(/needs credentials: it asks for a Windows sign-in \(Negotiate \(Kerberos\)\), which the app cannot do/);
  }, 30_000);

  it('says it could not reach the proxy, not Patchworks, when nothing listens there', async () => {
    const gone = await startTestProxy({});
    await gone.close();
    const outcome = await loginInChild(job, { ...trustingStore(), HTTPS_PROXY: `http://bob:${PROXY_PASSWORD}@127.0.0.1:${gone.port}` });
    expect(outcome).toMatchObject({
      ok: false,
      kind: 'proxy-unreachable',
      message: `Could not reach the proxy at 127.0.0.1:${gone.port}: the connection was refused. Check the proxy setting (HTTPS_PROXY in the environment).`,
    });
    expect(JSON.stringify(outcome)).not.toContain(PROXY_PASSWORD);
  }, 30_000);

  it('uses the proxy from Preferences when the environment sets none', async () => {
    const outcome = await loginInChild({ ...job, preferenceProxy: open.url }, trustingStore());
    expect(outcome).toMatchObject({ ok: true, route: `via 127.0.0.1:${open.port}` });
  }, 30_000);
});
