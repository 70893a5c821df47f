/**
 * Note pages show each note's own tables as written (tests/fixtures/overlapping-notes:
 * notes that define the same keys with other defaults, types and descriptions).
 * Every table on every note page, in both languages, is compared cell by
 * cell with the note's Markdown, read here on its own with remark-gfm.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Element, Root as HastRoot } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { select, selectAll } from 'hast-util-select';
import { toText } from 'hast-util-to-text';
import type { Root, RootContent, Table, TableRow } from 'mdast';
import { toString } from 'mdast-util-to-string';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';
import { describe, expect, inject, it } from 'vitest';
import { root } from '../helpers/astro.ts';

const { dist, base } = inject('sites').overlapping;
const content = join(root, 'tests/fixtures/overlapping-notes');
const notes = readdirSync(content)
  .filter((name) => name.endsWith('.md'))
  .sort();
const parser = unified().use(remarkParse).use(remarkGfm);

interface TableText {
  headers: string[];
  rows: string[][];
}

const squash = (text: string): string => text.replace(/\s+/g, ' ').trim();

/** A Markdown row's cells as a note page shows them: one per header column, missing ones empty, extra ones joined into the last with ` | `. */
function rowText(row: TableRow, width: number): string[] {
  const cells = row.children.map((cell) => squash(toString(cell, { includeHtml: false })));
  const shown = Array.from({ length: width }, (_, index) => cells[index] ?? '');
  if (cells.length > width) shown[width - 1] = cells.slice(width - 1).join(' | ');
  return shown.map(squash);
}

/** A paragraph right under a table whose lines are all `| … |` rows: rows the blank line cut off (content-format.md, "Broken tables"). */
function cutOffRows(paragraph: RootContent, table: Table, source: string): TableRow[] {
  const lines = source.split('\n');
  const start = paragraph.position!.start.line;
  const rows = lines.slice(start - 1, paragraph.position!.end.line);
  if (!rows.every((line) => line.trimStart().startsWith('|'))) return [];
  const head = lines.slice(table.position!.start.line - 1, table.position!.start.line + 1);
  const reread = parser.parse([...head, ...rows].join('\n')).children[0];
  return reread?.type === 'table' ? reread.children.slice(1) : [];
}

/** The note's tables as Markdown reads them, in order: top-level ones, and those in lists and block quotes. */
function markdownTables(source: string): TableText[] {
  const tree = parser.parse(source) as Root;
  const tables: TableText[] = [];
  const read = (table: Table, extra: TableRow[] = []) => {
    const headers = table.children[0]!.children.map((cell) => squash(toString(cell, { includeHtml: false })));
    tables.push({ headers, rows: [...table.children.slice(1), ...extra].map((row) => rowText(row, headers.length)) });
  };
  tree.children.forEach((node, index) => {
    if (node.type !== 'table') {
      visit(node, 'table', (table: Table) => read(table));
      return;
    }
    const next = tree.children[index + 1];
    read(node, next?.type === 'paragraph' ? cutOffRows(next, node, source) : []);
  });
  return tables;
}

function pageOf(lang: string, name: string): HastRoot {
  return fromHtml(readFileSync(join(dist, lang, 'notes', name.replace(/\.md$/, ''), 'index.html'), 'utf8'));
}

/** The tables in a note page's body, as a reader sees their text. */
function pageTables(page: HastRoot): TableText[] {
  const body = select('.confref-note', page)!;
  return selectAll('table', body).map((table) => ({
    headers: selectAll('thead th', table).map((cell) => squash(toText(cell))),
    rows: selectAll('tbody tr', table).map((row) => selectAll('td', row).map((cell) => squash(toText(cell)))),
  }));
}

describe('note pages show the note’s own tables, as written', () => {
  it('reads five notes with tables', () => {
    expect(notes).toEqual(['checkpoint-guide.md', 'oncall-cheatsheet.md', 'platform-defaults.md', 'rocksdb-tuning.md', 'sre-runbook.md']);
  });

  for (const name of notes) {
    const source = readFileSync(join(content, name), 'utf8');
    const expected = markdownTables(source);
    for (const lang of ['en', 'zh']) {
      it(`${lang}: ${name} shows every table cell as written`, () => {
        expect(expected.length).toBeGreaterThan(0);
        expect(pageTables(pageOf(lang, name))).toEqual(expected);
      });
    }
  }

  it('links each key cell to an option page of the site, and gives each row an id unique on its page', () => {
    for (const name of notes) {
      for (const lang of ['en', 'zh']) {
        const page = pageOf(lang, name);
        const rows = selectAll('.confref-note table.confref-note-table tbody tr', page);
        expect(rows.length, name).toBeGreaterThan(0);
        const ids = selectAll('[id]', page).map((element) => String(element.properties['id']));
        for (const row of rows) {
          const id = String(row.properties['id']);
          expect(
            ids.filter((other) => other === id),
            `${name} #${id}`,
          ).toHaveLength(1);
          const link = select('td:first-child a', row) as Element | undefined;
          if (!link) continue;
          const href = String(link.properties['href']);
          expect(href.startsWith(`${base}${lang}/options/`), href).toBe(true);
          expect(existsSync(join(dist, decodeURI(href.slice(base.length)), 'index.html')), href).toBe(true);
        }
      }
    }
  });

  it('shows the values each note wrote, where other notes wrote others', () => {
    const cellsOf = (name: string, key: string) =>
      selectAll(`.confref-note tr[id="${key}"] td`, pageOf('en', name)).map((cell) => squash(toText(cell)));
    // Three notes, three defaults and descriptions for one key.
    expect(cellsOf('rocksdb-tuning.md', 'state.backend.type')).toEqual([
      'state.backend.type',
      'hashmap',
      'String',
      'The state backend to be used to store state. Accepts hashmap, rocksdb or a factory class name.',
    ]);
    expect(cellsOf('platform-defaults.md', 'state.backend.type')).toEqual([
      'state.backend.type',
      'String',
      'rocksdb',
      '平台统一使用 RocksDB，作业不要改',
      '否',
    ]);
    expect(cellsOf('oncall-cheatsheet.md', 'state.backend.type')).toEqual([
      'state.backend.type',
      'String',
      'hashmap',
      '状态后端，我们线上都是 rocksdb',
    ]);
    // The invalid Integer default is shown as written; the misspelled key keeps its own row and page.
    expect(cellsOf('platform-defaults.md', 'taskmanager.numberOfTaskSlots')[2]).toBe('4核');
    expect(cellsOf('platform-defaults.md', 'state.backend.rocksdb.writebuffer.sise')[2]).toBe('128 mb');
    // Tables in a list and a quote: the key pasted with Flink's <h5>, the cell past the header joined into the last.
    expect(cellsOf('sre-runbook.md', 'L9')).toEqual([
      'state.backend.type',
      'hashmap',
      'String',
      'Copied from the Flink docs: the backend that stores keyed state.',
    ]);
    expect(cellsOf('sre-runbook.md', 'L10')).toEqual([
      'state.backend.rocksdb.writebuffer.size',
      '65536 kb',
      'MemorySize',
      '单个写缓冲的大小 | 与官网一致',
    ]);
    expect(cellsOf('sre-runbook.md', 'L18')).toEqual(['state.savepoints.dir', '无', 'savepoint 的目录，Flink 没有默认值']);
    // No badge or mark the author did not write: a deprecation shows as the author's strikethrough only.
    const cheatsheet = pageOf('en', 'oncall-cheatsheet.md');
    expect(selectAll('.confref-note .confref-badge', cheatsheet)).toEqual([]);
    expect(selectAll('.confref-note tr[id="state.backend"] del', cheatsheet)).toHaveLength(1);
  });
});
