/**
 * Two builds of the same content give byte-identical output: the fixture
 * site (versions, translations, odd keys, embeds, the site address set) is
 * built again here and compared, file by file, with the global set-up's build.
 * The second build renders every code block, snippet tab set and sidebar
 * afresh (CONFREF_CODE_CACHE=0) and one page at a time, so the comparison also
 * shows that the build's caches (lib/caches/code-cache.ts, the reused tabs of
 * lib/caches/fill-panels.ts, the shared sidebar of lib/caches/render-once.ts) and
 * rendering two pages at a time (astro.config's build.concurrency) change nothing.
 */
import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { buildSite, root } from '../helpers/astro.ts';
import { listFiles } from '../helpers/dist.ts';

const { dist, base, site } = inject('sites').fixture;

describe('reproducible builds', () => {
  it('a second build of the fixture site, without the build caches and a page at a time, is byte-identical to the first', () => {
    const env = { CONFREF_CODE_CACHE: '0', CONFREF_BUILD_CONCURRENCY: '1' };
    const again = buildSite({ content: join(root, 'tests/fixtures/site'), base, site, env }).dist;
    const files = (folder: string) => listFiles(folder).map((file) => relative(folder, file));
    expect(files(again)).toEqual(files(dist));
    const different = files(dist).filter((file) => !readFileSync(join(dist, file)).equals(readFileSync(join(again, file))));
    expect(different).toEqual([]);
  });
});
