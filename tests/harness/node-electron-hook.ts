// Makes Node's own loader (require and import in node_modules: electron-store, electron-log/main)
// resolve `electron` to the stand-in, and never to the real package, which would try to download Electron.
import { registerHooks } from 'node:module';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { FAKE_ELECTRON_KEY } from './fake-electron';

/** A file that does not exist: the load hook supplies its source. */
const STAND_IN_URL = pathToFileURL(join(import.meta.dirname, 'virtual-electron-stand-in.cjs')).href;
const STAND_IN_SOURCE = `module.exports = globalThis[Symbol.for(${JSON.stringify(FAKE_ELECTRON_KEY.description)})];`;
const REAL_ELECTRON_ENTRY = /\/node_modules\/electron\/index\.js$/;

let installed = false;

/** Installs the resolve/load hooks once per process (Node ≥ 22.15 `module.registerHooks`). */
export function routeNodeElectronToStandIn(): void {
  if (installed) return;
  installed = true;
  registerHooks({
    resolve(specifier, context, nextResolve) {
      if (specifier === 'electron') return { url: STAND_IN_URL, format: 'commonjs', shortCircuit: true };
      return nextResolve(specifier, context);
    },
    load(url, context, nextLoad) {
      if (url === STAND_IN_URL || REAL_ELECTRON_ENTRY.test(url)) {
        return { format: 'commonjs', source: STAND_IN_SOURCE, shortCircuit: true };
      }
      return nextLoad(url, context);
    },
  });
}
