// Builds the `patchworks-token` CLI into one self-contained Node file: out/cli/patchworks-token.mjs.
import { chmod } from 'node:fs/promises';
import { resolve } from 'node:path';
import { defineConfig, type Plugin } from 'vite';

const root = import.meta.dirname;
const outDir = resolve(root, 'out/cli');
/** The built CLI's file name inside the output folder. */
export const CLI_FILE_NAME = 'patchworks-token.mjs';

/** Marks the built file executable, so the package's `bin` entry runs it directly. */
const executable: Plugin = {
  name: 'patchworks-token-executable',
  async writeBundle(options) {
    await chmod(resolve(options.dir ?? outDir, CLI_FILE_NAME), 0o755);
  },
};

export default defineConfig({
  // Bundle every dependency (zod, atomically): the file must run beside a packaged app, outside its asar.
  ssr: { noExternal: true, target: 'node' },
  plugins: [executable],
  build: {
    ssr: resolve(root, 'cli/patchworks-token.ts'),
    outDir,
    emptyOutDir: true,
    target: 'node20',
    minify: false,
    rollupOptions: { output: { format: 'es', entryFileNames: CLI_FILE_NAME, banner: '#!/usr/bin/env node' } },
  },
});
