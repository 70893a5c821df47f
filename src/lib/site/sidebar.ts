/**
 * The sidebar of every page of a version in a locale, from the registry:
 * overview, notes, groups, glossary, other versions. Starlight puts the locale (and the base) in front of
 * sidebar links itself, so they are given without them.
 */
import { useTranslations } from '../i18n/ui.ts';
import type { Locale } from '../registry/schema.ts';
import type { SiteData } from './data.ts';
import { paths } from '../urls/paths.ts';
import { groupsOf, shownNote } from './view.ts';

type SidebarItem =
  { label: string; link: string; attrs?: Record<string, string> } | { label: string; items: SidebarItem[]; collapsed?: boolean };

function unlocalized(path: string): string {
  return path.replace(/^\/[^/]+/, '');
}

const sidebars = new WeakMap<SiteData, Map<Locale, SidebarItem[]>>();

/** The sidebar of a locale: the same for every page, so made once per site data and locale (Starlight copies it). */
export function sidebarFor(lang: Locale, data: SiteData): SidebarItem[] {
  const made = sidebars.get(data) ?? new Map<Locale, SidebarItem[]>();
  sidebars.set(data, made);
  const known = made.get(lang);
  if (known) return known;
  const items = makeSidebar(lang, data);
  made.set(lang, items);
  return items;
}

function makeSidebar(lang: Locale, data: SiteData): SidebarItem[] {
  const t = useTranslations(lang);
  const link = (path: string): string => unlocalized(path);
  const groups = groupsOf(data.options);
  const items: SidebarItem[] = [{ label: t('nav.home'), link: link(paths.home(lang, data.at)) }];
  if (data.notes.length > 0) {
    items.push({
      label: t('nav.notes'),
      items: data.notes.map((variants) => {
        const { note } = shownNote(variants, lang);
        return { label: note.title, link: link(paths.note(lang, note.id, data.at)) };
      }),
    });
  }
  items.push({
    label: t('nav.groups'),
    collapsed: groups.length > 12,
    items: groups.map(([group, options]) => ({ label: `${group} (${options.length})`, link: link(paths.group(lang, group, data.at)) })),
  });
  if (data.glossaryNotes.length > 0) items.push({ label: t('nav.glossary'), link: link(paths.glossary(lang)) });
  const named = data.registry.versions;
  if (named.length > 1) {
    items.push({
      label: t('home.versions'),
      collapsed: true,
      items: [
        ...named
          .filter((v) => v !== data.version)
          .map((v) => ({ label: v, link: link(paths.home(lang, v === data.current ? undefined : v)) })),
        ...named.slice(1).map((to, i) => ({ label: `${named[i]} → ${to}`, link: link(paths.diff(lang, named[i]!, to)) })),
      ],
    });
  }
  return items;
}
