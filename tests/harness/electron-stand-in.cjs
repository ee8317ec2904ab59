// What `require('electron')` gets under the harness: the process-wide stand-in (fake-electron.ts keeps it
// under this global symbol). A real file, so loaders that read CommonJS from disk (tsx in `npm run demo`) find it.
module.exports = globalThis[Symbol.for('patchworks-token-tray.fake-electron')];
