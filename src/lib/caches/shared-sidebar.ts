/**
 * The sidebar made once per build (components/Sidebar.astro, with
 * render-once.ts): a sidebar that marks no page as current is the same on
 * every page of a locale, so its tree of links is made once and reused.
 *
 * Upstream internals this depends on (checked against @astrojs/starlight 0.42.4):
 * - Starlight numbers a page's sidebar groups in `Astro.locals`, under
 *   `Symbol.for('starlight-sidebar-group-index')`, from 0, as its SidebarSublist
 *   renders them (to restore which groups are open); lib/site/sidebar-html.ts
 *   numbers them alike and leaves the count as Starlight's rendering would
 *   have left it (`sidebarGroupCount`).
 * - The route data's sidebar entries: `{ type: 'link', isCurrent }` and
 *   `{ type: 'group', entries }`.
 * - The Sidebar override renders Starlight's own SidebarPersister and
 *   MobileMenuFooter, as Starlight's Sidebar.astro does, around the tree
 *   sidebar-html.ts makes in SidebarSublist's markup.
 * After an upgrade, tests/site/determinism.test.ts (caches on and off) tells
 * whether this still holds.
 */

/** Where Starlight counts a page's sidebar groups in `Astro.locals`. */
export const SIDEBAR_GROUP_INDEX = Symbol.for('starlight-sidebar-group-index');

/** `Astro.locals` with Starlight's group counter. */
export type WithSidebarGroupIndex<T> = T & { [SIDEBAR_GROUP_INDEX]?: number };

/** Starlight's sidebar entries, as its route data holds them (only what is read here). */
export type SidebarEntry = { type: 'link'; isCurrent: boolean } | { type: 'group'; entries: SidebarEntry[] };

/** Whether a sidebar marks the page it is on: such a sidebar is on that one page only. */
export function sidebarMarksPage(entries: readonly SidebarEntry[]): boolean {
  return entries.some((entry) => (entry.type === 'group' ? sidebarMarksPage(entry.entries) : entry.isCurrent));
}

/** The number of groups in a sidebar, nested ones included (Starlight numbers them on each page). */
export function sidebarGroupCount(entries: readonly SidebarEntry[]): number {
  return entries.reduce((count, entry) => count + (entry.type === 'group' ? 1 + sidebarGroupCount(entry.entries) : 0), 0);
}

const sidebarKeys = new WeakMap<object, string>();
let sidebarsSeen = 0;

/**
 * The key a shared sidebar's rendering is kept under: one per sidebar object. confref's pages share one sidebar
 * object per version and locale and never change it (lib/site/page-sidebar.ts), so the same object renders the same.
 */
export function sharedSidebarKey(entries: readonly SidebarEntry[]): string {
  let key = sidebarKeys.get(entries);
  if (key === undefined) {
    key = `sidebar:${sidebarsSeen++}`;
    sidebarKeys.set(entries, key);
  }
  return key;
}
