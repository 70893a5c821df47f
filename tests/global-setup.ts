/**
 * Builds the site once for all site and browser tests (Astro builds share
 * caches in the project, so they run one after the other, here):
 * - `default`: the bundled content at base `/`;
 * - `fixture`: tests/fixtures/site at base `/wiki/flink/` (fallbacks, odd keys, a sub-path),
 *   with the site's address set (absolute URLs in oEmbed, the JSON API and copied tables);
 * - `xss`: tests/fixtures/xss at base `/x/` (script payloads in every place a note can hold them: each
 *   front-matter field, titles from headings, group names, versions, keys, tables, prose; and a long description);
 * - `hostile`: tests/fixtures/hostile and random notes (tests/helpers/random-notes.ts) in one
 *   folder, with a short parse budget: notes that crash, hang or garble, built as one site;
 * - `teamNotes`: tests/fixtures/team-notes, notes written the way teams write them;
 * - `overlapping`: tests/fixtures/overlapping-notes, team notes that define the same keys, agreeing and not.
 */
import { cpSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { randomNote } from './helpers/random-notes.ts';
import type { ProvidedContext } from 'vitest';
import type { TestProject } from 'vitest/node';
import { buildSite, root } from './helpers/astro.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    sites: {
      default: { dist: string; log: string };
      fixture: { dist: string; log: string; base: string; site: string };
      xss: { dist: string; log: string; base: string };
      hostile: { dist: string; log: string; base: string; content: string; randomNotes: number; budgetMs: number };
      teamNotes: { dist: string; log: string; base: string };
      overlapping: { dist: string; log: string; base: string };
    };
  }
}

type Sites = ProvidedContext['sites'];

// The `site` and `e2e` projects both list this setup; the sites are built once per run, for whichever comes first.
const built = Symbol.for('confref.test.sites');
const scope = globalThis as typeof globalThis & { [built]?: Sites };

export default function setup(project: TestProject): void {
  // `CONFREF_UNIT_ONLY=1 npx vitest run tests/unit` skips the builds when only unit tests run.
  if (process.env['CONFREF_UNIT_ONLY'] === '1') return;
  project.provide('sites', (scope[built] ??= buildSites()));
}

function buildSites(): Sites {
  const fixtureBase = '/wiki/flink/';
  const fixtureSite = 'https://wiki.example.com';
  return {
    default: buildSite(),
    fixture: {
      ...buildSite({ content: join(root, 'tests/fixtures/site'), base: fixtureBase, site: fixtureSite }),
      base: fixtureBase,
      site: fixtureSite,
    },
    xss: { ...buildSite({ content: join(root, 'tests/fixtures/xss'), base: '/x/' }), base: '/x/' },
    hostile: buildHostile(),
    teamNotes: { ...buildSite({ content: join(root, 'tests/fixtures/team-notes'), base: '/team/' }), base: '/team/' },
    overlapping: { ...buildSite({ content: join(root, 'tests/fixtures/overlapping-notes'), base: '/o/' }), base: '/o/' },
  };
}

/** The hostile fixtures beside random notes (a fixed seed, so a failure can be rebuilt), built as one site. */
function buildHostile() {
  const content = mkdtempSync(join(tmpdir(), 'confref-hostile-'));
  cpSync(join(root, 'tests/fixtures/hostile'), content, { recursive: true });
  const notes = fc.sample(randomNote, { seed: 14, numRuns: 40 });
  notes.forEach((text, index) => writeFileSync(join(content, `random-${String(index).padStart(2, '0')}.md`), text));
  // The slowest fixtures take 30 s and more to parse: a short budget stops them.
  const budgetMs = 3000;
  const site = buildSite({ content, base: '/h/', env: { CONFREF_PARSE_BUDGET_MS: String(budgetMs) } });
  return { ...site, base: '/h/', content, randomNotes: notes.length, budgetMs };
}
