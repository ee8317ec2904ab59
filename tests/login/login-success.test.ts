import { describe, expect, it } from 'vitest';
import { jwtDecode } from 'jwt-decode';
import { login } from '../../main/core/login/login';
import { DEMO_ACCOUNT, type SuccessBehaviour } from '../mock-server';
import { useMockServer } from '../mock-server/use-mock-server';

const DAY_MS = 86_400_000;
const server = useMockServer();

const signIn = (baseUrl = server().url) => login({ baseUrl, ...DEMO_ACCOUNT });
const expOf = (token: string): number => (jwtDecode(token).exp ?? NaN) * 1000;
const lastIssued = (): string | undefined => server().requests.at(-1)?.issuedToken;

describe('login() success shapes', () => {
  it('sends POST /api/v1/login with JSON credentials and Accept: application/json', async () => {
    await signIn();
    expect(server().requests).toHaveLength(1);
    expect(server().requests[0]).toMatchObject({
      method: 'POST',
      path: '/api/v1/login',
      accept: 'application/json',
      email: DEMO_ACCOUNT.email,
      passwordCorrect: true,
    });
    expect(server().requests[0]?.contentType).toMatch(/^application\/json/);
  });

  const shapes: Array<[SuccessBehaviour, 'expires_in' | 'expires_at' | 'jwt' | 'default']> = [
    ['token', 'expires_in'],
    ['access-token', 'expires_in'],
    ['data-token', 'expires_in'],
    ['data-access-token', 'expires_at'],
    ['expires-at-iso', 'expires_at'],
    ['expires-at-seconds', 'expires_at'],
    ['expires-at-ms', 'expires_at'],
    ['jwt-exp-only', 'jwt'],
    ['opaque-token', 'default'],
  ];
  it.each(shapes)('reads the token and expiry of the %s shape (expiry from %s)', async (shape, source) => {
    server().setBehaviour(shape, { lifetimeSec: 7200 });
    const issued = await signIn();
    expect(issued.token).toBe(lastIssued());
    const lifetime = issued.expiresAt.getTime() - issued.issuedAt.getTime();
    if (source === 'default') expect(lifetime).toBe(DAY_MS);
    else if (source === 'jwt') expect(issued.expiresAt.getTime()).toBe(expOf(issued.token));
    else if (source === 'expires_in') expect(lifetime).toBe(7_200_000);
    else {
      // expires_at is stamped by the server just before the client receives it: at most a little under 2 h.
      expect(lifetime).toBeLessThanOrEqual(7_200_000);
      expect(lifetime).toBeGreaterThan(7_100_000);
    }
  });

  it('hands out a different token on each login', async () => {
    const first = await signIn();
    const second = await signIn();
    expect(first.token).not.toBe(second.token);
  });

  it.each(['', '/', '//'])('ignores trailing slashes on the base URL (%j)', async (suffix) => {
    await signIn(`${server().url}${suffix}`);
    expect(server().requests.map((r) => r.path)).toEqual(['/api/v1/login']);
  });

  it('keeps a path prefix of the base URL', async () => {
    await expect(signIn(`${server().url}/proxy/`)).rejects.toMatchObject({ kind: 'server', status: 404 });
    expect(server().requests.map((r) => r.path)).toEqual(['/proxy/api/v1/login']);
  });

  it('accepts plain http to localhost', async () => {
    const issued = await signIn(`http://localhost:${server().port}`);
    expect(issued.token).toBe(lastIssued());
  });

  it('waits for a slow server within the budget', async () => {
    server().setBehaviour('slow', { delayMs: 300 });
    const issued = await login({ baseUrl: server().url, ...DEMO_ACCOUNT, timeoutMs: 10_000 });
    expect(issued.token).toBe(lastIssued());
  });
});

describe('login() expiry rules', () => {
  const lifetimeOf = async (): Promise<{ lifetime: number; expiresAt: number; jwtExp: number }> => {
    const issued = await signIn();
    return {
      lifetime: issued.expiresAt.getTime() - issued.issuedAt.getTime(),
      expiresAt: issued.expiresAt.getTime(),
      jwtExp: expOf(issued.token),
    };
  };

  it('prefers expires_in over expires_at and the JWT', async () => {
    server().setBehaviour('token', { lifetimeSec: 3600, fields: { expires_in: 600, expires_at: Date.now() + 2 * 3_600_000 } });
    expect((await lifetimeOf()).lifetime).toBe(600_000);
  });

  it('reads expires_in sent as a numeric string', async () => {
    server().setBehaviour('token', { fields: { expires_in: '5400' } });
    expect((await lifetimeOf()).lifetime).toBe(5_400_000);
  });

  it('believes exactly 31 days but not more', async () => {
    server().setBehaviour('token', { lifetimeSec: 3600, fields: { expires_in: 31 * 86_400 } });
    expect((await lifetimeOf()).lifetime).toBe(31 * DAY_MS);
    server().setBehaviour('token', { lifetimeSec: 3600, fields: { expires_in: 31 * 86_400 + 1 } });
    const result = await lifetimeOf();
    expect(result.expiresAt).toBe(result.jwtExp);
  });

  it('falls through a past expires_in to expires_at', async () => {
    const at = Date.now() + 2 * 3_600_000;
    server().setBehaviour('token', { lifetimeSec: 3600, fields: { expires_in: -60, expires_at: new Date(at).toISOString() } });
    expect((await lifetimeOf()).expiresAt).toBe(at);
  });

  it.each([
    ['epoch seconds', (at: number) => Math.floor(at / 1000), (at: number) => Math.floor(at / 1000) * 1000],
    ['epoch milliseconds', (at: number) => at, (at: number) => at],
    ['ISO 8601', (at: number) => new Date(at).toISOString(), (at: number) => at],
  ])('reads expires_at as %s', async (_name, encode, expected) => {
    const at = Date.now() + 3 * 3_600_000;
    server().setBehaviour('expires-at-ms', { fields: { expires_at: encode(at) } });
    expect((await lifetimeOf()).expiresAt).toBe(expected(at));
  });

  it('falls through a past expires_at to the JWT exp claim', async () => {
    server().setBehaviour('expires-at-seconds', { lifetimeSec: 5000, fields: { expires_at: 946_684_800 } });
    const result = await lifetimeOf();
    expect(result.expiresAt).toBe(result.jwtExp);
  });

  it('falls through an expires_at over 31 days ahead to the JWT exp claim', async () => {
    server().setBehaviour('expires-at-iso', { lifetimeSec: 5000, fields: { expires_at: new Date(Date.now() + 40 * DAY_MS).toISOString() } });
    const result = await lifetimeOf();
    expect(result.expiresAt).toBe(result.jwtExp);
  });

  it('ignores an unreadable expires_at', async () => {
    server().setBehaviour('expires-at-iso', { lifetimeSec: 5000, fields: { expires_at: 'next tuesday' } });
    const result = await lifetimeOf();
    expect(result.expiresAt).toBe(result.jwtExp);
  });

  it('uses 24 hours when the only expiry, the JWT exp, is over 31 days ahead', async () => {
    server().setBehaviour('jwt-exp-only', { lifetimeSec: 40 * 86_400 });
    expect((await lifetimeOf()).lifetime).toBe(DAY_MS);
  });

  it('refuses a token whose only expiry, the JWT exp, is already past, and says to check the clock', async () => {
    server().setBehaviour('jwt-exp-only', { lifetimeSec: -60 });
    const error = await signIn().then(
      () => undefined,
      (failure: unknown) => failure,
    );
    expect(error).toMatchObject({ kind: 'bad-response' });
    expect((error as Error).message).toMatch(/already expired.*clock/);
  });

  it.each([
    ['ahead', 3 * 3600],
    ['behind', -3 * 3600],
  ])('corrects the JWT exp and expires_at by the Date header when the server clock is 3 h %s', async (_name, clockOffsetSec) => {
    for (const behaviour of ['jwt-exp-only', 'expires-at-seconds'] as const) {
      server().setBehaviour(behaviour, { lifetimeSec: 7200, clockOffsetSec });
      const { lifetime } = await lifetimeOf();
      // Two hours on the server's clock are two hours on ours (less the whole seconds the Date header drops).
      expect(lifetime).toBeGreaterThan(7_200_000 - 2_000);
      expect(lifetime).toBeLessThanOrEqual(7_200_000 + 1_000);
    }
  });

  it('accepts a UTF-8 byte order mark before the JSON', async () => {
    server().setBehaviour('token', { bom: true, lifetimeSec: 3600 });
    const issued = await signIn();
    expect(issued.token).toBe(lastIssued());
    expect(issued.expiresAt.getTime() - issued.issuedAt.getTime()).toBe(3_600_000);
  });

  it('trims whitespace around the token rather than finding none', async () => {
    server().setBehaviour('opaque-token', { fields: { token: '  \topaque-7f3a9c2e41b84d0f \n' } });
    expect((await signIn()).token).toBe('opaque-7f3a9c2e41b84d0f');
  });

  it('needs no correction for expires_in, which is relative', async () => {
    server().setBehaviour('token', { lifetimeSec: 7200, clockOffsetSec: 5 * 3600 });
    expect((await lifetimeOf()).lifetime).toBe(7_200_000);
  });
});
