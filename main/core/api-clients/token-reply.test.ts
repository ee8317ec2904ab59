import { describe, expect, it } from 'vitest';
import type { KeeperListener, KeeperState } from '../keeper/keeper-state';
import { tokenSourceFromKeepers, type ReadableKeeper } from '../script-access/keeper-token-source';
import type { TokenSource } from '../script-access/token-source';
import { tokenReply } from './token-reply';

/** A keeper surface whose state the test sets; `subscribe` delivers each change as the real keeper does. */
class SettableKeeper implements ReadableKeeper {
  readonly #listeners = new Set<KeeperListener>();
  constructor(public state: KeeperState) {}
  subscribe(listener: KeeperListener): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }
  set(state: KeeperState): void {
    this.state = state;
    for (const listener of [...this.#listeners]) listener(state);
  }
}

const HOUR = 3_600_000;
const token = (value: string) => ({ token: value, issuedAt: new Date(), expiresAt: new Date(Date.now() + HOUR) });

function source(entries: Record<string, SettableKeeper>): TokenSource {
  return tokenSourceFromKeepers(() =>
    Object.entries(entries).map(([name, keeper]) => ({ name, environment: 'custom', baseUrl: `https://${name.toLowerCase()}.example`, keeper })),
  );
}

const never = new AbortController().signal;

describe('tokenReply', () => {
  it('answers 200 with token, authorization, expiresAt, profile and baseUrl; the default profile without a name', async () => {
    const demo = new SettableKeeper({ status: 'valid', token: token('tok-demo') });
    const ops = new SettableKeeper({ status: 'valid', token: token('tok-ops') });
    const tokens = source({ demo, Ops: ops });
    expect(await tokenReply(undefined, tokens, never)).toEqual({
      status: 200,
      body: { token: 'tok-demo', authorization: 'Bearer tok-demo', expiresAt: demo.state.token?.expiresAt.toISOString(), profile: 'demo', baseUrl: 'https://demo.example' },
    });
    expect(await tokenReply('OPS', tokens, never)).toMatchObject({ status: 200, body: { token: 'tok-ops', profile: 'Ops', baseUrl: 'https://ops.example' } });
  });

  it('answers 404 naming the profiles for an unknown one, and for none at all', async () => {
    const tokens = source({ demo: new SettableKeeper({ status: 'idle' }), Ops: new SettableKeeper({ status: 'idle' }) });
    expect(await tokenReply('staging', tokens, never)).toEqual({
      status: 404,
      body: { error: 'unknown-profile', message: 'No profile named "staging" (profiles: demo, Ops)', profiles: ['demo', 'Ops'] },
    });
    expect(await tokenReply(undefined, source({}), never)).toMatchObject({ status: 404, body: { profiles: [] } });
  });

  it('answers 409 with the reason when signed out or when the sign-in was refused', async () => {
    expect(await tokenReply(undefined, source({ demo: new SettableKeeper({ status: 'stopped' }) }), never)).toMatchObject({
      status: 409,
      body: { error: 'signed-out', message: 'Not signed in to Patchworks Token Tray', profile: 'demo' },
    });
  });

  it('waits for a login in flight and answers with its token', async () => {
    const demo = new SettableKeeper({ status: 'signing-in' });
    const reply = tokenReply(undefined, source({ demo }), never);
    demo.set({ status: 'valid', token: token('tok-new') });
    expect(await reply).toMatchObject({ status: 200, body: { token: 'tok-new' } });
  });

  it('stops waiting when the client leaves, answering with what there is', async () => {
    const left = new AbortController();
    const reply = tokenReply(undefined, source({ demo: new SettableKeeper({ status: 'signing-in' }) }), left.signal);
    left.abort();
    expect(await reply).toMatchObject({ status: 409, body: { error: 'pending' } });
  });
});
