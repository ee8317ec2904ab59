import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { jwtDecode } from 'jwt-decode';
import { DEMO_ACCOUNT, startMockServer, type MockServer } from './index';

let server: MockServer;
beforeEach(async () => {
  server = await startMockServer();
});
afterEach(async () => {
  await server.close();
});

const post = (body: unknown, path = '/api/v1/login'): Promise<Response> =>
  fetch(`${server.url}${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/json' },
    body: JSON.stringify(body),
    redirect: 'manual',
  });

describe('stand-in Patchworks server', () => {
  it('issues a unique JWT per login whose exp follows the configured lifetime', async () => {
    server.setBehaviour('token', { lifetimeSec: 600 });
    const first = (await (await post(DEMO_ACCOUNT)).json()) as { token: string; expires_in: number };
    const second = (await (await post(DEMO_ACCOUNT)).json()) as { token: string };
    expect(first.token).not.toBe(second.token);
    expect(first.expires_in).toBe(600);
    const claims = jwtDecode<{ exp: number; iat: number; sub: string }>(first.token);
    expect(claims.exp - claims.iat).toBe(600);
    expect(claims.sub).toBe(DEMO_ACCOUNT.email);
    expect(server.loginCount).toBe(2);
    expect(server.requests[0]).toMatchObject({ status: 200, passwordCorrect: true, issuedToken: first.token });
  });

  it('answers 401 to a wrong password and 422 with field errors to a missing one', async () => {
    expect((await post({ email: DEMO_ACCOUNT.email, password: 'wrong-password' })).status).toBe(401);
    const missing = await post({ email: DEMO_ACCOUNT.email });
    expect(missing.status).toBe(422);
    expect(await missing.json()).toEqual({
      message: 'The given data was invalid.',
      errors: { password: ['The password field is required.'] },
    });
  });

  it('accepts configured and added accounts only', async () => {
    const custom = await startMockServer({ accounts: [{ email: 'a@b.test', password: 'pw-one-two' }] });
    try {
      custom.addAccount('c@d.test', 'pw-three');
      const login = (body: unknown) =>
        fetch(`${custom.url}/api/v1/login`, { method: 'POST', body: JSON.stringify(body) }).then((r) => r.status);
      expect(await login({ email: 'a@b.test', password: 'pw-one-two' })).toBe(200);
      expect(await login({ email: 'c@d.test', password: 'pw-three' })).toBe(200);
      expect(await login(DEMO_ACCOUNT)).toBe(401);
    } finally {
      await custom.close();
    }
  });

  it('keeps no password in its request records', async () => {
    await post(DEMO_ACCOUNT);
    await post({ email: DEMO_ACCOUNT.email, password: 'another-secret-pw' });
    const printed = JSON.stringify(server.requests);
    expect(printed).not.toContain(DEMO_ACCOUNT.password);
    expect(printed).not.toContain('another-secret-pw');
    expect(server.requests.map((r) => r.passwordCorrect)).toEqual([true, false]);
  });

  it('sends Retry-After in seconds and as an HTTP date', async () => {
    server.setBehaviour('rate-limited', { retryAfterSec: 90 });
    expect((await post(DEMO_ACCOUNT)).headers.get('retry-after')).toBe('90');
    server.setBehaviour('rate-limited-date', { retryAfterSec: 90 });
    const date = Date.parse((await post(DEMO_ACCOUNT)).headers.get('retry-after') ?? '');
    expect(date - Date.now()).toBeGreaterThan(80_000);
    expect(date - Date.now()).toBeLessThanOrEqual(90_000);
  });

  it('redirects to a target that would issue a token if followed', async () => {
    server.setBehaviour('redirect');
    const redirected = await post(DEMO_ACCOUNT);
    expect(redirected.status).toBe(302);
    const target = await post(DEMO_ACCOUNT, redirected.headers.get('location') ?? '');
    expect(target.status).toBe(200);
  });

  it('streams an oversize body past 1 MiB', async () => {
    server.setBehaviour('oversize', { oversizeBytes: 2 * 1024 * 1024 });
    const body = await (await post(DEMO_ACCOUNT)).arrayBuffer();
    expect(body.byteLength).toBeGreaterThan(2 * 1024 * 1024);
  });

  it('echoes the password and a fresh token back when asked to', async () => {
    server.setBehaviour('echo-secrets');
    const text = await (await post(DEMO_ACCOUNT)).text();
    expect(text).toContain(DEMO_ACCOUNT.password);
    expect(text).toContain(server.requests[0]?.issuedToken);
  });

  it('closes even while a request hangs, and notes that the client left', async () => {
    server.setBehaviour('hang');
    const controller = new AbortController();
    const pending = fetch(`${server.url}/api/v1/login`, { method: 'POST', body: '{}', signal: controller.signal });
    await expect.poll(() => server.loginCount).toBe(1);
    controller.abort();
    await expect(pending).rejects.toThrow();
    await expect.poll(() => server.requests[0]?.clientClosedEarly).toBe(true);
    expect(server.requests[0]?.status).toBeUndefined();

    const stillHanging = fetch(`${server.url}/api/v1/login`, { method: 'POST', body: '{}' });
    await expect.poll(() => server.loginCount).toBe(2);
    await server.close();
    await expect(stillHanging).rejects.toThrow();
  });
});
