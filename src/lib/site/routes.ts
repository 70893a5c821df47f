/**
 * The static routes every per-option and per-group page shares: the reference
 * pages, their embed pages, their JSON API files and oEmbed files (both
 * locales, every version: the current one at the plain paths, the others
 * under `v/<version>/`), so each kind of page covers the same keys.
 */
import { LOCALES, type Locale, type Note, type Option } from '../registry/schema.ts';
import { versionParam } from '../urls/paths.ts';
import type { SiteData } from './data.ts';
import { optionSlug } from '../urls/slugs.ts';
import { groupsOf } from './view.ts';

/** The route parameters of a version's page: the locale, and `v` (lib/urls/paths.ts `versionParam`). */
export type VersionParams = {
  lang: Locale;
  v: string | undefined;
};

export interface OptionRoute {
  params: VersionParams & { slug: string };
  /** `at`: the version as paths name it (SiteData.at). */
  props: { option: Option; version: string | null; at: string | undefined };
  cacheKey?: string;
}

export interface GroupRoute {
  params: VersionParams & { group: string };
  props: { group: string; options: Option[]; version: string | null; at: string | undefined };
  cacheKey?: string;
}

export interface NoteRoute {
  params: VersionParams & { id: string };
  props: { variants: Note[]; version: string | null };
  cacheKey?: string;
}

/** One page per locale (search, glossary, 404). */
export function localeRoutes(): Array<{ params: { lang: Locale } }> {
  return LOCALES.map((lang) => ({ params: { lang } }));
}

/**
 * A route per item in every locale, the locales of one item next to each
 * other (so the code-block cache lets go of a block soon after both used it).
 */
export function inEveryLocale<T, R>(items: readonly T[], route: (item: T, lang: Locale) => R): R[] {
  return items.flatMap((item) => LOCALES.map((lang) => route(item, lang)));
}

const params = (view: SiteData, lang: Locale): VersionParams => ({ lang, v: versionParam(view.at) });

/**
 * A route's `cacheKey` for Astro's incremental build: the site's page key (lib/caches/page-key.ts), so an unchanged
 * site's pages are copied from the last build; none in `astro dev`.
 */
export function cacheKeyOf(view: Pick<SiteData, 'pageKey'>): { cacheKey?: string } {
  return view.pageKey === undefined ? {} : { cacheKey: view.pageKey };
}

/** A version's own pages (overview, search) in every locale: one per version. */
export function versionRoutes(
  views: readonly SiteData[],
): Array<{ params: VersionParams; props: { version: string | null }; cacheKey?: string }> {
  return views.flatMap((view) =>
    LOCALES.map((lang) => ({ params: params(view, lang), props: { version: view.version }, ...cacheKeyOf(view) })),
  );
}

export function optionRoutes(views: readonly SiteData[]): OptionRoute[] {
  return views.flatMap((view) =>
    inEveryLocale(view.options, (option, lang) => ({
      params: { ...params(view, lang), slug: optionSlug(option.key) },
      props: { option, version: view.version, at: view.at },
      ...cacheKeyOf(view),
    })),
  );
}

export function groupRoutes(views: readonly SiteData[]): GroupRoute[] {
  return views.flatMap((view) =>
    inEveryLocale(groupsOf(view.options), ([group, options], lang) => ({
      params: { ...params(view, lang), group: optionSlug(group) },
      props: { group, options, version: view.version, at: view.at },
      ...cacheKeyOf(view),
    })),
  );
}

export function noteRoutes(views: readonly SiteData[]): NoteRoute[] {
  return views.flatMap((view) =>
    inEveryLocale(view.notes, (variants, lang) => ({
      params: { ...params(view, lang), id: variants[0]!.id },
      props: { variants, version: view.version },
      ...cacheKeyOf(view),
    })),
  );
}

/** An option as the data has it now (in astro dev, route props may predate the latest edit). */
export function currentOption(data: SiteData, option: Option): Option {
  return data.optionIn(option.version, option.key) ?? option;
}

/** A group's options as the data has them now (in astro dev, route props may predate the latest edit). */
export function groupOptions(data: SiteData, props: GroupRoute['props']): Option[] {
  return groupsOf(data.options).find(([name]) => name === props.group)?.[1] ?? props.options;
}

/** A JSON file's body (compact: these files are read by programs), from a value or already serialised. */
export function jsonResponse(body: unknown, text: string = JSON.stringify(body)): Response {
  return new Response(text, { headers: { 'content-type': 'application/json' } });
}
