/**
 * Two builds of the same content give byte-identical output: the fixture
 * site (versions, translations, odd keys, embeds, the site address set) is
 * built again here and compared, file by file, with the global set-up's build.
 * The second build renders every code block afresh (CONFREF_CODE_CACHE=0), so
 * the comparison also shows the code-block cache (lib/site/code-cache.ts) changes nothing.
 */
import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { buildSite, root } from '../helpers/astro.ts';
import { listFiles } from '../helpers/dist.ts';

const { dist, base, site } = inject('sites').fixture;

describe('reproducible builds', () => {
  it('a second build of the fixture site, without the code-block cache, is byte-identical to the first', () => {
    const again = buildSite({ content: join(root, 'tests/fixtures/site'), base, site, env: { CONFREF_CODE_CACHE: '0' } }).dist;
    const files = (folder: string) => listFiles(folder).map((file) => relative(folder, file));
    expect(files(again)).toEqual(files(dist));
    const different = files(dist).filter((file) => !readFileSync(join(dist, file)).equals(readFileSync(join(again, file))));
    expect(different).toEqual([]);
  });
});
