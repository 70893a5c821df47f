/**
 * The sitemap, and robots.txt that names it.
 *
 * Starlight adds @astrojs/sitemap itself unless the config already has an
 * integration of that name (@astrojs/starlight `dist/index.js`, its
 * `astro:config:setup` hook), and that one lists every page and warns on every
 * build without the site's address. `sitemap` takes its place: with the
 * address (CONFREF_SITE), @astrojs/sitemap as Starlight sets it up (each page's
 * other-language versions as alternates) but without the embed pages; without
 * it, no sitemap and no warning: a sitemap must give absolute URLs.
 */
import sitemapIntegration from '@astrojs/sitemap';
import type { AstroIntegration } from 'astro';
import { htmlLang } from '../i18n/html-lang.ts';
import { DEFAULT_LOCALE, LOCALES } from '../locale/locales.ts';
import { paths, withBase } from '../urls/paths.ts';

/**
 * Whether a page (its absolute URL) belongs in the sitemap: not the embed pages, which are parts of pages for other
 * sites' iframes, `noindex` (layouts/Embed.astro).
 */
export function inSitemap(page: string, root: string): boolean {
  return !page.startsWith(`${root.replace(/\/?$/, '')}/embed/`);
}

/** The sitemap integration for a site at `site` (or none) under `base`. */
export function sitemap(site: string | undefined, base: string): AstroIntegration {
  if (site === undefined) return { name: '@astrojs/sitemap', hooks: {} };
  const root = new URL(withBase(base, '/'), site).href;
  return sitemapIntegration({
    i18n: { defaultLocale: DEFAULT_LOCALE, locales: Object.fromEntries(LOCALES.map((locale) => [locale, htmlLang(locale)])) },
    filter: (page) => inSitemap(page, root),
  });
}

/**
 * robots.txt: every page open to crawlers, the embed pages too (their `noindex` is read only if they may be
 * fetched), and the sitemap's address when the site has one. A site served under a sub-path needs these lines in
 * its host's own robots.txt, which crawlers read at the root.
 */
export function robotsTxt(sitemapUrl: string | null): string {
  return ['User-agent: *', 'Allow: /', ...(sitemapUrl === null ? [] : ['', `Sitemap: ${sitemapUrl}`]), ''].join('\n');
}

/** The sitemap index's address (@astrojs/sitemap writes `sitemap-index.xml` at the site's root), or null without one. */
export function sitemapUrl(site: URL | undefined, base: string): string | null {
  return site === undefined ? null : new URL(withBase(base, paths.sitemapIndex()), site).href;
}
