/**
 * The static routes every per-option and per-group page shares: the reference
 * pages, their embed pages, their JSON API files and oEmbed files (both locales,
 * the current version), so each kind of page covers the same keys.
 */
import { LOCALES, type Locale, type Option } from '../registry/schema.ts';
import type { SiteData } from './data.ts';
import { optionSlug } from '../urls/slugs.ts';
import { groupsOf } from './view.ts';

export interface OptionRoute {
  params: { lang: Locale; slug: string };
  props: { option: Option };
}

export interface GroupRoute {
  params: { lang: Locale; group: string };
  props: { group: string; options: Option[] };
}

/** One page per locale (home, search, glossary, 404). */
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

export function optionRoutes(data: SiteData): OptionRoute[] {
  return inEveryLocale(data.options, (option, lang) => ({ params: { lang, slug: optionSlug(option.key) }, props: { option } }));
}

export function groupRoutes(data: SiteData): GroupRoute[] {
  return inEveryLocale(groupsOf(data.options), ([group, options], lang) => ({
    params: { lang, group: optionSlug(group) },
    props: { group, options },
  }));
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
