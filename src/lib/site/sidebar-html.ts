/**
 * The sidebar's tree of links as HTML, made directly from Starlight's route
 * data: the markup of Starlight's SidebarSublist (lists, `<details>` groups,
 * `aria-current` on the page's link, a `<sl-sidebar-restore>` per group,
 * numbered from 0 in document order as Starlight numbers them), without its
 * per-element style classes and inline caret icons, which were two fifths of
 * the sidebar's bytes. A large site's pages carry a sidebar of hundreds of
 * links, so its bytes are most of every page written (docs/benchmarks.md).
 * The look is in styles/confref.css (`.confref-sidebar`).
 *
 * Upstream: the restore points and their numbering are read by Starlight's
 * SidebarPersister (checked against @astrojs/starlight 0.42.4), as in
 * lib/caches/shared-sidebar.ts.
 */
import type { Element, ElementContent, RootContent } from 'hast';
import { h } from 'hastscript';
import { toHtml } from 'hast-util-to-html';
import type { SidebarEntries } from './sidebar.ts';

type Entry = SidebarEntries[number];

/** Whether a group holds the page's own link (Starlight opens such a group). */
function holdsCurrent(entries: readonly Entry[]): boolean {
  return entries.some((entry) => (entry.type === 'group' ? holdsCurrent(entry.entries) : entry.isCurrent));
}

type Group = Extract<Entry, { type: 'group' }>;

/** Serialising keeps the groups' HTML made before (raw nodes); nothing else here is raw. */
const KEEP_MADE_HTML = { allowDangerousHtml: true };

/**
 * Groups that do not hold the page's link, as HTML, by the group and the
 * number of its first restore point. Pages share their sidebar's entries and
 * copy only the groups on the way to their own link (page-sidebar.ts), so on
 * a page that marks its link every other group is one made before.
 */
const madeGroups = new WeakMap<Group, Map<number, { html: string; groups: number }>>();

function groupItem(entry: Group, counter: { next: number }): ElementContent {
  const open = holdsCurrent(entry.entries);
  const item = (): Element =>
    h('li', [
      h('details', { open: open || !entry.collapsed }, [
        h('summary', [h('span.group-label', [h('span.large', entry.label)])]),
        h('sl-sidebar-restore', { dataIndex: String(counter.next++) }),
        list(entry.entries, true, counter),
      ]),
    ]);
  if (open) return item();
  const made = madeGroups.get(entry) ?? new Map<number, { html: string; groups: number }>();
  madeGroups.set(entry, made);
  const first = counter.next;
  let kept = made.get(first);
  if (!kept) {
    const html = toHtml(item(), KEEP_MADE_HTML);
    kept = { html, groups: counter.next - first };
    made.set(first, kept);
  }
  counter.next = first + kept.groups;
  // HTML made here from escaped text, let through by KEEP_MADE_HTML.
  return { type: 'raw', value: kept.html } as RootContent as ElementContent;
}

function list(entries: readonly Entry[], nested: boolean, counter: { next: number }): Element {
  const items: ElementContent[] = entries.map((entry) => {
    // confref's links carry no attributes or badges (sidebar.ts).
    if (entry.type === 'link')
      return h('li', [
        h('a', { href: entry.href, ariaCurrent: entry.isCurrent ? 'page' : undefined, className: nested ? undefined : ['large'] }, [
          h('span', entry.label),
        ]),
      ]);
    return groupItem(entry, counter);
  });
  return h('ul', { className: nested ? undefined : ['confref-sidebar', 'top-level'] }, items);
}

/** The sidebar's HTML, its groups' restore points numbered from `firstGroup`. */
export function sidebarHtml(entries: SidebarEntries, firstGroup = 0): string {
  return toHtml(list(entries, false, { next: firstGroup }), KEEP_MADE_HTML);
}
