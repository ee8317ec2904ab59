import { defineConfig } from 'vitest/config';

/** The real-Electron lane: run by tests/electron/run-lane.ts, never by the default vitest run. */
export default defineConfig({
  test: {
    root: import.meta.dirname,
    include: ['**/*.e2e.ts'],
    environment: 'node',
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});
