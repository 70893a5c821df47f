/**
 * The sidebar of every page of a version in a locale, from the registry:
 * overview, notes, groups, glossary, other versions. Starlight puts the locale (and the base) in front of
 * sidebar links itself, so they are given without them.
 */
import { useTranslations } from '../i18n/ui.ts';
import type { Locale, Note } from '../registry/schema.ts';
import type { SiteData } from './data.ts';
import { paths } from '../urls/paths.ts';
import { groupsOf, shownNote } from './view.ts';

export type SidebarItem =
  { label: string; link: string; attrs?: Record<string, string> } | { label: string; items: SidebarItem[]; collapsed?: boolean };

/** A group's name and how many options it has. */
export type GroupCount = readonly [group: string, count: number];

/** A group's top-level prefix: `state.backend` → `state`. */
export function prefixOf(group: string): string {
  const dot = group.indexOf('.');
  return dot === -1 ? group : group.slice(0, dot);
}

/**
 * The groups as sidebar items, under their top-level prefix (`state`,
 * `execution`…), sorted by prefix: a prefix with several groups is a
 * collapsed entry labelled with its option count, holding a link per group
 * with its count; a prefix with one group is just that group's link, so a
 * small site stays flat. Starlight opens the entry that holds the current page.
 */
export function groupItems(groups: readonly GroupCount[], link: (group: string) => string): SidebarItem[] {
  const byPrefix = new Map<string, GroupCount[]>();
  for (const entry of groups) {
    const prefix = prefixOf(entry[0]);
    byPrefix.set(prefix, [...(byPrefix.get(prefix) ?? []), entry]);
  }
  const groupLink = ([group, count]: GroupCount): SidebarItem => ({ label: `${group} (${count})`, link: link(group) });
  return [...byPrefix]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([prefix, members]) =>
      members.length === 1
        ? groupLink(members[0]!)
        : {
            label: `${prefix} (${members.reduce((sum, [, count]) => sum + count, 0)})`,
            collapsed: true,
            items: members.map(groupLink),
          },
    );
}

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
  // The team's notes first, open; the imported upstream reference (a hundred notes or so for Flink) after them, closed.
  const noteLink = (variants: Note[]): SidebarItem => {
    const { note } = shownNote(variants, lang);
    return { label: note.title, link: link(paths.note(lang, note.id, data.at)) };
  };
  const teamNotes = data.notes.filter((variants) => !variants[0]!.upstream);
  const reference = data.notes.filter((variants) => variants[0]!.upstream);
  if (teamNotes.length > 0) items.push({ label: t('nav.notes'), collapsed: teamNotes.length > 12, items: teamNotes.map(noteLink) });
  if (reference.length > 0) items.push({ label: t('nav.reference'), collapsed: true, items: reference.map(noteLink) });
  items.push({
    label: t('nav.groups'),
    items: groupItems(
      groups.map(([group, options]) => [group, options.length]),
      (group) => link(paths.group(lang, group, data.at)),
    ),
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
