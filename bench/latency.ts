import got from 'got';
import { TokenKeeper } from '../main/core/keeper/token-keeper';
import { login } from '../main/core/login/login';
import { DEMO_ACCOUNT, LOGIN_PATH, type MockServer } from '../tests/mock-server';

/** Milliseconds from `start()` until the keeper reports `valid`, against `server`. */
export async function keeperStartMs(server: MockServer): Promise<number> {
  const keeper = new TokenKeeper({ login: (signal) => login({ baseUrl: server.url, ...DEMO_ACCOUNT, signal }) });
  const began = performance.now();
  const settled = new Promise<void>((resolve, reject) => {
    keeper.subscribe((state) => {
      if (state.status === 'valid') resolve();
      else if (state.lastError) reject(new Error(`keeper did not get a token: ${state.lastError.message}`));
    });
  });
  keeper.start();
  try {
    await settled;
    return performance.now() - began;
  } finally {
    keeper.stop();
  }
}

/** Milliseconds for one bare `got` POST of the same login to `server`, JSON body parsed. */
export async function bareGotMs(server: MockServer): Promise<number> {
  const began = performance.now();
  await got.post(new URL(LOGIN_PATH, server.url), {
    json: DEMO_ACCOUNT,
    headers: { accept: 'application/json' },
    responseType: 'json',
  });
  return performance.now() - began;
}

/** Runs both measurements `rounds` times, alternating which goes first, after `warmUp` unrecorded rounds. */
export async function compareStartLatency(
  server: MockServer,
  rounds: number,
  warmUp: number,
): Promise<{ keeper: number[]; bare: number[] }> {
  const keeper: number[] = [];
  const bare: number[] = [];
  for (let round = -warmUp; round < rounds; round += 1) {
    const keeperFirst = round % 2 === 0;
    const first = keeperFirst ? await keeperStartMs(server) : await bareGotMs(server);
    const second = keeperFirst ? await bareGotMs(server) : await keeperStartMs(server);
    if (round < 0) continue;
    keeper.push(keeperFirst ? first : second);
    bare.push(keeperFirst ? second : first);
  }
  return { keeper, bare };
}
