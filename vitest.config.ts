import { defineConfig } from 'vitest/config';

/**
 * Three tiers, each a Vitest project (`npm run test:unit`, `test:site`, `test:e2e`; `npm test` runs all):
 * - `unit`: the library and the CLI, no site build;
 * - `site`: the built sites as files (tests/global-setup.ts builds them);
 * - `e2e`: Chromium over the built sites and `astro dev`.
 * `site` and `e2e` share one set of site builds per run.
 */
export default defineConfig({
  test: {
    testTimeout: 60_000,
    hookTimeout: 120_000,
    reporters: ['default', './tests/summary-reporter.ts'],
    projects: [
      { extends: true, test: { name: 'unit', include: ['tests/unit/**/*.test.ts'] } },
      { extends: true, test: { name: 'site', include: ['tests/site/**/*.test.ts'], globalSetup: ['./tests/global-setup.ts'] } },
      { extends: true, test: { name: 'e2e', include: ['tests/e2e/**/*.test.ts'], globalSetup: ['./tests/global-setup.ts'] } },
    ],
  },
});
