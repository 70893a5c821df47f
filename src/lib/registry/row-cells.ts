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

/**
 * The row re-read with its tabs as cell separators, if that gives no more
 * cells than the header has: each tab, or else each run of tabs, taken as a
 * `|` (the header's width exactly preferred). The new cells' positions point
 * into `source`, as the row's did.
 */
function splitAtTabs(source: string, row: TableRow, width: number): TableCell[] | undefined {
  const start = row.position?.start;
  const end = row.position?.end.offset;
  if (!start || start.offset === undefined || end === undefined) return undefined;
  const text = source.slice(start.offset, end);
  if (text.includes('\n')) return undefined;
  const cells = row.children.length;
  const tabs = (text.match(/\t/g) ?? []).length;
  const runs = (text.match(/\t+/g) ?? []).length;
  // Same-length replacements, so offsets into the row stay put.
  const eachTab = { count: cells + tabs, text: () => text.replace(/\t/g, '|') };
  const eachRun = { count: cells + runs, text: () => text.replace(/\t+/g, (run) => `|${' '.repeat(run.length - 1)}`) };
  const fitting = [eachTab, eachRun].filter((candidate) => candidate.count <= width);
  const best = fitting.find((candidate) => candidate.count === width) ?? fitting[0];
  if (!best) return undefined;
  const prefix = `|${' h |'.repeat(width)}\n|${' --- |'.repeat(width)}\n`;
  const table = parseMarkdown(prefix + best.text()).children[0];
  const parsed = table?.type === 'table' ? table.children[1] : undefined;
  if (!parsed || parsed.children.length !== best.count) return undefined;
  movePoints(parsed, (point) => {
    const p = point as { line: number; column: number; offset?: number | undefined };
    const within = (p.offset ?? prefix.length) - prefix.length;
    p.line = start.line;
    p.column = start.column + within;
    p.offset = start.offset! + within;
  });
  return parsed.children;
}

/** Lines up a row's cells with the header, reporting and repairing a mismatch. */
export function alignCells(at: CellSource, row: TableRow, columns: ColumnMap, rowPlace: Place): AlignedCells {
  const width = columns.headers.length;
  const cells = [...row.children];
  if (cells.length === width) return { cells, extra: [] };
  if (cells.length > width) {
    const firstEmpty = cellText(cells[0]!.children) === '';
    if (firstEmpty && cells.length === width + 1 && looksLikeKey(cellText(cells[1]!.children))) {
      report(at.file, 'malformed-row', rowPlace, `Row has ${cells.length} cells but the header has ${width}: it starts with an extra empty cell; read shifted one cell left`, 'Remove the extra `|` at the start of the row.');
      return { cells: cells.slice(1), extra: [] };
    }
    const extra = cells.slice(width).map((cell, index): [string, TableCell] => [`column ${width + index + 1}`, cell]);
    const quoted = extra.map(([label, cell]) => `${label}: ${quoteForMessage(cellText(cell.children))}`);
    report(at.file, 'malformed-row', rowPlace, `Row has ${cells.length} cells but the header has ${width}: the cells past the header are kept apart, under extra (${quoted.slice(0, 5).join(', ')}${quoted.length > 5 ? `, and ${quoted.length - 5} more` : ''})`, 'Escape a `|` inside a cell as `\\|`, or give the extra column a header.');
    return { cells: cells.slice(0, width), extra };
  }
  const hasTabs = cells.some((cell) => {
    const start = cell.position?.start.offset;
    const end = cell.position?.end.offset;
    return start !== undefined && end !== undefined && at.source.slice(start, end).includes('\t');
  });
  if (hasTabs) {
    const split = splitAtTabs(at.source, row, width);
    if (split) {
      const missing = width - split.length;
      report(at.file, 'tab-separated-row', rowPlace, `Row separates its cells with tabs, not \`|\`: read as ${plural(split.length, 'cell')} split at the tabs${missing > 0 ? `, the missing ${missing} read as empty` : ''}`, 'Put `|` between the cells (tabs copied from a spreadsheet or editor are not cell separators).');
      return { cells: split, extra: [] };
    }
  }
  const tabNote = hasTabs ? ' (it holds tabs, but splitting at them gives more cells than the header has)' : '';
  report(at.file, 'malformed-row', rowPlace, `Row has ${plural(cells.length, 'cell')} but the header has ${width}${tabNote}: the missing cells are read as empty`, 'Add the missing cells (empty cells are fine: `| |`).');
  return { cells, extra: [] };
}
