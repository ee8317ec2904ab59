import { connect, createServer as createNetServer, type Server, type Socket } from 'node:net';
import { describe, expect, it } from 'vitest';
import { login } from '../../main/core/login/login';
import { LoginError, type LoginErrorKind } from '../../main/core/login/login-error';
import { DEMO_ACCOUNT, REDIRECT_TARGET_PATH, type MockBehaviour } from '../mock-server';
import { useMockServer } from '../mock-server/use-mock-server';

const server = useMockServer();

/** Runs login() and returns the LoginError it must reject with. */
async function failure(request: Partial<Parameters<typeof login>[0]> = {}): Promise<LoginError> {
  const outcome = await login({ baseUrl: server().url, ...DEMO_ACCOUNT, ...request }).then(
    () => undefined,
    (error: unknown) => error,
  );
  expect(outcome).toBeInstanceOf(LoginError);
  return outcome as LoginError;
}

/** A TCP server on 0.0.0.0 that counts connections (0.0.0.0 reaches this machine on Linux). */
async function countingServer(): Promise<{ server: Server; port: number; connections: () => number }> {
  let count = 0;
  const tcp = createNetServer((socket: Socket) => {
    count += 1;
    socket.destroy();
  });
  await new Promise<void>((resolve) => tcp.listen(0, '0.0.0.0', resolve));
  const address = tcp.address();
  return { server: tcp, port: typeof address === 'object' && address ? address.port : 0, connections: () => count };
}

describe('login() failures from the answer', () => {
  it('maps a wrong password (the server checks the account) to invalid-credentials', async () => {
    const error = await failure({ password: 'not-the-password' });
    expect(error).toMatchObject({ kind: 'invalid-credentials', status: 401, message: 'Patchworks rejected the email or password' });
  });

  it('maps 403 to invalid-credentials', async () => {
    server().setBehaviour('forbidden');
    expect(await failure()).toMatchObject({ kind: 'invalid-credentials', status: 403 });
  });

  it('turns Laravel 422 errors into fieldErrors', async () => {
    server().setBehaviour('validation-error');
    const error = await failure();
    expect(error).toMatchObject({ kind: 'invalid-credentials', status: 422 });
    expect(error.fieldErrors).toEqual({
      email: ['The email must be a valid email address.'],
      password: ['The password must be at least 8 characters.'],
    });
    expect(error.message).toBe('Patchworks rejected the email or password: The email must be a valid email address.');
  });

  it('reports a missing password via the real 422 of the credential check', async () => {
    const error = await failure({ password: '' });
    expect(error).toMatchObject({ kind: 'invalid-credentials', status: 422, fieldErrors: { password: ['The password field is required.'] } });
  });

  it('reads Retry-After in seconds on 429', async () => {
    server().setBehaviour('rate-limited', { retryAfterSec: 120 });
    const error = await failure();
    expect(error).toMatchObject({ kind: 'rate-limited', status: 429, retryAfterMs: 120_000 });
    expect(error.message).toBe('Patchworks is rate-limiting logins; next try in 2 min or later');
  });

  it('reads Retry-After as an HTTP date on 429', async () => {
    server().setBehaviour('rate-limited-date', { retryAfterSec: 600 });
    const error = await failure();
    expect(error.kind).toBe('rate-limited');
    // An HTTP date has whole seconds, so up to one second of the 600 is lost in transit.
    expect(error.retryAfterMs).toBeLessThanOrEqual(600_000);
    expect(error.retryAfterMs).toBeGreaterThan(590_000);
    expect(error.message).toBe('Patchworks is rate-limiting logins; next try in 10 min or later');
  });

  it.each<[MockBehaviour, number]>([
    ['server-error', 500],
    ['unavailable', 503],
  ])('maps %s to server with its status', async (behaviour, status) => {
    server().setBehaviour(behaviour);
    const error = await failure();
    expect(error).toMatchObject({ kind: 'server', status });
    expect(error.message).toContain(`HTTP ${status}`);
  });

  it('maps an unexpected status (404 under a wrong path) to server', async () => {
    expect(await failure({ baseUrl: `${server().url}/wrong-prefix` })).toMatchObject({ kind: 'server', status: 404 });
  });

  it.each<[MockBehaviour, RegExp]>([
    ['no-token', /without a token/],
    ['malformed-json', /not valid JSON/],
    ['html', /web page/],
  ])('maps %s to bad-response', async (behaviour, message) => {
    server().setBehaviour(behaviour);
    const error = await failure();
    expect(error.kind).toBe('bad-response');
    expect(error.message).toMatch(message);
  });

  it('does not follow a redirect', async () => {
    server().setBehaviour('redirect');
    const error = await failure();
    expect(error).toMatchObject({ kind: 'bad-response', status: 302 });
    expect(server().requests.map((r) => r.path)).not.toContain(REDIRECT_TARGET_PATH);
    expect(server().requests).toHaveLength(1);
  });

  it('refuses a body over 1 MiB and stops reading it', async () => {
    server().setBehaviour('oversize', { oversizeBytes: 64 * 1024 * 1024 });
    const error = await failure();
    expect(error).toMatchObject({ kind: 'bad-response', message: 'Patchworks sent an answer larger than 1 MiB' });
    await expect.poll(() => server().requests[0]?.clientClosedEarly).toBe(true);
  });
});

describe('login() failures to connect', () => {
  it('maps a refused connection to network', async () => {
    const { server: tcp, port } = await countingServer();
    await new Promise<void>((resolve) => tcp.close(() => resolve()));
    const error = await failure({ baseUrl: `http://127.0.0.1:${port}` });
    expect(error.kind).toBe('network');
    expect(error.message).toBe(`Could not reach Patchworks at 127.0.0.1:${port}: the connection was refused`);
  });

  it('maps an unknown host to network', async () => {
    const error = await failure({ baseUrl: 'https://patchworks-stand-in.invalid' });
    expect(error.kind).toBe('network');
    expect(error.message).toContain('the address was not found');
  });

  it('maps a connection dropped by the server to network', async () => {
    server().setBehaviour('reset');
    expect(await failure()).toMatchObject({ kind: 'network', message: expect.stringContaining('dropped') });
  });

  it('maps a failed TLS handshake (https to a plain-http port) to network', async () => {
    const error = await failure({ baseUrl: `https://127.0.0.1:${server().port}` });
    expect(error.kind).toBe('network');
    expect(error.message).toContain('the secure connection failed');
    expect(server().loginCount).toBe(0);
  });

  it('maps a blown budget to timeout and hangs up', async () => {
    server().setBehaviour('hang');
    const error = await failure({ timeoutMs: 200 });
    expect(error).toMatchObject({ kind: 'timeout', message: 'Patchworks did not answer within 1 s' });
    await expect.poll(() => server().requests[0]?.clientClosedEarly).toBe(true);
  });

  it('maps a server slower than the budget to timeout', async () => {
    server().setBehaviour('slow', { delayMs: 5_000 });
    expect((await failure({ timeoutMs: 250 })).kind).toBe('timeout');
  });

  it('maps an abort during the request to aborted', async () => {
    server().setBehaviour('hang');
    const controller = new AbortController();
    const pending = failure({ signal: controller.signal });
    await expect.poll(() => server().loginCount).toBe(1);
    controller.abort();
    expect(await pending).toMatchObject({ kind: 'aborted', message: 'The login was cancelled' });
    await expect.poll(() => server().requests[0]?.clientClosedEarly).toBe(true);
  });

  it('does not connect when the signal is already aborted', async () => {
    expect((await failure({ signal: AbortSignal.abort() })).kind).toBe('aborted');
    expect(server().requests).toHaveLength(0);
  });

  it('rejects a bad budget as a programming error', async () => {
    await expect(login({ baseUrl: server().url, ...DEMO_ACCOUNT, timeoutMs: 0 })).rejects.toThrow(RangeError);
  });
});

describe('login() URL policy', () => {
  it('refuses plain http to a host that is not loopback before connecting', async () => {
    const listener = await countingServer();
    try {
      // Control: 0.0.0.0 does reach the listener, so a client that ignored the policy would connect.
      await new Promise<void>((resolve, reject) => {
        const socket = connect(listener.port, '0.0.0.0', () => {
          socket.destroy();
          resolve();
        });
        socket.on('error', reject);
      });
      await expect.poll(listener.connections).toBe(1);
      const error = await failure({ baseUrl: `http://0.0.0.0:${listener.port}` });
      expect(error.kind).toBe('insecure-url');
      expect(error.message).toContain('must start with https://');
      expect(listener.connections()).toBe(1);
    } finally {
      await new Promise<void>((resolve) => listener.server.close(() => resolve()));
    }
  });

  it.each<[string, LoginErrorKind]>([
    ['http://svc-fabric.pwks.co', 'insecure-url'],
    ['ftp://127.0.0.1', 'insecure-url'],
    ['http://[::ffff:127.0.0.1]', 'insecure-url'],
    ['not a url', 'insecure-url'],
  ])('refuses %s without a request', async (baseUrl, kind) => {
    expect((await failure({ baseUrl })).kind).toBe(kind);
    expect(server().requests).toHaveLength(0);
  });

  it('allows http to any 127.0.0.0/8 address (127.0.0.2 connects and is refused)', async () => {
    const error = await failure({ baseUrl: `http://127.0.0.2:${server().port}` });
    expect(error.kind).toBe('network');
  });
});
