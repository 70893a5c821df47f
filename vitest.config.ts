import { defineConfig } from 'vitest/config';

/**
 * Three tiers, each a Vitest project (`npm run test:unit`, `test:site`, `test:e2e`; `npm test` runs all):
 * - `unit`: the library and the CLI, no site build;
 * - `site`: the built sites as files (tests/global-setup.ts builds them);
 * - `e2e`: Chromium over the built sites and `astro dev`.
 * `site` and `e2e` share one set of site builds per run.
 *
 * `unit` and `site` run two files at a time (Vitest's default leaves one core idle on a two-core machine). `e2e` runs
 * after them (its own `groupOrder`), one file at a time: `astro dev` (e2e/dev) and the second build of
 * site/determinism both use the project's `.astro` folder, so they must never overlap, and two Chromiums on two cores
 * made each browser file two to three times slower (layout 68 s → 205 s), for no gain in all.
 */
export default defineConfig({
  test: {
    testTimeout: 60_000,
    hookTimeout: 120_000,
    maxWorkers: 2,
    // What a page shows after its scripts run (search results, a check's findings) can take more than Vitest's default
    // second while another test file loads the other core.
    expect: { poll: { timeout: 10_000 } },
    reporters: ['default', './tests/summary-reporter.ts'],
    projects: [
      { extends: true, test: { name: 'unit', include: ['tests/unit/**/*.test.ts'] } },
      { extends: true, test: { name: 'site', include: ['tests/site/**/*.test.ts'], globalSetup: ['./tests/global-setup.ts'] } },
      {
        extends: true,
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.test.ts'],
          globalSetup: ['./tests/global-setup.ts'],
          sequence: { groupOrder: 1 },
          maxWorkers: 1,
        },
      },
    ],
  },
});
