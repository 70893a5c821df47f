/**
 * One page's sidebar and pagination, from the sidebar its version shares
 * (sidebar.ts), as Starlight would make them from a sidebar prop:
 * - the link to the page is marked current: Starlight compares each link's
 *   `encodeURI(href)` with the page's path, trailing slashes aside, and takes
 *   the first match;
 * - "previous" and "next" are the links before and after it in reading order,
 *   unless the page's frontmatter sets them.
 *
 * The shared sidebar is never changed: the marked link and the groups on the
 * way to it are copies, everything else is shared. A page whose link is not in
 * the sidebar (an option page) gets the shared sidebar itself, which
 * components/Sidebar.astro then renders once for every such page.
 */
import type { StarlightRouteData } from '@astrojs/starlight/route-data';
import type { SidebarEntries } from './sidebar.ts';

type Entry = SidebarEntries[number];
type Link = Extract<Entry, { type: 'link' }>;
type Pagination = StarlightRouteData['pagination'];

const withoutTrailingSlash = (path: string): string => (path.length > 1 ? path.replace(/\/+$/, '') : path);

/** A shared sidebar's links in reading order, each with the indexes that lead to it, and the first link to each path. */
interface LinkIndex {
  links: { link: Link; at: number[] }[];
  byPath: Map<string, number>;
}

const indexes = new WeakMap<SidebarEntries, LinkIndex>();

/** The links of a shared sidebar, found once per sidebar: a build asks for them on every page. */
function linkIndex(entries: SidebarEntries): LinkIndex {
  let index = indexes.get(entries);
  if (index) return index;
  const links: LinkIndex['links'] = [];
  const walk = (list: SidebarEntries, at: number[]): void =>
    list.forEach((entry, i) => (entry.type === 'link' ? links.push({ link: entry, at: [...at, i] }) : walk(entry.entries, [...at, i])));
  walk(entries, []);
  const byPath = new Map<string, number>();
  links.forEach(({ link }, i) => {
    const path = withoutTrailingSlash(encodeURI(link.href));
    if (!byPath.has(path)) byPath.set(path, i);
  });
  index = { links, byPath };
  indexes.set(entries, index);
  return index;
}

/** A copy of `entries` with the link at `at` (indexes, outermost first) marked current. */
function marked(entries: SidebarEntries, at: readonly number[]): SidebarEntries {
  const [here, ...rest] = at;
  return entries.map((entry, i): Entry => {
    if (i !== here) return entry;
    if (entry.type === 'link') return { ...entry, isCurrent: true };
    return { ...entry, entries: marked(entry.entries, rest) };
  });
}

/** A page's sidebar, and the links before and after its own in reading order. */
export interface PageSidebar {
  sidebar: SidebarEntries;
  prev: Link | undefined;
  next: Link | undefined;
}

/** The sidebar of the page at `pathname`: its first link marked current; the shared one itself when none leads there. */
export function pageSidebar(shared: SidebarEntries, pathname: string): PageSidebar {
  const { links, byPath } = linkIndex(shared);
  const position = byPath.get(withoutTrailingSlash(pathname));
  if (position === undefined) return { sidebar: shared, prev: undefined, next: undefined };
  return { sidebar: marked(shared, links[position]!.at), prev: links[position - 1]?.link, next: links[position + 1]?.link };
}

/**
 * The page's previous and next links: those Starlight made from the frontmatter (`prev`/`next` set there, or
 * `false`) stay; where the frontmatter says nothing, the links around the page's own in the sidebar.
 */
export function sidebarPagination(
  page: PageSidebar,
  fromFrontmatter: Pagination,
  frontmatter: { prev?: unknown; next?: unknown },
): Pagination {
  return {
    prev: frontmatter.prev === undefined ? page.prev : fromFrontmatter.prev,
    next: frontmatter.next === undefined ? page.next : fromFrontmatter.next,
  };
}

/** Where components/SitePage.astro leaves its version's sidebar for the route middleware, in `Astro.locals`. */
const VERSION_SIDEBAR = Symbol.for('confref.version-sidebar');

type WithVersionSidebar = { [VERSION_SIDEBAR]?: SidebarEntries };

/** Leaves the shared sidebar of the page's version in the page's `locals`. */
export function leaveVersionSidebar(locals: object, entries: SidebarEntries): void {
  (locals as WithVersionSidebar)[VERSION_SIDEBAR] = entries;
}

/** The shared sidebar a page left in its `locals`, if any. */
export function versionSidebar(locals: object): SidebarEntries | undefined {
  return (locals as WithVersionSidebar)[VERSION_SIDEBAR];
}
