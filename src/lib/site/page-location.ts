/**
 * Where a page is, read from its path: its locale, its version and what it
 * shows (an option, a group, a note, a version's overview, search or check page). The
 * header's parts (search box, version picker) are rendered by Starlight
 * without the page's props, so they learn the page's version from its path.
 */
import { isLocale } from '../locale/locales.ts';
import type { Locale } from '../registry/schema.ts';
import { optionSlug } from '../urls/slugs.ts';

export type PageKind = 'home' | 'option' | 'group' | 'note' | 'search' | 'check' | 'other';

export interface PageLocation {
  lang: Locale;
  /** The version the page shows (`current` for the plain paths). */
  version: string | null;
  kind: PageKind;
  /** The option's, group's or note's path segment. */
  slug: string | null;
}

const KINDS: Record<string, PageKind> = { options: 'option', groups: 'group', notes: 'note' };

/** `pathname` under `base`; `versions` are the site's named versions, `current` its current one. */
export function locatePage(
  base: string,
  pathname: string,
  site: { versions: ReadonlyArray<string | null>; current: string | null },
): PageLocation {
  const root = base.replace(/\/+$/, '');
  const rest = (pathname.startsWith(root) ? pathname.slice(root.length) : pathname).split('/').filter(Boolean);
  const lang = rest[0] !== undefined && isLocale(rest[0]) ? rest[0] : 'en';
  let parts = rest.slice(1);
  let version = site.current;
  if (parts[0] === 'v' && parts[1] !== undefined) {
    const named = site.versions.find((v): v is string => v !== null && optionSlug(v) === decodeURIComponent(parts[1]!));
    if (named !== undefined) {
      version = named;
      parts = parts.slice(2);
    }
  }
  if (parts.length === 0) return { lang, version, kind: 'home', slug: null };
  if (parts.length === 1 && parts[0] === 'search') return { lang, version, kind: 'search', slug: null };
  if (parts.length === 1 && parts[0] === 'check') return { lang, version, kind: 'check', slug: null };
  const kind = KINDS[parts[0]!];
  if (kind && parts.length >= 2) return { lang, version, kind, slug: decodeURIComponent(parts.slice(1).join('/')) };
  return { lang, version, kind: 'other', slug: null };
}
