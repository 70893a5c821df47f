/**
 * Every page's path, in one place: pages, links, the sidebar and the tests
 * use these, and `withBase` puts the site's base (`/wiki/flink/`) in front.
 */
import type { Locale } from '../registry/schema.ts';
import { optionSlug } from './slugs.ts';

export const paths = {
  home: (lang: Locale) => `/${lang}/`,
  option: (lang: Locale, key: string) => `/${lang}/options/${optionSlug(key)}/`,
  /** An option in a version other than the site's current one. */
  versionOption: (lang: Locale, version: string, key: string) => `/${lang}/v/${optionSlug(version)}/options/${optionSlug(key)}/`,
  version: (lang: Locale, version: string) => `/${lang}/v/${optionSlug(version)}/`,
  diff: (lang: Locale, from: string, to: string) => `/${lang}/diff/${optionSlug(from)}..${optionSlug(to)}/`,
  group: (lang: Locale, group: string) => `/${lang}/groups/${optionSlug(group)}/`,
  note: (lang: Locale, id: string) => `/${lang}/notes/${id}/`,
  glossary: (lang: Locale) => `/${lang}/glossary/`,
  /** Where the notes' images are copied: `<this><path in the content folder>`, one locale for all. */
  noteAssets: () => '/note-assets/',
  /** Embeds for other sites (lib/embed): chrome-less pages, the web component, the JSON API, oEmbed. */
  embedOption: (lang: Locale, key: string) => `/embed/${lang}/options/${optionSlug(key)}/`,
  embedGroup: (lang: Locale, group: string) => `/embed/${lang}/groups/${optionSlug(group)}/`,
  embedSearch: (lang: Locale) => `/embed/${lang}/search/`,
  embedScript: () => '/embed.js',
  apiRegistry: () => '/api/registry.json',
  apiSlugs: () => '/api/slugs.json',
  apiOption: (lang: Locale, key: string) => `/api/${lang}/options/${optionSlug(key)}.json`,
  apiGroup: (lang: Locale, group: string) => `/api/${lang}/groups/${optionSlug(group)}.json`,
  apiSchema: (name: string) => `/api/schema/${name}.schema.json`,
  oembed: (lang: Locale, key: string) => `/oembed/${lang}/options/${optionSlug(key)}.json`,
};

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
