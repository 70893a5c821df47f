/**
 * Very long tables, parsed in pieces. micromark keeps every event of a
 * document until it is done, so a 100,000-row table needs gigabytes at once.
 * Rows past the first CHUNK_ROWS of a top-level table (outside fences) are
 * emptied in the text the document parser sees (their lines stay, so line
 * numbers do not move; offsets after them are moved back afterwards), parsed
 * CHUNK_ROWS at a time under the table's own header and delimiter rows, and
 * put back into the table with their true positions. The tree is the one a
 * single parse gives.
 */
import type { Nodes, Table } from 'mdast';
import { fencedLines } from './fences.ts';
import { movePoints, shiftPoints } from './positions.ts';

export const CHUNK_ROWS = 2000;

const PIPE_ROW = /^ {0,3}\|/;
const DELIMITER = /^ {0,3}\|?\s*:?-+:?\s*(?:\|\s*:?-+:?\s*)*\|?\s*$/;

/** The cells of a pipe row as GFM counts them: outer pipes dropped, split at unescaped pipes. */
function cellCount(line: string): number {
  return line
    .trim()
    .replace(/^\|/, '')
    .replace(/(?<!\\)\|$/, '')
    .split(/(?<!\\)\|/).length;
}

export interface RowChunk {
  /** The table's header and delimiter rows, then this chunk's rows. */
  text: string;
  /** Line (1-based) and offset of the chunk's first row in the whole text. */
  line: number;
  offset: number;
  /** Line of the table's header row: which table the rows belong to. */
  tableLine: number;
}

export interface SplitText {
  text: string;
  chunks: RowChunk[];
  /** Where text was taken out (offsets in the shortened text, ascending) and how much had been taken out up to there. */
  removals: Array<{ at: number; removedBefore: number }>;
}

export function splitLargeTables(text: string): SplitText {
  const lines = text.split('\n');
  if (lines.length < CHUNK_ROWS) return { text, chunks: [], removals: [] };
  const offsets: number[] = [];
  for (let i = 0, offset = 0; i < lines.length; offset += lines[i]!.length + 1, i++) offsets.push(offset);
  const chunks: RowChunk[] = [];
  const fenced = fencedLines(lines);
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (fenced[i]) continue;
    // A table at the top level: a pipe header after a blank line (or the start), then a delimiter row of as many cells (else GFM reads no table).
    const delimiter = lines[i + 1] ?? '';
    if (
      !PIPE_ROW.test(line) ||
      !DELIMITER.test(delimiter) ||
      (i > 0 && lines[i - 1]!.trim() !== '') ||
      cellCount(line) !== cellCount(delimiter)
    )
      continue;
    let end = i + 2;
    while (end < lines.length && PIPE_ROW.test(lines[end]!)) end++;
    // Only a table that ends at a blank line or the end: rows without pipes could follow otherwise.
    const rows = end - (i + 2);
    if (rows > CHUNK_ROWS && (end === lines.length || lines[end]!.trim() === '')) {
      const head = `${line}\n${lines[i + 1]}\n`;
      for (let first = i + 2 + CHUNK_ROWS; first < end; first += CHUNK_ROWS) {
        const last = Math.min(first + CHUNK_ROWS, end);
        chunks.push({ text: head + lines.slice(first, last).join('\n'), line: first + 1, offset: offsets[first]!, tableLine: i + 1 });
        for (let j = first; j < last; j++) lines[j] = '';
      }
    }
    i = end - 1;
  }
  if (chunks.length === 0) return { text, chunks, removals: [] };
  // The shortened text's offsets: each emptied line took its length out.
  const removals: SplitText['removals'] = [];
  let removed = 0;
  for (let i = 0, at = 0; i < lines.length; i++) {
    const taken =
      offsets[i + 1] !== undefined ? offsets[i + 1]! - offsets[i]! - 1 - lines[i]!.length : text.length - offsets[i]! - lines[i]!.length;
    if (taken > 0) {
      removed += taken;
      removals.push({ at, removedBefore: removed });
    }
    at += lines[i]!.length + 1;
  }
  return { text: lines.join('\n'), chunks, removals };
}

/** The offset in the whole text of an offset in the shortened one. */
function originalOffset(offset: number, removals: SplitText['removals']): number {
  let low = 0;
  let high = removals.length - 1;
  let found = -1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    if (removals[middle]!.at <= offset) {
      found = middle;
      low = middle + 1;
    } else high = middle - 1;
  }
  return found === -1 ? offset : offset + removals[found]!.removedBefore;
}

/**
 * Gives the tree of the shortened text its true offsets, then parses each
 * chunk (with `parse`) and appends its rows to its table. False when a chunk
 * finds no table to join (the text was not read as the table it looked like):
 * the caller then parses the text whole.
 */
export function joinLargeTables(
  root: Nodes,
  { chunks, removals }: Pick<SplitText, 'chunks' | 'removals'>,
  parse: (text: string) => Nodes,
): boolean {
  if (chunks.length === 0 || !('children' in root)) return true;
  const tables = new Map(
    (root.children as Nodes[]).flatMap((node) =>
      node.type === 'table' && node.position ? [[node.position.start.line, node as Table] as const] : [],
    ),
  );
  if (!chunks.every((chunk) => tables.has(chunk.tableLine))) return false;
  movePoints(root, (point) => {
    if (point.offset !== undefined) point.offset = originalOffset(point.offset, removals);
  });
  for (const chunk of chunks) {
    const table = tables.get(chunk.tableLine)!;
    const parsed = (parse(chunk.text) as { children: Nodes[] }).children[0];
    if (parsed?.type !== 'table') return false;
    const headLength = chunk.text.indexOf('\n', chunk.text.indexOf('\n') + 1) + 1;
    const rows = parsed.children.slice(1);
    // In the chunk the first row is on line 3.
    for (const row of rows) shiftPoints(row, chunk.line - 3, chunk.offset - headLength);
    table.children.push(...rows);
    if (table.position && rows.at(-1)?.position) table.position.end = { ...rows.at(-1)!.position!.end };
  }
  return true;
}
