import { defineConfig } from 'vitest/config';

/** Suites by kind; `npm test` runs them all, `npm run test:unit` only `unit` (`--project <name>` for another). */
const projects = {
  unit: ['main/**/*.test.ts', 'common/**/*.test.ts'],
  browser: ['tests/browser/**/*.test.ts'],
  packaging: ['tests/packaging/**/*.test.ts'],
  integration: ['tests/**/*.test.ts'],
};

export default defineConfig({
  test: {
    environment: 'node',
    reporters: ['default', './tests/summary-reporter.ts'],
    testTimeout: 20_000,
    hookTimeout: 30_000,
    projects: Object.entries(projects).map(([name, include]) => ({
      extends: true,
      test: { name, include, exclude: name === 'integration' ? [...projects.browser, ...projects.packaging] : [] },
    })),
  },
});
