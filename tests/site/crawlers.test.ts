/**
 * What the build writes for crawlers and for copies, with and without the
 * site's address (CONFREF_SITE): robots.txt, the sitemap, and the hint in
 * the "Copy as" menu when copied links can only be relative.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { stripVTControlCharacters } from 'node:util';
import { fromHtml } from 'hast-util-from-html';
import { selectAll } from 'hast-util-select';
import { toString } from 'hast-util-to-string';
import { describe, expect, inject, it } from 'vitest';
import { listFiles } from '../helpers/dist.ts';

const sites = inject('sites');

const copyHints = (dist: string, path: string) =>
  selectAll('.confref-copy-as .confref-copy-hint', fromHtml(readFileSync(join(dist, path), 'utf8'))).map((hint) => toString(hint));

describe('without the site address (bundled content at /, xss fixture at /x/)', () => {
  const { dist } = sites.default;
  // Astro colours its log where it thinks a terminal reads it (CI=true does): compare the text.
  const log = stripVTControlCharacters(sites.default.log);

  it('robots.txt opens every page and names no sitemap; no sitemap is written, and the build does not warn about it', () => {
    expect(readFileSync(join(dist, 'robots.txt'), 'utf8')).toBe('User-agent: *\nAllow: /\n');
    expect(listFiles(dist).filter((file) => /sitemap/i.test(relative(dist, file)))).toEqual([]);
    expect(log).toContain('[build] Complete!');
    expect(log.split('\n').filter((line) => /sitemap/i.test(line))).toEqual([]);
  });

  it('the "Copy as" menu says that the links in the copies start at the site root, in each language', () => {
    expect(copyHints(dist, 'en/groups/state.backend/index.html')).toEqual(['Copied links start with “/”, so they work only on this site.']);
    expect(copyHints(dist, 'zh/groups/state.backend/index.html')).toEqual(['复制的链接以 “/” 开头，只在本站内有效。']);
    expect(copyHints(dist, 'en/options/state.backend.fs.memory-threshold/index.html')).toEqual([
      'Copied links start with “/”, so they work only on this site.',
    ]);
    // Under a base path, the hint names it.
    const xss = sites.xss.dist;
    const group = listFiles(join(xss, 'en/groups')).find((file) => file.endsWith('index.html'))!;
    expect(copyHints(xss, relative(xss, group))).toEqual(['Copied links start with “/x/”, so they work only on this site.']);
  });
});

describe('with the site address (fixture content at https://wiki.example.com/wiki/flink/)', () => {
  const { dist, site, base } = sites.fixture;
  const root = `${site}${base}`;

  it('robots.txt names the sitemap index at the site address', () => {
    expect(readFileSync(join(dist, 'robots.txt'), 'utf8')).toBe(
      `User-agent: *\nAllow: /\n\nSitemap: https://wiki.example.com/wiki/flink/sitemap-index.xml\n`,
    );
  });

  it('the sitemap lists every page of the site, each with its other language, and no embed page', () => {
    const index = readFileSync(join(dist, 'sitemap-index.xml'), 'utf8');
    expect([...index.matchAll(/<loc>([^<]*)<\/loc>/g)].map((match) => match[1])).toEqual([`${root}sitemap-0.xml`]);
    const sitemap = readFileSync(join(dist, 'sitemap-0.xml'), 'utf8');
    const listed = [...sitemap.matchAll(/<url><loc>([^<]*)<\/loc>/g)].map((match) => decodeURI(match[1]!)).sort();
    const pages = listFiles(dist)
      .map((file) => relative(dist, file).split('\\').join('/'))
      // Not the embed pages, nor the "page not found" pages (@astrojs/sitemap leaves out 404 routes).
      .filter((path) => path.endsWith('index.html') && !path.startsWith('embed/') && !/(?:^|\/)404\/index\.html$/.test(path))
      .map((path) => `${root}${path.slice(0, -'index.html'.length)}`)
      .sort();
    expect(pages.length).toBeGreaterThan(50);
    expect(listed).toEqual(pages);
    expect(existsSync(join(dist, 'embed/en/search/index.html'))).toBe(true);
    // Each page names its other-language version.
    expect(sitemap).toContain(
      `<url><loc>${root}en/options/state.backend.async/</loc><xhtml:link rel="alternate" hreflang="en" href="${root}en/options/state.backend.async/"/><xhtml:link rel="alternate" hreflang="zh-CN" href="${root}zh/options/state.backend.async/"/></url>`,
    );
  });

  it('the "Copy as" menu has no hint: the links in the copies are absolute', () => {
    expect(copyHints(dist, 'en/groups/embed.card/index.html')).toEqual([]);
    expect(copyHints(dist, 'zh/options/embed.card.payload/index.html')).toEqual([]);
    expect(readFileSync(join(dist, 'en/groups/embed.card/index.html'), 'utf8')).toContain(`${root}en/options/embed.card.long/`);
  });
});
