/**
 * Lining up a body row's cells with its header: cells separated by tabs
 * where `|` should be are split at the tabs, an extra empty cell at the start
 * is dropped, cells past the header's width are kept apart (they become
 * `extra` under `column N`), missing cells are read as empty. Each repair is
 * reported at the row's line, saying how the row was read.
 */
import type { TableCell, TableRow } from 'mdast';
import type { VFile } from 'vfile';
import type { ColumnMap } from './columns.ts';
import { looksLikeKey } from './columns.ts';
import { report, type Place } from './diagnostics.ts';
import { quoteForMessage } from './key-grammar.ts';
import { cellText, parseMarkdown } from './markdown.ts';
import { movePoints } from './positions.ts';

export interface CellSource {
  file: VFile;
  /** The text the row's positions point into. */
  source: string;
}

export interface AlignedCells {
  /** One cell per header column (or fewer, when the row is short). */
  cells: TableCell[];
  /** Cells past the header's width, by their column label (`column 5`). */
  extra: Array<[string, TableCell]>;
}

function plural(count: number, word: string): string {
  return `${count} ${word}${count === 1 ? '' : 's'}`;
}

function holdsTabs(source: string, cells: readonly TableCell[]): boolean {
  return cells.some((cell) => {
    const start = cell.position?.start.offset;
    const end = cell.position?.end.offset;
    return start !== undefined && end !== undefined && source.slice(start, end).includes('\t');
  });
}

/**
 * The row's line with its tabs as cell separators, if that gives no more
 * cells than the header has: each tab, or else each run of tabs, taken as a
 * `|` (the header's width exactly preferred); tabs at the row's start or end
 * are white space. Same-length replacements, so offsets into the row stay put.
 */
function tabsAsPipes(source: string, row: TableRow, width: number): { text: string; cells: number } | undefined {
  const start = row.position?.start.offset;
  const end = row.position?.end.offset;
  if (start === undefined || end === undefined || row.children.length >= width || !holdsTabs(source, row.children)) return undefined;
  const written = source.slice(start, end);
  if (written.includes('\n')) return undefined;
  // Tabs at the row's edges (`|\tkey\t1\tdesc\t|`) separate nothing: read as spaces, so no empty first or last cell.
  const text = written
    .replace(/^( *\|?)([ \t]*)/, (_, pipe: string, blank: string) => pipe + blank.replace(/\t/g, ' '))
    .replace(/([ \t]*)(\|? *)$/, (_, blank: string, pipe: string) => blank.replace(/\t/g, ' ') + pipe);
  if (!text.includes('\t')) return undefined;
  const cells = row.children.length;
  const eachTab = { cells: cells + (text.match(/\t/g) ?? []).length, text: () => text.replace(/\t/g, '|') };
  const eachRun = {
    cells: cells + (text.match(/\t+/g) ?? []).length,
    text: () => text.replace(/\t+/g, (run) => `|${' '.repeat(run.length - 1)}`),
  };
  const fitting = [eachTab, eachRun].filter((candidate) => candidate.cells <= width);
  const best = fitting.find((candidate) => candidate.cells === width) ?? fitting[0];
  return best && { text: best.text(), cells: best.cells };
}

/**
 * The rows of a table whose cells are separated by tabs, re-read split at
 * the tabs: all of them in one parse, each row's new cells with positions
 * pointing into `source`, as the row's did.
 */
export function splitTabRows(source: string, rows: readonly TableRow[], width: number): Map<TableRow, TableCell[]> {
  const found = new Map<TableRow, TableCell[]>();
  const candidates = rows.flatMap((row) => {
    const split = tabsAsPipes(source, row, width);
    return split ? [{ row, ...split }] : [];
  });
  if (candidates.length === 0) return found;
  const prefix = `|${' h |'.repeat(width)}\n|${' --- |'.repeat(width)}\n`;
  const table = parseMarkdown(prefix + candidates.map((candidate) => candidate.text).join('\n')).children[0];
  const parsed = table?.type === 'table' ? table.children.slice(1) : [];
  if (parsed.length !== candidates.length) return found;
  let lineStart = prefix.length;
  candidates.forEach((candidate, index) => {
    const row = parsed[index]!;
    const start = candidate.row.position!.start;
    const from = lineStart;
    lineStart += candidate.text.length + 1;
    if (row.children.length !== candidate.cells) return;
    movePoints(row, (point) => {
      const p = point as { line: number; column: number; offset?: number | undefined };
      const within = (p.offset ?? from) - from;
      p.line = start.line;
      p.column = start.column + within;
      p.offset = start.offset! + within;
    });
    found.set(candidate.row, row.children);
  });
  return found;
}

/**
 * Lines up a row's cells with the header, reporting and repairing a
 * mismatch. `tabSplit` is the row split at its tabs (`splitTabRows`), if it
 * could be.
 */
export function alignCells(at: CellSource, row: TableRow, columns: ColumnMap, rowPlace: Place, tabSplit?: TableCell[]): AlignedCells {
  const width = columns.headers.length;
  const cells = [...row.children];
  if (cells.length === width) return { cells, extra: [] };
  if (cells.length > width) {
    const firstEmpty = cellText(cells[0]!.children) === '';
    if (firstEmpty && cells.length === width + 1 && looksLikeKey(cellText(cells[1]!.children))) {
      report(
        at.file,
        'malformed-row',
        rowPlace,
        `Row has ${cells.length} cells but the header has ${width}: it starts with an extra empty cell; read shifted one cell left`,
        'Remove the extra `|` at the start of the row.',
      );
      return { cells: cells.slice(1), extra: [] };
    }
    const extra = cells.slice(width).map((cell, index): [string, TableCell] => [`column ${width + index + 1}`, cell]);
    const quoted = extra.map(([label, cell]) => `${label}: ${quoteForMessage(cellText(cell.children))}`);
    report(
      at.file,
      'malformed-row',
      rowPlace,
      `Row has ${cells.length} cells but the header has ${width}: the cells past the header are kept apart, under extra (${quoted.slice(0, 5).join(', ')}${quoted.length > 5 ? `, and ${quoted.length - 5} more` : ''})`,
      'Escape a `|` inside a cell as `\\|`, or give the extra column a header.',
    );
    return { cells: cells.slice(0, width), extra };
  }
  if (tabSplit) {
    const missing = width - tabSplit.length;
    report(
      at.file,
      'tab-separated-row',
      rowPlace,
      `Row separates its cells with tabs, not \`|\`: read as ${plural(tabSplit.length, 'cell')} split at the tabs${missing > 0 ? `, the missing ${missing} read as empty` : ''}`,
      'Put `|` between the cells (tabs copied from a spreadsheet or editor are not cell separators).',
    );
    return { cells: tabSplit, extra: [] };
  }
  const hasTabs = holdsTabs(at.source, cells);
  const tabNote = hasTabs ? ' (it holds tabs, but splitting at them gives more cells than the header has)' : '';
  report(
    at.file,
    'malformed-row',
    rowPlace,
    `Row has ${plural(cells.length, 'cell')} but the header has ${width}${tabNote}: the missing cells are read as empty`,
    'Add the missing cells (empty cells are fine: `| |`).',
  );
  return { cells, extra: [] };
}
