/**
 * `npm run test:electron`: the real-Electron lane. Builds main with the test hook, packages the app with
 * build/electron-builder.e2e.yml (release fuses, inspect arguments allowed), runs the *.e2e.ts suite
 * against the packaged executable, then rebuilds out/ without the hook.
 *
 * Exit codes: 0 the suite ran and passed; 1 it failed (or the build did); 3 it could not run here
 * (no Electron binary, or no display): nothing was tested and nothing is reported as passed.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { planDist } from '../../scripts/update-feed';
import { ROOT, findElectronDist, findPackagedExecutable } from './locate-electron';
import { TRAY_HOOK_GLOBAL } from './tray-hook';

/** The exit code for "this lane could not run here". */
const CANNOT_RUN = 3;
const LANE_CONFIG = 'build/electron-builder.e2e.yml';
/** Linux: the script that gives the lane a D-Bus session with GNOME Keyring unlocked. */
const WITH_KEYRING = join(ROOT, 'tests', 'electron', 'with-keyring.sh');

function cannotRun(reason: string, remedy: string): never {
  console.error(`test:electron: NOT RUN — ${reason}\n  ${remedy}\n  No test was run; exit code ${CANNOT_RUN}.`);
  process.exit(CANNOT_RUN);
}

/** True when `command` is on PATH. */
function onPath(command: string): boolean {
  return spawnSync('sh', ['-c', `command -v ${command}`], { stdio: 'ignore' }).status === 0;
}

/**
 * Linux: runs this lane again inside with-keyring.sh (a private D-Bus session with GNOME Keyring
 * unlocked), so stored credentials go through a real Secret Service; returns that run's exit status.
 */
function rerunWithKeyring(): number {
  const missing = ['dbus-run-session', 'dbus-send', 'gnome-keyring-daemon'].filter((command) => !onPath(command));
  if (missing.length > 0) {
    cannotRun(
      `no keyring session here (missing ${missing.join(', ')}).`,
      'Install them: `sudo apt-get install --no-install-recommends dbus-daemon dbus-bin gnome-keyring`.',
    );
  }
  const tsx = join(ROOT, 'node_modules', '.bin', 'tsx');
  return spawnSync(WITH_KEYRING, [tsx, join(ROOT, 'tests', 'electron', 'run-lane.ts')], { cwd: ROOT, stdio: 'inherit' }).status ?? 1;
}

/** Runs a project binary from node_modules/.bin and returns its exit status. */
function run(bin: string, args: string[], env: NodeJS.ProcessEnv = process.env): number {
  const result = spawnSync(join(ROOT, 'node_modules', '.bin', bin), args, {
    cwd: ROOT,
    env,
    stdio: 'inherit',
    shell: process.platform === 'win32',
  });
  return result.status ?? 1;
}

/** Runs a build step; throws when it fails, so the lane stops with exit 1. */
function step(bin: string, args: string[], env?: NodeJS.ProcessEnv): void {
  const status = run(bin, args, env);
  if (status !== 0) throw new Error(`\`${bin} ${args.join(' ')}\` failed (exit ${status}).`);
}

/** True when some file of the main build mentions the test hook. */
function mainHasHook(): boolean {
  const dir = join(ROOT, 'out', 'main');
  return readdirSync(dir).some((name) => readFileSync(join(dir, name), 'utf8').includes(TRAY_HOOK_GLOBAL));
}

/** Builds with the hook, packages the lane build, runs the suite; returns the suite's exit status. */
function buildPackageAndTest(electronDist: string): number {
  step('electron-vite', ['build'], { ...process.env, PATCHWORKS_E2E_HOOKS: '1' });
  if (!mainHasHook()) {
    throw new Error(
      `out/main has no ${TRAY_HOOK_GLOBAL} although PATCHWORKS_E2E_HOOKS=1: main must define it in test builds (tests/electron/README.md).`,
    );
  }
  // The release's GitHub feed needs its owner and repo; the lane's update test points the app at its own feed.
  const feedEnv = planDist({ ...process.env, PATCHWORKS_UPDATE_URL: '' }).env;
  step('electron-builder', ['--dir', '--config', LANE_CONFIG, '--publish', 'never', `-c.electronDist=${electronDist}`], feedEnv);
  const config = parse(readFileSync(join(ROOT, 'electron-builder.yml'), 'utf8')) as { executableName: string };
  const executable = findPackagedExecutable(join(ROOT, 'release', 'e2e'), config.executableName);
  console.log(`test:electron: running the suite against ${executable}`);
  return run('vitest', ['run', '--config', 'tests/electron/vitest.config.ts'], {
    ...process.env,
    E2E_APP_EXECUTABLE: executable,
  });
}

const electronDist = findElectronDist();
if (!electronDist) {
  cannotRun(
    'no Electron binary in node_modules/electron/dist (it is downloaded on demand, and cannot be here).',
    'Where the download host is reachable: `npx install-electron`, then run this again (CI does).',
  );
}
if (process.platform === 'linux' && !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY) {
  cannotRun('no display (DISPLAY is not set).', 'Run it under a virtual display: `xvfb-run -a npm run test:electron`.');
}

if (process.platform === 'linux' && process.env.PATCHWORKS_E2E_KEYRING !== '1') process.exit(rerunWithKeyring());

let status: number;
try {
  status = buildPackageAndTest(electronDist);
} catch (error) {
  console.error(`test:electron: FAILED — ${(error as Error).message}`);
  status = 1;
}
// Leave out/ as a release build, so the hook never reaches `npm run dist` by accident.
const releaseEnv = { ...process.env };
delete releaseEnv.PATCHWORKS_E2E_HOOKS;
if (run('electron-vite', ['build'], releaseEnv) !== 0) {
  console.error('test:electron: rebuilding out/ without the hook failed; run `npm run build` before `npm run dist`.');
  status = 1;
}
process.exit(status);
