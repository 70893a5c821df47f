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
};

/** `/en/x/` under base `/wiki/flink/` → `/wiki/flink/en/x/`. */
export function withBase(base: string, path: string): string {
  return `${base.replace(/\/+$/, '')}${path}`;
}
