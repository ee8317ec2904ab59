import { createServer as createNetServer } from 'node:net';
import { inspect } from 'node:util';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { buildProfileSnapshot } from '../../main/core/app/status-view';
import { login } from '../../main/core/login/login';
import { LoginError } from '../../main/core/login/login-error';
import { failureBehaviours, startMockServer, type MockBehaviour, type MockServer } from '../mock-server';

const EMAIL = 'hygiene@patchworks.test';
const PASSWORD = 'Pw-Hygiene-7f3a9c-Ünïcode';

let server: MockServer;
let closedPort: number;
beforeAll(async () => {
  server = await startMockServer({ accounts: [{ email: EMAIL, password: PASSWORD }] });
  const tcp = createNetServer();
  await new Promise<void>((resolve) => tcp.listen(0, '127.0.0.1', resolve));
  const address = tcp.address();
  closedPort = typeof address === 'object' && address ? address.port : 0;
  await new Promise<void>((resolve) => tcp.close(() => resolve()));
});
afterAll(() => server.close());
beforeEach(() => server.clearRequests());

/** Every way a LoginError can be printed: message, stack, JSON, and an inspect that shows hidden fields and the cause chain. */
function renderings(error: LoginError): string[] {
  const chain: unknown[] = [];
  for (let link: unknown = error; link !== undefined && chain.length < 10; link = (link as Error).cause) chain.push(link);
  return [
    error.message,
    error.stack ?? '',
    JSON.stringify(error),
    String(error),
    inspect(error, { depth: Infinity, showHidden: true }),
    ...chain.flatMap((link) => (link instanceof Error ? [link.message, link.stack ?? '', JSON.stringify(link)] : [inspect(link)])),
  ];
}

async function failWith(request: Partial<Parameters<typeof login>[0]>): Promise<LoginError> {
  const error = await login({ baseUrl: server.url, email: EMAIL, password: PASSWORD, timeoutMs: 300, ...request }).then(
    () => undefined,
    (failure: unknown) => failure,
  );
  expect(error).toBeInstanceOf(LoginError);
  return error as LoginError;
}

function expectNoSecrets(error: LoginError): void {
  const secrets = [PASSWORD, ...server.requests.flatMap((r) => (r.issuedToken ? [r.issuedToken] : []))];
  for (const text of renderings(error)) {
    for (const secret of secrets) expect(text).not.toContain(secret);
  }
}

describe('login() secret hygiene', () => {
  const answeredBehaviours: MockBehaviour[] = failureBehaviours.filter((behaviour) => behaviour !== 'hang');

  it.each(answeredBehaviours)('keeps the password and tokens out of the %s error', async (behaviour) => {
    server.setBehaviour(behaviour, { oversizeBytes: 2 * 1024 * 1024 });
    expectNoSecrets(await failWith({}));
  });

  it('redacts the password and token a server echoes back, keeping the rest of its field errors', async () => {
    server.setBehaviour('echo-secrets');
    const error = await failWith({});
    expect(server.requests[0]?.issuedToken).toMatch(/^eyJ/);
    expect(error.fieldErrors).toEqual({
      password: ['The password "[redacted]" is incorrect.'],
      token: ['Token [redacted] was revoked.'],
    });
    expectNoSecrets(error);
  });

  it('keeps got error objects (which hold the request body) out of timeout, network and abort errors', async () => {
    server.setBehaviour('hang');
    const errors = [
      await failWith({}),
      await failWith({ baseUrl: `http://127.0.0.1:${closedPort}` }),
      await failWith({ baseUrl: `https://127.0.0.1:${server.port}` }),
      await failWith({ signal: AbortSignal.abort() }),
    ];
    expect(errors.map((e) => e.kind)).toEqual(['timeout', 'network', 'network', 'aborted']);
    for (const error of errors) {
      expectNoSecrets(error);
      for (const text of renderings(error)) expect(text).not.toContain(EMAIL);
    }
    expect(errors[0]?.cause).toMatchObject({ name: 'TimeoutError', message: 'ETIMEDOUT' });
  });

  it('keeps an issued token out of a later failure', async () => {
    server.setBehaviour('token');
    const issued = await login({ baseUrl: server.url, email: EMAIL, password: PASSWORD });
    server.setBehaviour('unauthorized');
    const error = await failWith({});
    for (const text of renderings(error)) expect(text).not.toContain(issued.token);
  });
});

describe('login() with hostile server text', () => {
  const TRICKY = 'Tr1cky&<"pass\'> wörd+/';

  it('redacts HTML-escaped, URL-encoded and case-changed echoes of the password, and base64 tokens with + and /', async () => {
    server.setBehaviour('echo-disguised');
    const error = await failWith({ password: TRICKY, timeoutMs: 15_000 });
    const token = server.requests.at(-1)?.issuedToken ?? '';
    expect(token).toMatch(/[+/]/);
    const echoes = [TRICKY, TRICKY.toUpperCase(), TRICKY.toLowerCase(), encodeURIComponent(TRICKY), TRICKY.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`)];
    const shown = JSON.stringify({ message: error.message, fieldErrors: error.fieldErrors });
    for (const secret of [...echoes, token, token.slice(1, -1)]) expect(shown).not.toContain(secret);
    expect(error.fieldErrors).toEqual({
      password: ['Got [redacted].', 'Got [redacted].'],
      password_confirmation: ['Got [redacted].', 'Got [redacted].'],
      session: ['Session [redacted] was revoked.'],
    });
  });

  it('keeps a bounded part of a 900 KB answer with 5,000 field errors', async () => {
    server.setBehaviour('flood-errors');
    const error = await failWith({ timeoutMs: 15_000 });
    expect(error.kind).toBe('invalid-credentials');
    expect(Object.keys(error.fieldErrors ?? {}).length).toBeGreaterThan(0);
    expect(error.message.length).toBeLessThanOrEqual(300);
    // What every status push carries of it: the profile's snapshot with this error as lastError.
    const pushed = buildProfileSnapshot({
      profile: { id: 'p1', name: 'Work', environment: 'custom', customBaseUrl: server.url, email: EMAIL },
      isDefault: true,
      keeper: { status: 'needs-sign-in', lastError: error },
      passwordStored: false,
    });
    expect(JSON.stringify(pushed).length).toBeLessThan(4_096);
  });
});
