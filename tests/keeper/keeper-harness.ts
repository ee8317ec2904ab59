import { vi } from 'vitest';
import type { KeeperState } from '../../main/core/keeper/keeper-state';
import { TokenKeeper, type TokenKeeperOptions } from '../../main/core/keeper/token-keeper';
import { FakeLogin } from './fake-login';

/** Units for readable simulated time. */
export const SEC = 1_000;
export const MIN = 60 * SEC;
export const HOUR = 60 * MIN;
export const DAY = 24 * HOUR;

/** The simulated wall clock every keeper test starts from. */
export const EPOCH = Date.UTC(2026, 10, 2, 9, 0, 0);

/** A keeper on a fake login, with every published state recorded. */
export interface KeeperRig {
  keeper: TokenKeeper;
  fake: FakeLogin;
  states: KeeperState[];
}

/** Installs fake timers at `EPOCH` (call in beforeEach; vi.useRealTimers in afterEach). */
export function useSimulatedClock(): void {
  vi.useFakeTimers({ now: EPOCH });
}

/** Builds a keeper on a fresh FakeLogin and records its states. */
export function rig(options: Partial<TokenKeeperOptions> = {}, fake = new FakeLogin()): KeeperRig {
  const keeper = new TokenKeeper({ login: fake.login, random: () => 0.5, ...options });
  const states: KeeperState[] = [];
  keeper.subscribe((state) => states.push(state));
  return { keeper, fake, states };
}

/** Lets pending promise callbacks run without moving the clock. */
export async function settle(): Promise<void> {
  await vi.advanceTimersByTimeAsync(0);
}

/** Milliseconds between consecutive login calls. */
export function gaps(fake: FakeLogin): number[] {
  return fake.calls.slice(1).map((call, i) => call.at - (fake.calls[i]?.at ?? 0));
}
