// `npm run bench`: the token keeper's speed and frugality targets, the whole app's timer wake-ups and the CLI's call time, printed plainly.
import { availableParallelism, loadavg } from 'node:os';
import { startMockServer } from '../tests/mock-server';
import { compareCliLatency } from './cli-latency';
import { compareStartLatency } from './latency';
import { simulateAppDays } from './simulate-app-days';
import { simulateDays, type Scenario } from './simulate-days';
import { median } from './stats';

const ROUNDS = 500;
const WARM_UP = 50;
const DAYS = 30;
const CLI_ROUNDS = 40;
const CLI_WARM_UP = 4;
const CLI_TARGET = 1.3;

const verdict = (ok: boolean) => (ok ? 'PASS' : 'MISS');
const fixed = (value: number, digits = 2) => value.toFixed(digits);

async function latencySection(): Promise<boolean> {
  const server = await startMockServer();
  try {
    const { keeper, bare } = await compareStartLatency(server, ROUNDS, WARM_UP);
    const keeperMedian = median(keeper);
    const bareMedian = median(bare);
    const ratio = keeperMedian / bareMedian;
    console.log(`(a) start() until valid vs one bare got POST, loopback stand-in, ${ROUNDS} alternating runs each after ${WARM_UP} warm-up rounds`);
    console.log(`    keeper median   ${fixed(keeperMedian, 3)} ms`);
    console.log(`    bare got median ${fixed(bareMedian, 3)} ms   (baseline)`);
    console.log(`    ratio           ${fixed(ratio, 3)}   target <= 1.2   ${verdict(ratio <= 1.2)}`);
    return ratio <= 1.2;
  } finally {
    await server.close();
  }
}

async function daysSection(): Promise<boolean> {
  console.log(`(b) ${DAYS} simulated days, 24 h tokens, @sinonjs/fake-timers clock; nightly = 8 h suspend per day`);
  console.log('    scenario                          logins/day  wake-ups/day  awake min/day without token');
  const scenarios: Array<[string, Scenario]> = [
    ['keeper, always awake', { subject: 'keeper', sleep: 'none', days: DAYS }],
    ['keeper, nightly sleep + resync', { subject: 'keeper', sleep: 'nightly-with-resync', days: DAYS }],
    ['keeper, nightly sleep, no resync', { subject: 'keeper', sleep: 'nightly-without-resync', days: DAYS }],
    ['(c) baseline: one long timer, awake', { subject: 'naive', sleep: 'none', days: DAYS }],
    ['(c) baseline: one long timer, nightly', { subject: 'naive', sleep: 'nightly-with-resync', days: DAYS }],
  ];
  let first: Awaited<ReturnType<typeof simulateDays>> | undefined;
  for (const [label, scenario] of scenarios) {
    const result = await simulateDays(scenario);
    first ??= result;
    console.log(
      `    ${label.padEnd(37)} ${fixed(result.loginsPerDay, 3).padStart(8)}  ${fixed(result.wakeUpsPerDay, 1).padStart(12)}  ${fixed(result.uncoveredMinutesPerDay, 1).padStart(12)}`,
    );
  }
  const logins = first?.loginsPerDay ?? Number.POSITIVE_INFINITY;
  const wakeUps = first?.wakeUpsPerDay ?? Number.POSITIVE_INFINITY;
  console.log(`    keeper logins/day   ${fixed(logins, 3)}   target <= 1.05   ${verdict(logins <= 1.05)}`);
  console.log(`    keeper wake-ups/day ${fixed(wakeUps, 1)}   target <= 150    ${verdict(wakeUps <= 150)}`);
  return logins <= 1.05 && wakeUps <= 150;
}

/** Target for the whole app's timer wake-ups per day (keeper, tray, notifications, clipboard, update checks). */
const APP_WAKE_UPS_TARGET = 200;

async function appSection(): Promise<boolean> {
  console.log(`(d) whole app, ${DAYS} simulated days awake: keeper + tray + notifications + clipboard (one copy a day, cleared after 30 s) + update checks`);
  const app = await simulateAppDays(DAYS, 'on-change');
  const polling = await simulateAppDays(DAYS, 'every-minute');
  const parts = (result: typeof app) =>
    Object.entries(result.perPart).map(([name, n]) => `${name} ${fixed(n, 1)}`).join(', ');
  const ratio = app.wakeUpsPerDay / polling.wakeUpsPerDay;
  console.log(`    tray on text change  ${fixed(app.wakeUpsPerDay, 1).padStart(7)} wake-ups/day  (${parts(app)})`);
  console.log(`    tray every minute    ${fixed(polling.wakeUpsPerDay, 1).padStart(7)} wake-ups/day  (${parts(polling)})   (baseline)`);
  console.log(`    ratio                ${fixed(ratio, 3)}`);
  console.log(`    app wake-ups/day     ${fixed(app.wakeUpsPerDay, 1)}   target <= ${APP_WAKE_UPS_TARGET}   ${verdict(app.wakeUpsPerDay <= APP_WAKE_UPS_TARGET)}`);
  return app.wakeUpsPerDay <= APP_WAKE_UPS_TARGET;
}

async function cliSection(): Promise<boolean> {
  const { cli, bare, floor } = await compareCliLatency(CLI_ROUNDS, CLI_WARM_UP);
  const [cliMedian, bareMedian, floorMedian] = [median(cli), median(bare), median(floor)];
  const ratio = cliMedian / bareMedian;
  console.log(`(e) patchworks-token (built bundle) asking a live channel vs node -e 0, ${CLI_ROUNDS} rotating runs each after ${CLI_WARM_UP} warm-up rounds`);
  console.log(`    patchworks-token median ${fixed(cliMedian, 1)} ms`);
  console.log(`    node -e 0 median        ${fixed(bareMedian, 1)} ms   (baseline)`);
  console.log(`    channel floor median    ${fixed(floorMedian, 1)} ms   (node connecting and reading the greeting only), ratio ${fixed(floorMedian / bareMedian, 3)}`);
  console.log(`    ratio                   ${fixed(ratio, 3)}   target <= ${CLI_TARGET}   ${verdict(ratio <= CLI_TARGET)}`);
  return ratio <= CLI_TARGET;
}

const [load1] = loadavg();
console.log(`machine: ${availableParallelism()} CPUs, load average ${load1?.toFixed(1)} (latency medians are noisy when it exceeds the CPU count)`);
const latencyOk = await latencySection();
const daysOk = await daysSection();
const appOk = await appSection();
const cliOk = await cliSection();
console.log(latencyOk && daysOk && appOk && cliOk ? 'bench: all targets PASS' : 'bench: some targets MISSED (see MISS above)');
