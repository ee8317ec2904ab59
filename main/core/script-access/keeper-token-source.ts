import { isExpired } from '../login/issued-token';
import type { KeeperState } from '../keeper/keeper-state';
import { sessionStatus } from '../keeper/session-status';
import type { TokenKeeper } from '../keeper/token-keeper';
import type { ProfileAnswer, ProfileEndpoint, TokenAnswer, TokenSource } from './token-source';

/** The keeper surface the script-access channel reads: state and changes, never `refreshNow()`. */
export type ReadableKeeper = Pick<TokenKeeper, 'state' | 'subscribe'>;

/** What a keeper in `state` can hand out at `nowMs`, with its status. */
export function answerFromKeeper(state: KeeperState, nowMs: number): ProfileAnswer {
  return { ...tokenAnswerOf(state, nowMs), status: sessionStatus(state) };
}

/** What a keeper in `state` can hand out at `nowMs`. */
function tokenAnswerOf(state: KeeperState, nowMs: number): { answer: TokenAnswer; settling: boolean } {
  const inFlight = state.status === 'signing-in' || state.status === 'refreshing';
  const token = state.token;
  if (token && !isExpired(token, nowMs)) {
    return { answer: { kind: 'token', token: token.token, expiresAt: token.expiresAt }, settling: inFlight };
  }
  switch (state.status) {
    case 'signing-in':
    case 'refreshing':
      return { answer: { kind: 'pending', message: 'Patchworks Token Tray is signing in' }, settling: true };
    case 'failing':
      return { answer: { kind: 'pending', message: `No token yet: ${failureReason(state)}` }, settling: true };
    case 'expired':
      return { answer: { kind: 'expired', message: `The token expired and refreshing it fails: ${failureReason(state)}` }, settling: true };
    case 'valid':
      return { answer: { kind: 'expired', message: 'The token expired; a refresh is due' }, settling: true };
    case 'needs-sign-in':
      return { answer: { kind: 'signed-out', message: `Sign in again in Patchworks Token Tray: ${failureReason(state)}` }, settling: false };
    case 'idle':
    case 'stopped':
      return { answer: { kind: 'signed-out', message: 'Not signed in to Patchworks Token Tray' }, settling: false };
  }
}

/** The keeper's last error message (written for people, secret-free), or a generic reason. */
function failureReason(state: KeeperState): string {
  return state.lastError?.message ?? 'the login did not succeed';
}

/** Resolves at the keeper's next state change or when `signal` aborts. */
export function nextKeeperChange(keeper: ReadableKeeper, signal: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    if (signal.aborted) return resolve();
    const done = (): void => {
      unsubscribe();
      signal.removeEventListener('abort', done);
      resolve();
    };
    const unsubscribe = keeper.subscribe(done);
    signal.addEventListener('abort', done, { once: true });
  });
}

/** One named profile's keeper and endpoint, as a multi-profile `TokenSource` reads it. */
export interface NamedKeeper extends ProfileEndpoint {
  keeper: ReadableKeeper;
}

/**
 * A `TokenSource` over the keepers `list()` returns now (the default profile first), read on every
 * request so added, renamed and removed profiles count at once. State and subscribe only: never a login.
 */
export function tokenSourceFromKeepers(list: () => readonly NamedKeeper[]): TokenSource {
  const find = (profile: string): ReadableKeeper | undefined => list().find((entry) => entry.name === profile)?.keeper;
  return {
    profiles: () => list().map(({ name, environment, baseUrl }) => ({ name, environment, baseUrl })),
    current: (profile) => {
      const keeper = find(profile);
      return keeper && answerFromKeeper(keeper.state, Date.now());
    },
    nextChange: async (profile, signal) => {
      const keeper = find(profile);
      if (keeper) await nextKeeperChange(keeper, signal);
    },
  };
}

/** A one-profile `TokenSource` for `endpoint` over a real `TokenKeeper` (state and subscribe only). */
export function tokenSourceFromKeeper(endpoint: ProfileEndpoint, keeper: ReadableKeeper): TokenSource {
  return tokenSourceFromKeepers(() => [{ ...endpoint, keeper }]);
}
