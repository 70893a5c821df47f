/**
 * Option tables among a note's blocks. A table is an option table when its
 * header says so (or, when the header is unsure, when most rows hold keys).
 * A paragraph of `| … |` lines is re-read as a table and reported: rows cut
 * off from the option table above by a blank line, or an option table
 * without its delimiter row.
 */
import type { Element, ElementContent } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import type { Paragraph, Table } from 'mdast';
import type { VFile } from 'vfile';
import { classifyHeader, looksLikeKey, type ColumnMap } from './columns.ts';
import { report } from './diagnostics.ts';
import { readKeyCell } from './keys.ts';
import { cellText, parseMarkdown } from './markdown.ts';
import type { NoteMeta } from './note-meta.ts';
import { readOptionRows, type OptionRow, type TableContext, type WrittenRow } from './rows.ts';
import type { NoteBlock, NoteTableRow, SourcePosition } from './schema.ts';

export type OptionsBlock = Extract<NoteBlock, { kind: 'options' }>;

/** What the tables of a note share: where diagnostics go, the note's facts and the headings above the table. */
export interface TableScope {
  file: VFile;
  meta: NoteMeta;
  trail: readonly string[];
}

/** An option table read: its rows, and what rows cut off from it need to be read as its own. */
export interface OptionTable {
  columns: ColumnMap;
  headerLine: number;
  block: OptionsBlock;
  rows: OptionRow[];
  /** Body rows read (each is an OptionRow or named in a diagnostic). */
  bodyRows: number;
}

/** A pipe paragraph read as option rows: more rows of the table above, or an option table of its own. */
export type PipeParagraph =
  { kind: 'continued'; rows: OptionRow[]; written: NoteTableRow[]; bodyRows: number } | { kind: 'table'; table: OptionTable };

const DELIMITER_ROW = /^\s*\|?\s*:?-+:?\s*(?:\|\s*:?-+:?\s*)*\|?\s*$/;

/** The context rows are read in: `source` is the text the table's positions point into, `mapLine` maps its lines to the note's. */
export function tableContext(scope: TableScope, source: string, mapLine: (line: number) => number): TableContext {
  const { meta } = scope;
  return {
    file: scope.file,
    source,
    mapLine,
    locale: meta.locale,
    noteId: meta.id,
    noteKind: meta.kind,
    upstream: meta.upstream,
    version: meta.version,
    group: meta.group,
    trail: [...scope.trail],
  };
}

/** Reads `table` as an option table if it is one. */
export function readOptionTable(table: Table, ctx: TableContext, at: SourcePosition): OptionTable | undefined {
  const headers = table.children[0]?.children.map((cell) => cellText(cell.children)) ?? [];
  const classification = classifyHeader(headers);
  if (!classification) return undefined;
  const { columns } = classification;
  if (!classification.certain) {
    const body = table.children.slice(1);
    const keyLike = body.filter((row) =>
      looksLikeKey(readKeyCell(row.children[columns.roles.key!]?.children ?? [], ctx.source).key),
    ).length;
    if (body.length === 0 || keyLike * 2 < body.length) return undefined;
  }
  const { options: rows, written } = readOptionRows(ctx, table, columns);
  const roleAt = new Map(Object.entries(columns.roles).map(([role, index]) => [index, role]));
  const block: OptionsBlock = {
    kind: 'options',
    keys: rows.map((row) => row.key),
    columns: headers.map((header, index) => ({ header, role: roleAt.get(index) ?? null })),
    rows: written.map(withLineId),
    position: at,
  };
  return { columns, headerLine: at.line, block, rows, bodyRows: table.children.length - 1 };
}

/**
 * Reads a paragraph of `| … |` lines at `at`: as rows cut off from `above`
 * (the option table just before it, if any), else as an option table
 * written without a delimiter row. `lines` are the note's body lines.
 */
export function readPipeParagraph(
  node: Paragraph,
  at: SourcePosition,
  lines: readonly string[],
  above: OptionTable | undefined,
  scope: TableScope,
): PipeParagraph | undefined {
  const start = node.position!.start.line;
  const end = node.position!.end.line;
  const paraLines = lines.slice(start - 1, end);
  if (!paraLines.every((line) => line.trimStart().startsWith('|'))) return undefined;
  if (above) return readCutOffRows(paraLines, start, [lines[above.headerLine - 1]!, lines[above.headerLine]!], above, scope);
  const table = readUndelimitedTable(paraLines, start, at, scope);
  return table && { kind: 'table', table };
}

/** Rows cut off from the table above by a blank line, read under its header and delimiter lines. */
function readCutOffRows(
  paraLines: readonly string[],
  start: number,
  headLines: readonly [string, string],
  above: OptionTable,
  scope: TableScope,
): PipeParagraph | undefined {
  const source = [...headLines, ...paraLines].join('\n');
  const table = parseMarkdown(source).children[0];
  if (table?.type !== 'table') return undefined;
  report(
    scope.file,
    'table-split',
    { line: start, column: 1 },
    `${paraLines.length} row${paraLines.length === 1 ? '' : 's'} cut off from the table at line ${above.headerLine} by a blank line; read as rows of that table`,
    'Remove the blank line inside the table.',
  );
  const { options: rows, written } = readOptionRows(
    { ...tableContext(scope, source, (line) => start + line - 3), tableLine: above.headerLine },
    table,
    above.columns,
  );
  return { kind: 'continued', rows, written: written.map(withLineId), bodyRows: table.children.length - 1 };
}

/** An option table whose delimiter row is missing or malformed, read with one put in. */
function readUndelimitedTable(paraLines: readonly string[], start: number, at: SourcePosition, scope: TableScope): OptionTable | undefined {
  const headerCells = paraLines[0]!
    .trim()
    .replace(/^\||\|$/g, '')
    .split('|');
  if (!classifyHeader(headerCells.map((cell) => cell.trim()))) return undefined;
  const rest = DELIMITER_ROW.test(paraLines[1] ?? '') ? paraLines.slice(2) : paraLines.slice(1);
  const skipped = paraLines.length - 1 - rest.length;
  const delimiter = `|${headerCells.map(() => ' --- ').join('|')}|`;
  const source = [paraLines[0]!, delimiter, ...rest].join('\n');
  const table = parseMarkdown(source).children[0];
  if (table?.type !== 'table') return undefined;
  report(
    scope.file,
    'table-missing-delimiter',
    { line: start, column: 1 },
    skipped
      ? 'Option table with a malformed delimiter row; read as a table'
      : 'Option table without a delimiter row (`| --- |`); read as a table',
    `Put a delimiter row with ${headerCells.length} cells under the header.`,
  );
  return readOptionTable(
    table,
    tableContext(scope, source, (line) => (line <= 2 ? start : start + skipped + line - 2)),
    at,
  );
}

/** A break opportunity (`<wbr>`) after each dot inside a dotted word: a long key wraps at its dots, never inside a word. */
export function breakAtDots(nodes: ElementContent[]): ElementContent[] {
  return nodes.flatMap((node): ElementContent[] => {
    if (node.type === 'element') return [{ ...node, children: breakAtDots(node.children) }];
    if (node.type !== 'text') return [node];
    return node.value
      .split(/(?<=[\w>]\.)(?=[\w<#-])/)
      .flatMap((part, index): ElementContent[] => [
        ...(index > 0 ? [{ type: 'element', tagName: 'wbr', properties: {}, children: [] } satisfies Element] : []),
        { type: 'text', value: part },
      ]);
  });
}

/** Break opportunities in the code spans of a key cell; plain text stays whole, for the site links keys in text nodes. */
function breakCodeAtDots(nodes: ElementContent[]): ElementContent[] {
  return nodes.map((node) =>
    node.type !== 'element'
      ? node
      : node.tagName === 'code'
        ? { ...node, children: breakAtDots(node.children) }
        : { ...node, children: breakCodeAtDots(node.children) },
  );
}

/**
 * An option table as a note page shows it (components/NoteTable.astro): the
 * author's headers and each row's cells as written, each row with its id.
 * For tables inside a list or a block quote, which are shown within the
 * prose around them; cells' HTML is already sanitized, and keys are linked
 * on the site as in any prose.
 */
export function noteTableHast(block: OptionsBlock): Element {
  const element = (tagName: string, properties: Element['properties'], children: ElementContent[]): Element => ({
    type: 'element',
    tagName,
    properties,
    children,
  });
  const cellChildren = (html: string) => fromHtml(html, { fragment: true }).children as ElementContent[];
  const head = element('thead', {}, [
    element(
      'tr',
      {},
      block.columns.map((column) => element('th', { scope: 'col' }, [{ type: 'text', value: column.header }])),
    ),
  ]);
  const body = element(
    'tbody',
    {},
    block.rows.map((row) =>
      element(
        'tr',
        { id: row.id },
        row.cells.map((cell, index) => {
          const role = block.columns[index]?.role;
          const children = cellChildren(cell.html);
          return element(
            'td',
            role === 'description' || role === 'default' ? { className: [`confref-note-${role}`] } : {},
            role === 'key' ? breakCodeAtDots(children) : children,
          );
        }),
      ),
    ),
  );
  const table = element('table', { className: ['confref-options', 'confref-note-table'] }, [head, body]);
  return element('div', { className: ['confref-table-wrap'] }, [table]);
}

/** A row's id from its line (`L12`, as source viewers name lines): unique in the note, and never a heading's id, which is lower case. */
function withLineId(row: WrittenRow): NoteTableRow {
  return { ...row, id: `L${row.line}` };
}

/** A key that reads well as an element id and a URL fragment; its dot keeps it apart from heading ids (slugs have none). */
const ID_KEY = /^[A-Za-z0-9_-]+(?:\.[A-Za-z0-9_-]+)+$/;

/**
 * Gives each key's first row in the note its key as id (`#state.backend.type`),
 * so an option page can link to where a note defines it; the other rows keep
 * their line ids. `blocks` are the note's, in order.
 */
export function assignKeyRowIds(blocks: NoteBlock[]): void {
  const taken = new Set<string>();
  for (const block of blocks) {
    if (block.kind !== 'options') continue;
    for (const row of block.rows) {
      if (row.key === null || !ID_KEY.test(row.key) || taken.has(row.key)) continue;
      taken.add(row.key);
      row.id = row.key;
    }
  }
}
