/**
 * Builds the site once for all site and browser tests (Astro builds share
 * caches in the project, so they run one after the other, here):
 * - `default`: the bundled content at base `/`;
 * - `fixture`: tests/fixtures/site at base `/wiki/flink/` (fallbacks, odd keys, a sub-path),
 *   with the site's address set (absolute URLs in oEmbed, the JSON API and copied tables);
 * - `xss`: tests/fixtures/xss at base `/x/` (script payloads in every place a note can hold them: each
 *   front-matter field, titles from headings, group names, versions, keys, tables, prose; and a long description).
 */
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { buildSite, root } from './helpers/astro.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    sites: { default: { dist: string; log: string }; fixture: { dist: string; log: string; base: string; site: string }; xss: { dist: string; log: string; base: string } };
  }
}

export default function setup(project: TestProject): void {
  // `CONFREF_UNIT_ONLY=1 npx vitest run tests/unit` skips the builds when only unit tests run.
  if (process.env['CONFREF_UNIT_ONLY'] === '1') return;
  const fixtureBase = '/wiki/flink/';
  const fixtureSite = 'https://wiki.example.com';
  project.provide('sites', {
    default: buildSite(),
    fixture: { ...buildSite({ content: join(root, 'tests/fixtures/site'), base: fixtureBase, site: fixtureSite }), base: fixtureBase, site: fixtureSite },
    xss: { ...buildSite({ content: join(root, 'tests/fixtures/xss'), base: '/x/' }), base: '/x/' },
  });
}
