// Builds the `patchworks-token` CLI into out/cli: patchworks-token.cjs (a tiny entry that turns on V8's
// compile cache, then requires its chunks: what `npm link` and a checkout run; CommonJS loads faster than
// ES modules on every call) and patchworks-token-sea.cjs (the
// same program as one CommonJS file, the script the single-executable build embeds; see scripts/build-cli-sea.ts).
import { chmod } from 'node:fs/promises';
import { resolve } from 'node:path';
import { defineConfig, type Plugin } from 'vite';

const root = import.meta.dirname;
const outDir = resolve(root, 'out/cli');
/** The built CLI's entry file name inside the output folder. */
export const CLI_FILE_NAME = 'patchworks-token.cjs';
/** The one-file CommonJS build inside the output folder (the single-executable build's script). */
export const CLI_SEA_SCRIPT_NAME = 'patchworks-token-sea.cjs';

/** Marks the built entry executable, so the package's `bin` entry runs it directly. */
const executable: Plugin = {
  name: 'patchworks-token-executable',
  async writeBundle(options, bundle) {
    if (CLI_FILE_NAME in bundle) await chmod(resolve(options.dir ?? outDir, CLI_FILE_NAME), 0o755);
  },
};

export default defineConfig({
  // Bundle every dependency: the files must run beside a packaged app, outside its asar.
  ssr: { noExternal: true, target: 'node' },
  plugins: [executable],
  build: {
    ssr: resolve(root, 'cli/patchworks-token.ts'),
    outDir,
    emptyOutDir: true,
    target: 'node22',
    minify: true,
    rollupOptions: {
      output: [
        { format: 'cjs', entryFileNames: CLI_FILE_NAME, chunkFileNames: 'patchworks-token-[name]-[hash].cjs', banner: '#!/usr/bin/env node' },
        { format: 'cjs', entryFileNames: CLI_SEA_SCRIPT_NAME, codeSplitting: false },
      ],
    },
  },
});
