/**
 * A page's sidebar and pagination made from its version's shared sidebar
 * (lib/site/page-sidebar.ts), as Starlight makes them from a sidebar prop. The
 * built fixture site is byte-identical either way (checked when this was
 * written); these cases pin the rules down.
 */
import { describe, expect, it } from 'vitest';
import { pageSidebar, sidebarPagination } from '../../src/lib/site/page-sidebar.ts';
import { sidebarEntries, type SidebarEntries } from '../../src/lib/site/sidebar.ts';

const shared: SidebarEntries = sidebarEntries(
  [
    { label: 'Overview', link: '/en/' },
    {
      label: 'Notes',
      items: [
        { label: 'Checkpointing', link: '/en/notes/checkpointing/' },
        { label: '状态', link: '/en/notes/状态/' },
      ],
    },
    {
      label: 'Option groups',
      items: [
        { label: 'state (3)', collapsed: true, items: [{ label: 'state.backend (3)', link: '/en/groups/state.backend/' }] },
        { label: 'web.port (1)', link: '/en/groups/web.port/' },
      ],
    },
    { label: 'Again', link: '/en/notes/checkpointing/' },
  ],
  '/wiki/flink/',
);

/** The labels of the marked links, and of the groups that hold them. */
function current(entries: SidebarEntries): string[] {
  return entries.flatMap((entry) =>
    entry.type === 'link' ? (entry.isCurrent ? [entry.label] : []) : current(entry.entries).map((label) => `${entry.label} › ${label}`),
  );
}

describe('the sidebar entries of a version', () => {
  it('are Starlight route data: links with the base, none current, no badge or attributes; groups open unless collapsed', () => {
    expect(shared[0]).toEqual({ type: 'link', label: 'Overview', href: '/wiki/flink/en/', badge: undefined, isCurrent: false, attrs: {} });
    const groups = shared[2]!;
    expect(groups.type === 'group' && [groups.collapsed, groups.entries.map((e) => e.type === 'group' && e.collapsed)]).toEqual([
      false,
      [true, false],
    ]);
  });
});

describe("a page's sidebar", () => {
  it('marks the link to the page, in a copy: the shared sidebar and the groups off the way stay as they were', () => {
    const page = pageSidebar(shared, '/wiki/flink/en/groups/state.backend/');
    expect(current(page.sidebar)).toEqual(['Option groups › state (3) › state.backend (3)']);
    expect(current(shared)).toEqual([]);
    expect(page.sidebar[1]).toBe(shared[1]);
    expect(page.sidebar[2]).not.toBe(shared[2]);
  });

  it('finds the page with or without its trailing slash, and by its percent-encoded path', () => {
    expect(current(pageSidebar(shared, '/wiki/flink/en/groups/web.port').sidebar)).toEqual(['Option groups › web.port (1)']);
    expect(current(pageSidebar(shared, '/wiki/flink/en/notes/%E7%8A%B6%E6%80%81/').sidebar)).toEqual(['Notes › 状态']);
  });

  it('marks only the first of two links to the same page, as Starlight does', () => {
    expect(current(pageSidebar(shared, '/wiki/flink/en/notes/checkpointing/').sidebar)).toEqual(['Notes › Checkpointing']);
  });

  it('is the shared sidebar itself, with no neighbours, on a page it has no link to', () => {
    const page = pageSidebar(shared, '/wiki/flink/en/options/web.port/');
    expect(page).toEqual({ sidebar: shared, prev: undefined, next: undefined });
    expect(page.sidebar).toBe(shared);
  });

  it('gives the links before and after the page in reading order, across groups; none past either end', () => {
    const label = (page: ReturnType<typeof pageSidebar>) => [page.prev?.label, page.next?.label];
    expect(label(pageSidebar(shared, '/wiki/flink/en/notes/%E7%8A%B6%E6%80%81/'))).toEqual(['Checkpointing', 'state.backend (3)']);
    expect(label(pageSidebar(shared, '/wiki/flink/en/'))).toEqual([undefined, 'Checkpointing']);
    expect(label(pageSidebar(shared, '/wiki/flink/en/groups/web.port/'))).toEqual(['state.backend (3)', 'Again']);
  });
});

describe("a page's previous and next links", () => {
  const page = pageSidebar(shared, '/wiki/flink/en/notes/%E7%8A%B6%E6%80%81/');
  const fromFrontmatter = {
    prev: { type: 'link', label: 'Set', href: '/set/', isCurrent: false, attrs: {}, badge: undefined } as const,
    next: undefined,
  };

  it('come from the sidebar where the frontmatter says nothing', () => {
    const links = sidebarPagination(page, { prev: undefined, next: undefined }, {});
    expect([links.prev?.href, links.next?.href]).toEqual(['/wiki/flink/en/notes/checkpointing/', '/wiki/flink/en/groups/state.backend/']);
  });

  it('are what Starlight made from the frontmatter where it sets them, `false` included', () => {
    const links = sidebarPagination(page, fromFrontmatter, { prev: { link: '/set/', label: 'Set' }, next: false });
    expect([links.prev?.label, links.next]).toEqual(['Set', undefined]);
  });
});
