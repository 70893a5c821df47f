import { describe, expect, it } from 'vitest';
import { sidebarHtml } from '../../src/lib/site/sidebar-html.ts';
import { sidebarEntries } from '../../src/lib/site/sidebar.ts';

const entries = sidebarEntries(
  [
    { label: 'Overview', link: '/en/' },
    {
      label: 'Option groups',
      items: [
        { label: 'state (3)', collapsed: true, items: [{ label: 'state.backend (2)', link: '/en/groups/state.backend/' }] },
        { label: 'web (1)', link: '/en/groups/web/' },
      ],
    },
    { label: '<img src=x onerror=alert(1)> & "x"', collapsed: true, items: [{ label: 'a', link: '/en/a?b="c"&d' }] },
  ],
  '/wiki/',
);

describe("the sidebar's HTML (SidebarSublist's markup, compact)", () => {
  it('lists links and groups, closed groups without `open`, restore points numbered in document order', () => {
    expect(sidebarHtml(entries)).toBe(
      '<ul class="confref-sidebar top-level">' +
        '<li><a href="/wiki/en/" class="large"><span>Overview</span></a></li>' +
        '<li><details open><summary><span class="group-label"><span class="large">Option groups</span></span></summary>' +
        '<sl-sidebar-restore data-index="0"></sl-sidebar-restore><ul>' +
        '<li><details><summary><span class="group-label"><span class="large">state (3)</span></span></summary>' +
        '<sl-sidebar-restore data-index="1"></sl-sidebar-restore><ul>' +
        '<li><a href="/wiki/en/groups/state.backend/"><span>state.backend (2)</span></a></li></ul></details></li>' +
        '<li><a href="/wiki/en/groups/web/"><span>web (1)</span></a></li></ul></details></li>' +
        '<li><details><summary><span class="group-label"><span class="large">&#x3C;img src=x onerror=alert(1)> &#x26; "x"</span></span></summary>' +
        '<sl-sidebar-restore data-index="2"></sl-sidebar-restore><ul>' +
        '<li><a href="/wiki/en/a?b=&#x22;c&#x22;&#x26;d"><span>a</span></a></li></ul></details></li></ul>',
    );
  });

  it("marks the page's link and opens every group that holds it", () => {
    const marked = structuredClone(entries);
    const options = marked[1]!;
    if (options.type !== 'group' || options.entries[0]!.type !== 'group') throw new Error('fixture shape');
    const link = options.entries[0]!.entries[0]!;
    if (link.type !== 'link') throw new Error('fixture shape');
    link.isCurrent = true;
    const html = sidebarHtml(marked);
    expect(html).toContain('<li><details open><summary><span class="group-label"><span class="large">state (3)</span>');
    expect(html).toContain('<a href="/wiki/en/groups/state.backend/" aria-current="page"><span>state.backend (2)</span></a>');
    expect(html.match(/aria-current/g)).toHaveLength(1);
  });

  it('numbers the restore points from the page count Starlight has reached', () => {
    expect([...sidebarHtml(entries, 4).matchAll(/data-index="(\d+)"/g)].map((m) => m[1])).toEqual(['4', '5', '6']);
  });
});

describe('groups made before', () => {
  it('are reused on a page that marks its link, as if made again', () => {
    const shared = sidebarEntries(
      [
        { label: 'A', collapsed: true, items: [{ label: 'a1', link: '/a1/' }] },
        {
          label: 'B',
          items: [
            { label: 'b1', link: '/b1/' },
            { label: 'B2', collapsed: true, items: [{ label: 'b2', link: '/b2/' }] },
          ],
        },
      ],
      '/',
    );
    const before = sidebarHtml(shared);
    // A page copies the groups on the way to its link and shares the others (page-sidebar.ts).
    const [a, b] = shared;
    if (a?.type !== 'group' || b?.type !== 'group') throw new Error('fixture shape');
    const marked = [{ ...a, entries: [{ ...a.entries[0]!, isCurrent: true }] }, b] as typeof shared;
    expect(sidebarHtml(marked)).toBe(
      '<ul class="confref-sidebar top-level">' +
        '<li><details open><summary><span class="group-label"><span class="large">A</span></span></summary>' +
        '<sl-sidebar-restore data-index="0"></sl-sidebar-restore><ul><li><a href="/a1/" aria-current="page"><span>a1</span></a></li></ul></details></li>' +
        '<li><details open><summary><span class="group-label"><span class="large">B</span></span></summary>' +
        '<sl-sidebar-restore data-index="1"></sl-sidebar-restore><ul><li><a href="/b1/"><span>b1</span></a></li>' +
        '<li><details><summary><span class="group-label"><span class="large">B2</span></span></summary>' +
        '<sl-sidebar-restore data-index="2"></sl-sidebar-restore><ul><li><a href="/b2/"><span>b2</span></a></li></ul></details></li></ul></details></li></ul>',
    );
    expect(sidebarHtml(shared)).toBe(before);
    expect(sidebarHtml(shared, 3)).toBe(
      before
        .replace('data-index="0"', 'data-index="3"')
        .replace('data-index="1"', 'data-index="4"')
        .replace('data-index="2"', 'data-index="5"'),
    );
  });
});
