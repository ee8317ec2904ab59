// Run first by `npm start`, `npm run dev` and `npm run dist`: makes sure the Electron binary (or, for
// packaging, its release zip) can be had, and otherwise says in the project's words what to do.
// Plain JavaScript: it must never `require('electron')`, which starts a download and, when that fails,
// advises deleting node_modules/electron (which breaks the type check).
import { spawnSync } from 'node:child_process';
import { lookup } from 'node:dns/promises';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { homedir } from 'node:os';
import { dirname, join } from 'node:path';

const RELEASE_HOST = 'https://github.com/electron/electron/releases/download/';
const forPackaging = process.argv.includes('--for-packaging');
const electronDir = dirname(createRequire(import.meta.url).resolve('electron/package.json'));
const { version } = JSON.parse(readFileSync(join(electronDir, 'package.json'), 'utf8'));
const zipName = `electron-v${version}-${process.platform}-${process.arch}.zip`;
const mirror = process.env.ELECTRON_MIRROR || process.env.npm_config_electron_mirror || RELEASE_HOST;

/** The unpacked binary `require('electron')` would return, honouring ELECTRON_OVERRIDE_DIST_PATH as Electron does. */
function binaryPath() {
  const pathFile = join(electronDir, 'path.txt');
  const relative = existsSync(pathFile) ? readFileSync(pathFile, 'utf8').trim() : undefined;
  const override = process.env.ELECTRON_OVERRIDE_DIST_PATH;
  if (override) return join(override, relative || 'electron');
  return relative ? join(electronDir, 'dist', relative) : undefined;
}

/** @electron/get's cache folder: `electron_config_cache`, else the per-platform default. */
function cacheRoot() {
  if (process.env.electron_config_cache) return process.env.electron_config_cache;
  if (process.platform === 'darwin') return join(homedir(), 'Library', 'Caches', 'electron');
  if (process.platform === 'win32') return join(process.env.LOCALAPPDATA || join(homedir(), 'AppData', 'Local'), 'electron', 'Cache');
  return join(process.env.XDG_CACHE_HOME || join(homedir(), '.cache'), 'electron');
}

/** True when this version's release zip already sits in the cache (one folder per download URL). */
function zipIsCached() {
  const root = cacheRoot();
  try {
    return readdirSync(root).some((folder) => existsSync(join(root, folder, zipName)));
  } catch {
    return false;
  }
}

/** Resolves the download host within 5 s, or says why not. */
async function hostProblem() {
  const host = new URL(mirror).hostname;
  const timeout = new Promise((done) => setTimeout(() => done(`no answer from DNS for ${host} within 5 s`), 5000).unref());
  const answer = lookup(host).then(() => undefined, (error) => `${host} cannot be resolved (${error.code ?? error.message})`);
  return Promise.race([answer, timeout]);
}

/** Prints what happened and what to do, then exits 1. */
function explain(happened) {
  const script = process.env.npm_lifecycle_event;
  const command = !script ? 'the command' : script === 'start' ? 'npm start' : `npm run ${script}`;
  const what = forPackaging ? `the Electron ${version} release zip (${zipName})` : `the Electron ${version} binary`;
  process.stderr.write(
    [
      `Electron is not available: ${happened}.`,
      `${forPackaging ? 'Packaging' : 'Running the app'} needs ${what}; it is fetched from Electron's release host`,
      `(${mirror}) the first time, and this machine could not get it. To fix it, one of:`,
      `  - connect to the network and run ${command} again;`,
      '  - point ELECTRON_MIRROR at a reachable mirror of the releases, e.g.',
      `      ELECTRON_MIRROR=https://npmmirror.com/mirrors/electron/ ${command}`,
      `  - copy Electron's download cache from a machine that has run \`npx install-electron\` (it holds`,
      `    ${zipName} in a sub-folder) and set electron_config_cache=/that/cache (looked in ${cacheRoot()}).`,
      'No Electron binary is needed for `npm test`, and `npm run demo` shows the app working without one.',
      '',
    ].join('\n'),
  );
  process.exit(1);
}

const binary = binaryPath();
if (forPackaging || !binary || !existsSync(binary)) {
  if (!zipIsCached()) {
    const problem = await hostProblem();
    if (problem) explain(`${forPackaging ? 'its release zip is not cached' : 'the binary was never downloaded'} and ${problem}`);
  }
  if (!forPackaging) {
    // Electron's own installer: uses the cache or the mirror, verifies checksums, writes path.txt.
    const install = spawnSync(process.execPath, [join(electronDir, 'install.js')], { stdio: ['ignore', 'inherit', 'pipe'], encoding: 'utf8' });
    const failure = install.status === 0 ? undefined : (install.stderr.split('\n').find((line) => line.trim() !== '') ?? `exit ${install.status}`);
    if (failure) explain(`downloading it failed (${failure.trim()})`);
  }
}
