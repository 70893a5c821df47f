/**
 * The sidebar of every page of a version in a locale, from the registry:
 * overview, the check page, notes, groups, glossary, other versions. It is made once per
 * version, locale and base, directly as the entries of Starlight's route data
 * (the shape `StarlightRouteData['sidebar']` describes), and each page marks
 * its own link in a copy (page-sidebar.ts). Starlight's own way, a sidebar
 * prop on every `<StarlightPage>`, validated and converted again on every
 * page, was a tenth of a large build (docs/benchmarks.md).
 */
import type { StarlightRouteData } from '@astrojs/starlight/route-data';
import { useTranslations } from '../i18n/ui.ts';
import type { Locale, Note } from '../registry/schema.ts';
import type { SiteData } from './data.ts';
import { paths, withBase } from '../urls/paths.ts';
import { groupsOf, shownNote } from './view.ts';

/** Starlight's sidebar entries: links (`isCurrent` on the page they lead to) and groups. */
export type SidebarEntries = StarlightRouteData['sidebar'];

export type SidebarItem = { label: string; link: string } | { label: string; items: SidebarItem[]; collapsed?: boolean };

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

const sidebars = new WeakMap<SiteData, Map<string, SidebarEntries>>();

/**
 * The sidebar of a version (`data`) in a locale, with `base` in front of its links, none marked current: the same
 * for every page, so made once and shared (pages mark their link in a copy; nothing may change it).
 */
export function sidebarFor(lang: Locale, data: SiteData, base: string): SidebarEntries {
  const made = sidebars.get(data) ?? new Map<string, SidebarEntries>();
  sidebars.set(data, made);
  const key = `${lang} ${base}`;
  const known = made.get(key);
  if (known) return known;
  const entries = sidebarEntries(sidebarItems(lang, data), base);
  made.set(key, entries);
  return entries;
}

/** Sidebar items as Starlight's route data holds them: links with their base, none current, no badges or attributes. */
export function sidebarEntries(items: readonly SidebarItem[], base: string): SidebarEntries {
  return items.map((item) =>
    'link' in item
      ? { type: 'link', label: item.label, href: withBase(base, item.link), badge: undefined, isCurrent: false, attrs: {} }
      : {
          type: 'group',
          label: item.label,
          entries: sidebarEntries(item.items, base),
          collapsed: item.collapsed ?? false,
          badge: undefined,
        },
  );
}

/** The sidebar's items (links are site paths, without the base). */
export function sidebarItems(lang: Locale, data: SiteData): SidebarItem[] {
  const t = useTranslations(lang);
  const link = (path: string): string => path;
  const groups = groupsOf(data.options);
  const items: SidebarItem[] = [
    { label: t('nav.home'), link: link(paths.home(lang, data.at)) },
    { label: t('check.title'), link: link(paths.check(lang, data.at)) },
  ];
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
