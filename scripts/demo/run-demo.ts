// `npm run demo [-- --no-browser]`: the real app (main/index.ts) in a terminal, on the electron stand-in,
// against the stand-in server; optionally its settings page in the system's Chromium.
import { install } from '@sinonjs/fake-timers';
import { join } from 'node:path';
import { scriptAccessPathsForThisUser } from '../../main/core/script-access/script-access-paths';
import { removeAppDirs } from '../../tests/harness/app-dirs';
import { electron } from '../../tests/harness/fake-electron';
import { until } from '../../tests/harness/until';
import { DEMO_ACCOUNT, startMockServer } from '../../tests/mock-server';
import { requestLogLine } from '../../tests/mock-server/request-log-line';
import { DEMO_KEYS, KEYS_HELP, type DemoAction } from './demo-keys';
import { DemoSession } from './demo-session';
import { launchInNode } from './launch-in-node';
import { chromiumProblem, openSettingsInChromium } from './settings-in-chromium';

/** How far `s` moves the wall clock: past the 24-hour token's expiry. */
const SLEEP_MS = (24 * 60 + 5) * 60_000;
const say = (text: string): void => void process.stdout.write(`${text}\n`);

// Only Date is faked (advancing in real time), so `s` can jump the wall clock as a sleeping laptop sees it;
// every timer, socket and file stays real.
const clock = install({ now: Date.now(), toFake: ['Date'], shouldAdvanceTime: true });
const server = await startMockServer({ onRequestDone: (record) => say(`Stand-in server: ${requestLogLine(record)}`) });
say(`Stand-in Patchworks server on ${server.url} (demo account ${DEMO_ACCOUNT.email}).`);
const dirs = await launchInNode();
const session = new DemoSession();
const print = (): void => session.changes().forEach((block) => say(block));

const signIn = await session.invoke('signIn', {
  profileId: null, name: 'demo', ...DEMO_ACCOUNT, environment: 'custom', customBaseUrl: server.url,
});
if (!signIn.ok) throw new Error(`The demo sign-in failed: ${signIn.error.message}`);
const access = await session.invoke('savePreferences', { scriptAccessEnabled: true });
if (!access.ok) throw new Error(`Turning on script access failed: ${access.error.message}`);
print();

// The settings page in the system's Chromium when there is one (and a display); the demo works without it.
const browserProblem = process.argv.includes('--no-browser') ? '--no-browser' : chromiumProblem();
let closeBrowser: (() => Promise<void>) | undefined;
if (browserProblem) {
  electron.BrowserWindow.getAllWindows()[0]?.close();
  say(`Settings page: not opened (${browserProblem}).`);
} else {
  closeBrowser = await openSettingsInChromium(session).catch((error: unknown) => {
    say(`Settings page: Chromium did not start (${error instanceof Error ? error.message.split('\n')[0] : String(error)}).`);
    return undefined;
  });
  if (closeBrowser) say('Settings page: open in Chromium, talking to this app through the settings window\'s IPC.');
}

const cli = join(import.meta.dirname, '..', '..', 'out', 'cli', 'patchworks-token.cjs');
const dirEnv = process.env.PATCHWORKS_TOKEN_DIR ? `PATCHWORKS_TOKEN_DIR=${process.env.PATCHWORKS_TOKEN_DIR} ` : '';
say(`Signed in as ${DEMO_ACCOUNT.email}; script access is on (socket ${scriptAccessPathsForThisUser().socketPath}).`);
say(`From another shell: ${dirEnv}node ${cli} --header`);
say(KEYS_HELP);
const watcher = setInterval(print, 200);

let quitting = false;
/** Runs one key's action; returns once its immediate effect is printed. */
async function act(action: DemoAction): Promise<void> {
  switch (action) {
    case 'copy-token':
    case 'copy-header':
      if (!session.click(action)) say(`(${action === 'copy-token' ? 'Copy token' : 'Copy Authorization header'} is disabled right now)`);
      return;
    case 'refresh':
      if (!session.click('refresh-now')) say('(Refresh now is disabled right now)');
      return;
    case 'sleep':
      say('Sleeping: the wall clock jumps 24 h 5 min, past the token’s expiry; then the computer resumes.');
      electron.powerMonitor.emit('suspend');
      clock.setSystemTime(Date.now() + SLEEP_MS);
      electron.powerMonitor.emit('resume');
      return;
    case 'quit':
      if (quitting) return;
      quitting = true;
      say('Quitting from the tray menu…');
      session.click('quit');
      await until(() => electron.app.hasQuit, 'the app to quit');
      clearInterval(watcher);
      await closeBrowser?.();
      print();
      await server.close();
      await removeAppDirs(dirs);
      clock.uninstall();
      say('The app quit cleanly.');
      process.exit(0);
  }
}

if (process.stdin.isTTY) process.stdin.setRawMode(true);
process.stdin.setEncoding('utf8');
process.stdin.on('data', (keys: string) => {
  for (const key of keys) {
    if (key === '\n' || key === '\r' || key === ' ') continue;
    const action = DEMO_KEYS[key.toLowerCase()];
    if (action) void act(action).catch((error: unknown) => say(`That did not work: ${error instanceof Error ? error.message : String(error)}`));
    else say(KEYS_HELP);
  }
});
process.stdin.on('end', () => void act('quit'));
// Ctrl-C reaches a raw-mode terminal as a key (above); with piped input it arrives as SIGINT, and a
// terminal closing or `kill` as SIGTERM: each quits through the tray menu too, so nothing is left behind.
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => void act('quit'));
