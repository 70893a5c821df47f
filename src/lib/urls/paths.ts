/**
 * Every page's path, in one place: pages, links, the sidebar and the tests
 * use these, and `withBase` puts the site's base (`/wiki/flink/`) in front.
 */
import type { Locale } from '../registry/schema.ts';
import { optionSlug } from './slugs.ts';

/**
 * A version's place in a path: nothing for the site's current version (its
 * plain paths), `/v/<version>` for the others, after the locale.
 */
function at(version: string | undefined): string {
  return version === undefined ? '' : `/v/${optionSlug(version)}`;
}

/**
 * Each page of a version takes `version`: undefined for the current version,
 * else the version's name (lib/site/data.ts `SiteData.at`).
 */
export const paths = {
  /** A version's overview (the home page of the current version). */
  home: (lang: Locale, version?: string) => `/${lang}${at(version)}/`,
  option: (lang: Locale, key: string, version?: string) => `/${lang}${at(version)}/options/${optionSlug(key)}/`,
  group: (lang: Locale, group: string, version?: string) => `/${lang}${at(version)}/groups/${optionSlug(group)}/`,
  note: (lang: Locale, id: string, version?: string) => `/${lang}${at(version)}/notes/${id}/`,
  search: (lang: Locale, version?: string) => `/${lang}${at(version)}/search/`,
  searchIndex: (lang: Locale, version?: string) => `/${lang}${at(version)}/search-index/`,
  /** "Check your configuration" (lint in the browser), and the version's lint reference it loads. */
  check: (lang: Locale, version?: string) => `/${lang}${at(version)}/check/`,
  checkReference: (lang: Locale, version?: string) => `/${lang}${at(version)}/check/reference.json`,
  diff: (lang: Locale, from: string, to: string) => `/${lang}/diff/${optionSlug(from)}..${optionSlug(to)}/`,
  glossary: (lang: Locale) => `/${lang}/glossary/`,
  /** Where the notes' images are copied: `<this><path in the content folder>`, one locale for all. */
  noteAssets: () => '/note-assets/',
  /** The site's icon, in public/: Starlight's pages link it (astro.config.mjs `favicon`), and so do the embed pages. */
  favicon: () => '/favicon.svg',
  /** For crawlers (lib/site/sitemap.ts): robots.txt, and the sitemap's index when the site's address is set. */
  robots: () => '/robots.txt',
  sitemapIndex: () => '/sitemap-index.xml',
  /** Embeds for other sites (lib/embed): chrome-less pages, the web component, the JSON API, oEmbed. */
  embedOption: (lang: Locale, key: string, version?: string) => `/embed/${lang}${at(version)}/options/${optionSlug(key)}/`,
  embedGroup: (lang: Locale, group: string, version?: string) => `/embed/${lang}${at(version)}/groups/${optionSlug(group)}/`,
  embedSearch: (lang: Locale, version?: string) => `/embed/${lang}${at(version)}/search/`,
  embedScript: () => '/embed.js',
  apiRegistry: () => '/api/registry.json',
  apiSlugs: () => '/api/slugs.json',
  apiOption: (lang: Locale, key: string, version?: string) => `/api/${lang}${at(version)}/options/${optionSlug(key)}.json`,
  apiGroup: (lang: Locale, group: string, version?: string) => `/api/${lang}${at(version)}/groups/${optionSlug(group)}.json`,
  apiSchema: (name: string) => `/api/schema/${name}.schema.json`,
  oembed: (lang: Locale, key: string, version?: string) => `/oembed/${lang}${at(version)}/options/${optionSlug(key)}.json`,
};

/** A version as paths name it: undefined for the current version (and the unversioned notes, which annotate it). */
export function versionInPath(version: string | null, current: string | null): string | undefined {
  return version === null || version === current ? undefined : version;
}

/** The `[...v]` route parameter of a version's pages: undefined for the current version, else `v/<version>`. */
export function versionParam(version: string | undefined): string | undefined {
  return version === undefined ? undefined : at(version).slice(1);
}

/** `/en/x/` under base `/wiki/flink/` → `/wiki/flink/en/x/`. */
export function withBase(base: string, path: string): string {
  return `${base.replace(/\/+$/, '')}${path}`;
}

/**
 * A path as other sites must link to it: absolute when the site's address is
 * known (Astro's `site`, set from CONFREF_SITE), else from the host's root.
 */
export function siteUrl(site: URL | string | undefined, base: string, path: string): string {
  const local = withBase(base, path);
  return site === undefined ? local : new URL(local, site).href;
}
