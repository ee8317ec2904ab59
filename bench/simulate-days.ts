import { install } from '@sinonjs/fake-timers';
import type { IssuedToken } from '../main/core/login/issued-token';
import { DEFAULT_REFRESH_LEAD_MS } from '../main/core/keeper/refresh-time';
import { TokenKeeper } from '../main/core/keeper/token-keeper';
import { NaiveRefresher } from './naive-refresher';
import { uncoveredMs } from './stats';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const EPOCH = Date.UTC(2026, 10, 2, 7, 0, 0);

/** Which refresher to drive, and whether the machine sleeps 8 h a night (and is told on waking). */
export interface Scenario {
  subject: 'keeper' | 'naive';
  sleep: 'none' | 'nightly-with-resync' | 'nightly-without-resync';
  days: number;
}

/** What a simulated month shows. */
export interface DaysResult {
  loginsPerDay: number;
  wakeUpsPerDay: number;
  /** Minutes per day, while the machine is awake, with no usable token on offer. */
  uncoveredMinutesPerDay: number;
}

interface Subject {
  start(): void;
  resync(): void;
  stop(): void;
  token(): IssuedToken | undefined;
  onChange(listener: () => void): void;
}

function makeSubject(kind: Scenario['subject'], login: () => Promise<IssuedToken>): Subject {
  if (kind === 'keeper') {
    const keeper = new TokenKeeper({ login });
    return {
      start: () => keeper.start(),
      resync: () => keeper.resync(),
      stop: () => keeper.stop(),
      token: () => keeper.state.token,
      onChange: (listener) => void keeper.subscribe(listener),
    };
  }
  const naive = new NaiveRefresher(login, DEFAULT_REFRESH_LEAD_MS);
  return {
    start: () => void naive.start(),
    resync: () => undefined,
    stop: () => naive.stop(),
    token: () => naive.token,
    onChange: (listener) => naive.onChange(listener),
  };
}

/**
 * Drives a refresher over `days` simulated days on a @sinonjs/fake-timers clock, with a fake login that
 * issues 24 h tokens, counting logins and timer callbacks fired (wake-ups). A night's sleep moves the
 * wall clock 8 h without firing timers, as a suspended machine experiences it.
 */
export async function simulateDays(scenario: Scenario): Promise<DaysResult> {
  const clock = install({ now: EPOCH, toFake: ['setTimeout', 'clearTimeout', 'Date'] });
  const fakeSetTimeout = globalThis.setTimeout;
  let wakeUps = 0;
  let logins = 0;
  const counting = (handler: () => void, ms?: number) =>
    fakeSetTimeout(() => {
      wakeUps += 1;
      handler();
    }, ms);
  globalThis.setTimeout = counting as unknown as typeof setTimeout;
  try {
    const login = async (): Promise<IssuedToken> => {
      logins += 1;
      const now = Date.now();
      return { token: `bench-token-${logins}`, issuedAt: new Date(now), expiresAt: new Date(now + DAY) };
    };
    const subject = makeSubject(scenario.subject, login);
    const log: Array<{ at: number; usableUntil: number }> = [];
    subject.onChange(() => {
      log.push({ at: Date.now(), usableUntil: subject.token()?.expiresAt.getTime() ?? Date.now() });
    });
    const awake: Array<[number, number]> = [];
    subject.start();
    for (let day = 0; day < scenario.days; day += 1) {
      const awakeMs = scenario.sleep === 'none' ? DAY : 16 * HOUR;
      awake.push([clock.now, clock.now + awakeMs]);
      await clock.tickAsync(awakeMs);
      if (scenario.sleep !== 'none') {
        clock.setSystemTime(clock.now + 8 * HOUR);
        if (scenario.sleep === 'nightly-with-resync') subject.resync();
        await clock.tickAsync(0);
      }
    }
    subject.stop();
    return {
      loginsPerDay: logins / scenario.days,
      wakeUpsPerDay: wakeUps / scenario.days,
      uncoveredMinutesPerDay: uncoveredMs(log, awake) / 60_000 / scenario.days,
    };
  } finally {
    globalThis.setTimeout = fakeSetTimeout;
    clock.uninstall();
  }
}
