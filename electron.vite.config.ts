import { resolve } from 'node:path';
import { defineConfig } from 'electron-vite';
import { devServerCsp } from './scripts/dev-server-csp';

const root = import.meta.dirname;

export default defineConfig({
  main: {
    // Test-only hooks for the real-Electron lane; false (and compiled out) in every other build.
    define: { __E2E_HOOKS__: JSON.stringify(process.env.PATCHWORKS_E2E_HOOKS === '1') },
    build: {
      outDir: 'out/main',
      rollupOptions: { input: { index: resolve(root, 'main/index.ts') } },
    },
  },
  preload: {
    build: {
      outDir: 'out/preload',
      // A sandboxed preload must be a single CommonJS file.
      rollupOptions: {
        input: { index: resolve(root, 'preload/index.ts') },
        output: { format: 'cjs', entryFileNames: '[name].cjs' },
      },
    },
  },
  renderer: {
    root: resolve(root, 'renderer'),
    plugins: [devServerCsp()],
    build: {
      outDir: resolve(root, 'out/renderer'),
      rollupOptions: { input: { index: resolve(root, 'renderer/index.html') } },
    },
  },
});
