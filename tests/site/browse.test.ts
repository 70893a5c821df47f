/**
 * Browsing many options, on the fixture site (unversioned notes plus 1.0 and
 * 2.0, under /wiki/flink/): the sidebar's groups under their prefixes, the
 * filter box's markup, list and map defaults one item per line and long ones
 * folded, and prev/next within a group on option pages.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Element } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { select, selectAll } from 'hast-util-select';
import { toText } from 'hast-util-to-text';
import { describe, expect, inject, it } from 'vitest';
import { readPages } from '../helpers/dist.ts';

const { dist, base } = inject('sites').fixture;
const pages = readPages(dist, base);
const page = (path: string) => {
  const found = pages.get(`/wiki/flink${path}`);
  if (!found) throw new Error(`no page ${path}`);
  return found.html;
};
const tree = (path: string) => fromHtml(page(path));

/** A sidebar entry as a reader sees it: a link (`*` marks the current page) or a group (`+` open, `-` closed) with its entries. */
type Outline = string | { [label: string]: Outline[] };

function outline(list: Element): Outline[] {
  return selectAll(':scope > li', list).map((item) => {
    const details = select(':scope > details', item);
    if (!details) {
      const link = select('a', item)!;
      return `${toText(link).trim()}${link.properties['ariaCurrent'] === 'page' ? ' *' : ''}`;
    }
    const label = toText(select('summary .large', details)!).trim();
    return { [`${details.properties['open'] ? '+' : '-'} ${label}`]: outline(select(':scope > ul', details)!) };
  });
}

/** The "Option groups" part of a page's sidebar. */
function optionGroups(path: string, heading = 'Option groups'): Outline[] {
  const sidebar = select('sl-sidebar-state-persist > ul', tree(path))!;
  const groups = outline(sidebar).find((entry) => typeof entry !== 'string' && Object.keys(entry)[0]!.endsWith(heading));
  if (!groups || typeof groups === 'string') throw new Error(`no ${heading} in the sidebar of ${path}`);
  return Object.values(groups)[0]!;
}

describe('the sidebar: option groups under their top-level prefix', () => {
  it('nests a prefix with several groups, closed and counted, and leaves a prefix with one group flat', () => {
    expect(optionGroups('/en/options/web.timeout/')).toEqual([
      {
        '- classloader (3)': ['classloader.parent-first-patterns (2)', 'classloader.resolve-order (1)'],
      },
      'embed.card (2)',
      'metrics.reporter (1)',
      'state.backend (1)',
      'taskmanager.memory (1)',
      'web.timeout (1)',
    ]);
    expect(optionGroups('/zh/v/2.0/options/web.port/', '配置项分组')).toEqual([
      'classloader.parent-first-patterns (1)',
      'env.java (1)',
      'kubernetes.jobmanager (1)',
      { '- web (3)': ['web.client (1)', 'web.new (1)', 'web.port (1)'] },
    ]);
  });

  it('opens the prefix that holds the current group page, and marks the page', () => {
    expect(optionGroups('/en/groups/classloader.resolve-order/')[0]).toEqual({
      '+ classloader (3)': ['classloader.parent-first-patterns (2)', 'classloader.resolve-order (1) *'],
    });
    expect(optionGroups('/en/v/1.0/groups/web.legacy/')).toEqual([
      'classloader.parent-first-patterns (1)',
      { '+ web (3)': ['web.legacy (1) *', 'web.port (1)', 'web.timeout (1)'] },
    ]);
  });

  it('is one shared sidebar on every option page of a version and locale (rendered once), and differs between versions', () => {
    const sidebarOf = (path: string) => /<sl-sidebar-state-persist[\s\S]*?<\/sl-sidebar-state-persist>/.exec(page(path))![0];
    const first = sidebarOf('/en/options/classloader.resolve-order/');
    for (const path of ['/en/options/web.timeout/', '/en/options/embed.card.long/']) expect(sidebarOf(path)).toBe(first);
    expect(sidebarOf('/en/v/2.0/options/web.port/')).not.toBe(first);
  });
});

describe('the filter box', () => {
  it("on a version's overview: label, hidden box until its script runs, a live count of groups and options", () => {
    const home = tree('/en/');
    const box = select('[data-confref-filter]', home)!;
    expect(box.properties['hidden']).toBe(true);
    const input = select('input', box)!;
    expect([input.properties['id'], input.properties['type']]).toEqual(['confref-filter-input', 'search']);
    expect(toText(select('label[for="confref-filter-input"]', box)!)).toBe('Filter groups and options by key');
    const status = select('[role="status"]', box)!;
    expect(input.properties['ariaDescribedBy']).toEqual([status.properties['id']]);
    expect(toText(status)).toBe('7 of 7 groups shown; 9 of 9 options shown');
    expect(toText(select('[data-confref-filter] [role="status"]', tree('/zh/'))!)).toBe('显示 7 个分组中的 7 个；显示 9 个配置项中的 9 个');
    // The script that shows and binds the box is on the page, inline or as a module file of its own (as Vite bundles it).
    const scripts = selectAll('script[type="module"]', home).map((script) => {
      const src = script.properties['src'];
      return typeof src === 'string' ? readFileSync(join(dist, src.slice(base.length)), 'utf8') : toText(script);
    });
    expect(scripts.filter((code) => code.includes('data-confref-filter'))).toHaveLength(1);
  });

  it('the overview lists every option of its version: key, linked relative to the page, and type', () => {
    const list = select('ul.confref-key-index[data-filter-list]', tree('/en/v/2.0/'))!;
    expect(list.properties['dataFilterCount']).toBe('{shown} of {total} options shown');
    expect(selectAll('li', list).map((item) => [select('a', item)!.properties['href'], toText(item)])).toEqual([
      ['options/classloader.parent-first-patterns.default/', 'classloader.parent-first-patterns.default List<String>'],
      ['options/env.java.default-opts.all/', 'env.java.default-opts.all String'],
      ['options/kubernetes.jobmanager.labels/', 'kubernetes.jobmanager.labels Map'],
      ['options/web.client.timeout/', 'web.client.timeout Duration'],
      ['options/web.new/', 'web.new Boolean'],
      ['options/web.port/', 'web.port Integer'],
    ]);
    expect(select('ul.confref-key-index a[href="options/metrics.reporter.-name-.class--7a4eae89/"]', tree('/en/'))).toBeDefined();
  });

  it('on a group page of several options, filtering its table; none on a group of one option', () => {
    const group = tree('/zh/groups/embed.card/');
    expect(toText(select('[data-confref-filter] label', group)!)).toBe('按键或描述筛选配置项');
    expect(toText(select('[data-confref-filter] [role="status"]', group)!)).toBe('显示 2 个配置项中的 2 个');
    expect(select('table.confref-options', group)!.properties['dataFilterList']).toBe('');
    const single = tree('/en/groups/web.timeout/');
    expect(select('[data-confref-filter]', single)).toBeUndefined();
    expect(select('table[data-filter-list]', single)).toBeUndefined();
    expect(page('/en/groups/web.timeout/')).not.toContain('data-confref-filter');
  });
});

describe('defaults: a list one item per line, a map one key → value per line, a long value folded', () => {
  const items = [
    'java.',
    'scala.',
    'org.apache.flink.',
    'com.esotericsoftware.kryo',
    'org.apache.hadoop.',
    'javax.annotation.',
    'org.slf4j',
    'org.apache.log4j',
    'org.apache.logging',
    'org.apache.commons.logging',
    'ch.qos.logback',
  ];
  /** The list as the fixture writes it: all eleven items in 2.0 and in the unversioned notes, the first eight in 1.0. */
  const written = {
    11: '"java.";"scala.";"org.apache.flink.";"com.esotericsoftware.kryo";"org.apache.hadoop.";"javax.annotation.";"org.slf4j";"org.apache.log4j";"org.apache.logging";"org.apache.commons.logging";"ch.qos.logback"',
    8: '"java.";"scala.";"org.apache.flink.";"com.esotericsoftware.kryo";"org.apache.hadoop.";"javax.annotation.";"org.slf4j";"org.apache.log4j"',
  };
  const texts = (nodes: Element[]) => nodes.map((node) => toText(node));
  /** A shown default: its items before the fold, the fold's label, the items in it, and what its copy button copies. */
  const shown = (scope: Element) => ({
    shown: texts(selectAll(':scope > ul > li', scope)),
    fold: texts(selectAll(':scope > details > summary', scope)),
    folded: texts(selectAll(':scope > details > ul > li', scope)),
    copies: selectAll(':scope > button.confref-copy', scope).map((button) => button.properties['dataCopy']),
  });
  const views = (path: string, scope: string) => selectAll(`${scope} .confref-value-view`, tree(path)).map(shown);
  const list = (count: 8 | 11, copy: boolean) => ({
    shown: items.slice(0, 5),
    fold: [`show all (${count})`],
    folded: items.slice(5, count),
    copies: copy ? [written[count]] : [],
  });

  it('a list: one <li> per item, the first five shown and the rest in a <details> "show all (N)", copied as written', () => {
    expect(views('/en/options/classloader.parent-first-patterns.default/', '.confref-facts')).toEqual([list(11, true)]);
    expect(views('/zh/groups/classloader.parent-first-patterns/', 'td.confref-default')).toEqual([
      { ...list(11, true), fold: ['显示全部（11 项）'] },
    ]);
    // An embed card runs no script of its own: the list without the copy button.
    expect(views('/embed/en/options/classloader.parent-first-patterns.default/', '.confref-card-facts')).toEqual([list(11, false)]);
  });

  it('the diff page shows a changed list default old → new, both as lists', () => {
    const dd = select('dl.confref-diff-fields > dd.confref-diff-values', tree('/en/diff/1.0..2.0/'))!;
    expect(selectAll(':scope > .confref-value-view', dd).map(shown)).toEqual([list(8, true), list(11, true)]);
  });

  it('a map: one key → value per line, in the order written, copied as written', () => {
    expect(views('/en/v/2.0/options/kubernetes.jobmanager.labels/', '.confref-facts')).toEqual([
      {
        shown: ['app → flink', 'component → jobmanager', 'team → data,platform'],
        fold: [],
        folded: [],
        copies: ['app:flink,component:jobmanager,"team:data,platform"'],
      },
    ]);
  });

  it('a long value: its first 60 characters, then the whole of it in a <details>, with a copy button', () => {
    const opts =
      '-XX:+IgnoreUnrecognizedVMOptions --add-exports=java.base/sun.net.util=ALL-UNNAMED --add-exports=java.rmi/sun.rmi.registry=ALL-UNNAMED';
    const view = select('.confref-facts .confref-value-view--long', tree('/zh/v/2.0/options/env.java.default-opts.all/'))!;
    expect(texts(selectAll(':scope > details > summary > *', view))).toEqual([
      '-XX:+IgnoreUnrecognizedVMOptions --add-exports=java.base/sun…',
      '显示全部（133 个字符）',
    ]);
    expect(texts(selectAll(':scope > details > code', view))).toEqual([opts]);
    expect(select(':scope > button.confref-copy', view)!.properties['dataCopy']).toBe(opts);
  });

  it('the copy buttons work on every page that has one: the one copy script is on the page, once', () => {
    for (const path of ['/en/diff/1.0..2.0/', '/en/v/2.0/options/env.java.default-opts.all/', '/en/v/2.0/groups/kubernetes.jobmanager/']) {
      const scripts = selectAll('script[type="module"]', tree(path)).map((script) => {
        const src = script.properties['src'];
        return typeof src === 'string' ? readFileSync(join(dist, src.slice(base.length)), 'utf8') : toText(script);
      });
      expect(
        scripts.filter((code) => code.includes('button.confref-copy')),
        path,
      ).toHaveLength(1);
    }
  });

  it('an option without a default, or of another type, keeps its one-line form', () => {
    expect(page('/en/options/classloader.parent-first-patterns.additional/')).not.toContain('confref-value-view');
    expect(page('/en/options/classloader.resolve-order/')).toMatch(
      /<dt>Default<\/dt><dd><code class="confref-value">child-first<\/code><\/dd>/,
    );
  });
});

describe('prev/next on option pages: within the group, by key', () => {
  // A label's zero-width spaces, where the key may wrap, are shown as `|`.
  const pagination = (path: string) =>
    selectAll('.pagination-links a', tree(path)).map(
      (link) =>
        `${String(link.properties['rel'])} ${toText(select('.link-title', link)!).replaceAll('\u200b', '|')} ${String(link.properties['href'])}`,
    );

  it('links the neighbours in the group, labelled with their keys that wrap only after a separator, in the page’s locale and version', () => {
    expect(pagination('/en/options/classloader.parent-first-patterns.additional/')).toEqual([
      'next classloader.|parent-|first-|patterns.|default /wiki/flink/en/options/classloader.parent-first-patterns.default/',
    ]);
    expect(pagination('/zh/options/classloader.parent-first-patterns.default/')).toEqual([
      'prev classloader.|parent-|first-|patterns.|additional /wiki/flink/zh/options/classloader.parent-first-patterns.additional/',
    ]);
    expect(pagination('/en/options/embed.card.long/')).toEqual(['next embed.|card.|payload /wiki/flink/en/options/embed.card.payload/']);
  });

  it('has none for an option alone in its group, and never links into another group', () => {
    for (const path of ['/en/options/classloader.resolve-order/', '/en/options/web.timeout/', '/en/v/2.0/options/web.port/'])
      expect(pagination(path), path).toEqual([]);
  });
});
