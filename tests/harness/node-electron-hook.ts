// Makes Node's own loader (require and import: electron-store, electron-log/main, and main/ itself in `npm run demo`)
// resolve `electron` to the stand-in, and never to the real package, which would try to download Electron.
import { registerHooks } from 'node:module';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { FAKE_ELECTRON_KEY } from './fake-electron';

/** For require: a real file exporting the stand-in. For import: a file that does not exist, whose source the load hook writes. */
const STAND_IN_URL = pathToFileURL(join(import.meta.dirname, 'electron-stand-in.cjs')).href;
const STAND_IN_ESM_URL = pathToFileURL(join(import.meta.dirname, 'virtual-electron-stand-in.mjs')).href;
const STAND_IN_EXPRESSION = `globalThis[Symbol.for(${JSON.stringify(FAKE_ELECTRON_KEY.description)})]`;
const STAND_IN_SOURCE = `module.exports = ${STAND_IN_EXPRESSION};`;

/** ESM source with a named export per stand-in member, so `import { app } from 'electron'` links in plain Node. */
function esmStandInSource(): string {
  const names = Object.keys((globalThis as Record<symbol, object>)[FAKE_ELECTRON_KEY] ?? {});
  return `const electron = ${STAND_IN_EXPRESSION};\nexport default electron;\nexport const { ${names.join(', ')} } = electron;\n`;
}
const REAL_ELECTRON_ENTRY = /\/node_modules\/electron\/index\.js$/;

let installed = false;

/** Installs the resolve/load hooks once per process (Node ≥ 22.15 `module.registerHooks`). */
export function routeNodeElectronToStandIn(): void {
  if (installed) return;
  installed = true;
  registerHooks({
    resolve(specifier, context, nextResolve) {
      if (specifier === 'electron') {
        return context.conditions.includes('import')
          ? { url: STAND_IN_ESM_URL, format: 'module', shortCircuit: true }
          : { url: STAND_IN_URL, format: 'commonjs', shortCircuit: true };
      }
      return nextResolve(specifier, context);
    },
    load(url, context, nextLoad) {
      if (url === STAND_IN_ESM_URL) return { format: 'module', source: esmStandInSource(), shortCircuit: true };
      if (REAL_ELECTRON_ENTRY.test(url)) {
        return { format: 'commonjs', source: STAND_IN_SOURCE, shortCircuit: true };
      }
      return nextLoad(url, context);
    },
  });
}
