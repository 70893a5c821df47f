/**
 * Two builds of the same content give byte-identical output: the fixture
 * site (versions, translations, odd keys, embeds, the site address set) is
 * built again here and compared, file by file, with the global set-up's build.
 * The second build renders every code block, snippet tab set and sidebar
 * afresh (CONFREF_CODE_CACHE=0) and one page at a time, so the comparison also
 * shows that the build's caches (lib/caches/code-cache.ts, the reused tabs of
 * lib/caches/fill-panels.ts, the shared sidebar of lib/caches/render-once.ts) and
 * rendering two pages at a time (astro.config's build.concurrency) change nothing.
 *
 * Then the page cache (Astro's incremental build, lib/caches/page-key.ts), which the global set-up's builds leave
 * off: a second build of unchanged content copies every page, byte-identical to the pages rendered; a note edit
 * renders them all again.
 */
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { stripVTControlCharacters } from 'node:util';
import { describe, expect, inject, it } from 'vitest';
import { buildSite, root } from '../helpers/astro.ts';
import { listFiles } from '../helpers/dist.ts';

const { dist, base, site } = inject('sites').fixture;
const content = join(root, 'tests/fixtures/site');
const files = (folder: string) => listFiles(folder).map((file) => relative(folder, file));
const differing = (a: string, b: string) => files(a).filter((file) => !readFileSync(join(a, file)).equals(readFileSync(join(b, file))));

/** The pages a build log lists as copied from the last build, and those it rendered (Astro logs each with its time). */
function pagesIn(log: string): { copied: string[]; rendered: string[] } {
  // Astro colours its log where the environment asks for it (FORCE_COLOR, a CI): without the colours.
  const lines = stripVTControlCharacters(log)
    .split('\n')
    .filter((line) => line.includes('├─') || line.includes('└─'));
  const page = (line: string) => /[├└]─ (\S+)/.exec(line)![1]!;
  return {
    copied: lines.filter((line) => / \((?:restored|cached)\)/.test(line)).map(page),
    rendered: lines.filter((line) => / \(\+\d+(?:\.\d+)?m?s\)/.test(line)).map(page),
  };
}

describe('reproducible builds', () => {
  it('a second build of the fixture site, without the build caches and a page at a time, is byte-identical to the first', () => {
    const env = { CONFREF_CODE_CACHE: '0', CONFREF_BUILD_CONCURRENCY: '1' };
    const again = buildSite({ content, base, site, env }).dist;
    expect(files(again)).toEqual(files(dist));
    expect(differing(dist, again)).toEqual([]);
  });
});

describe('the page cache', () => {
  // A page at a time: Astro logs a page's path before rendering it, so with two at once two paths can share a line.
  const withPageCache = { CONFREF_PAGE_CACHE: '1', CONFREF_BUILD_CONCURRENCY: '1' };
  // One output folder, as `npm run build` has: Astro's hash of a page's code names the output folder (its
  // astro:assets module), so a page is copied only from a build into the same folder.
  const out = mkdtempSync(join(tmpdir(), 'confref-page-cache-'));

  it('a second build of unchanged content copies every page that lists its routes, byte-identical to pages rendered', () => {
    buildSite({ content, base, site, env: withPageCache, dist: out });
    const second = buildSite({ content, base, site, env: withPageCache, dist: out });
    const { copied, rendered } = pagesIn(second.log);
    // Every option, group, note, embed, API and oEmbed file comes from the cache…
    expect(copied).toContain('/en/options/state.backend.async/index.html');
    expect(copied.filter((page) => page.startsWith('/embed/')).length).toBeGreaterThan(0);
    expect(rendered.filter((page) => /^\/(?:en|zh)\/(?:v\/[^/]+\/)?(?:options|groups|notes)\//.test(page))).toEqual([]);
    expect(rendered.filter((page) => /^\/(?:embed|oembed)\//.test(page) || /^\/api\/(?:en|zh)\//.test(page))).toEqual([]);
    // … and the output is the pages a build without it renders.
    expect(files(second.dist)).toEqual(files(dist));
    expect(differing(dist, second.dist)).toEqual([]);
  });

  it('after a note is edited, every page is rendered again and shows the edit', () => {
    const edited = mkdtempSync(join(tmpdir(), 'confref-edited-'));
    cpSync(content, edited, { recursive: true });
    buildSite({ content: edited, base, site, env: withPageCache, dist: out });
    const note = join(edited, 'ops.md');
    writeFileSync(
      note,
      readFileSync(note, 'utf8').replace('Whether snapshots are asynchronous.', 'Whether snapshots are taken in the background.'),
    );
    const after = buildSite({ content: edited, base, site, env: withPageCache, dist: out });
    const { copied, rendered } = pagesIn(after.log);
    expect(copied).toEqual([]);
    expect(rendered).toContain('/en/options/state.backend.async/index.html');
    const page = readFileSync(join(after.dist, 'en/options/state.backend.async/index.html'), 'utf8');
    expect(page).toContain('Whether snapshots are taken in the background.');
    expect(page).not.toContain('Whether snapshots are asynchronous.');
  });
});
