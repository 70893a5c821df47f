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
import type { Element, ElementContent } from 'hast';
import { h } from 'hastscript';
import { toHtml } from 'hast-util-to-html';
import type { SidebarEntries } from './sidebar.ts';

type Entry = SidebarEntries[number];

/** Whether a group holds the page's own link (Starlight opens such a group). */
function holdsCurrent(entries: readonly Entry[]): boolean {
  return entries.some((entry) => (entry.type === 'group' ? holdsCurrent(entry.entries) : entry.isCurrent));
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
    const open = holdsCurrent(entry.entries) || !entry.collapsed;
    return h('li', [
      h('details', { open }, [
        h('summary', [h('span.group-label', [h('span.large', entry.label)])]),
        h('sl-sidebar-restore', { dataIndex: String(counter.next++) }),
        list(entry.entries, true, counter),
      ]),
    ]);
  });
  return h('ul', { className: nested ? undefined : ['confref-sidebar', 'top-level'] }, items);
}

/** The sidebar's HTML, its groups' restore points numbered from `firstGroup`. */
export function sidebarHtml(entries: SidebarEntries, firstGroup = 0): string {
  return toHtml(list(entries, false, { next: firstGroup }));
}
