import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { TokenKeeper } from '../../main/core/keeper/token-keeper';
import { login } from '../../main/core/login/login';
import type { KeeperState, KeeperStatus } from '../../main/core/keeper/keeper-state';
import { DEMO_ACCOUNT, startMockServer, type MockServer } from '../mock-server';

let server: MockServer;
let keeper: TokenKeeper | undefined;
const credentials: { email: string; password: string } = { ...DEMO_ACCOUNT };

beforeEach(async () => {
  server = await startMockServer();
  Object.assign(credentials, DEMO_ACCOUNT);
});
afterEach(async () => {
  keeper?.stop();
  keeper = undefined;
  await server.close();
});

/** A keeper on the real login() against the stand-in, using the current `credentials`. */
function realKeeper(): { keeper: TokenKeeper; states: KeeperState[] } {
  const created = new TokenKeeper({
    login: (signal) => login({ baseUrl: server.url, ...credentials, signal }),
  });
  const states: KeeperState[] = [];
  created.subscribe((state) => states.push(state));
  keeper = created;
  return { keeper: created, states };
}

/** Resolves with the first state (current or later) whose status is one of `wanted`. */
function reach(target: TokenKeeper, ...wanted: KeeperStatus[]): Promise<KeeperState> {
  return new Promise((resolve) => {
    if (wanted.includes(target.state.status)) resolve(target.state);
    const unsubscribe = target.subscribe((state) => {
      if (!wanted.includes(state.status)) return;
      unsubscribe();
      resolve(state);
    });
  });
}

describe('TokenKeeper with the real login() and the stand-in server', () => {
  it('goes from start() to valid with the token the server issued, refresh scheduled 30 min before expiry', async () => {
    const { keeper, states } = realKeeper();
    keeper.start();
    const valid = await reach(keeper, 'valid', 'failing', 'needs-sign-in');
    expect(valid.status).toBe('valid');
    expect(server.loginCount).toBe(1);
    expect(valid.token?.token).toBe(server.requests[0]?.issuedToken);
    const expiresAt = valid.token!.expiresAt.getTime();
    expect(expiresAt - valid.token!.issuedAt.getTime()).toBeCloseTo(24 * 3_600_000, -4);
    expect(valid.nextAttemptAt?.getTime()).toBe(expiresAt - 30 * 60_000);
    expect(states.map((s) => s.status)).toEqual(['signing-in', 'valid']);
  });

  it('stops at needs-sign-in on a wrong password, then recovers when asked after the password is fixed', async () => {
    credentials.password = 'not-the-password';
    const { keeper } = realKeeper();
    keeper.start();
    const refused = await reach(keeper, 'needs-sign-in', 'valid', 'failing');
    expect(refused).toMatchObject({ status: 'needs-sign-in', lastError: { kind: 'invalid-credentials' } });
    expect(refused.nextAttemptAt).toBeUndefined();
    credentials.password = DEMO_ACCOUNT.password;
    await keeper.refreshNow();
    expect(keeper.state.status).toBe('valid');
    expect(server.loginCount).toBe(2);
  });

  it('schedules the retry the server asked for on 429', async () => {
    server.setBehaviour('rate-limited', { retryAfterSec: 120 });
    const { keeper } = realKeeper();
    const before = Date.now();
    keeper.start();
    const failing = await reach(keeper, 'failing', 'valid', 'needs-sign-in');
    const after = Date.now();
    expect(failing.lastError?.kind).toBe('rate-limited');
    const next = failing.nextAttemptAt!.getTime();
    expect(next).toBeGreaterThanOrEqual(before + 120_000);
    expect(next).toBeLessThanOrEqual(after + 120_000);
  });

  it('aborts a hanging request on stop(): the server sees the client leave', async () => {
    server.setBehaviour('hang');
    const { keeper, states } = realKeeper();
    keeper.start();
    while (server.loginCount === 0) await new Promise((resolve) => setTimeout(resolve, 5));
    keeper.stop();
    while (!server.requests[0]?.clientClosedEarly) await new Promise((resolve) => setTimeout(resolve, 5));
    expect(keeper.state).toEqual({ status: 'stopped' });
    expect(states.map((s) => s.status)).toEqual(['signing-in', 'stopped']);
  });

  it('lets no secret into its states when the server echoes them back', async () => {
    server.setBehaviour('echo-secrets');
    const { keeper, states } = realKeeper();
    keeper.start();
    const ended = await reach(keeper, 'needs-sign-in', 'failing', 'valid');
    expect(ended.lastError).toBeDefined();
    const echoed = server.requests.map((r) => r.issuedToken).filter((t): t is string => t !== undefined);
    expect(echoed.length).toBeGreaterThan(0);
    const text = states.map((s) => `${s.lastError?.message} ${s.lastError?.stack} ${JSON.stringify(s)}`).join('\n');
    for (const secret of [DEMO_ACCOUNT.password, ...echoed]) expect(text).not.toContain(secret);
  });
});
