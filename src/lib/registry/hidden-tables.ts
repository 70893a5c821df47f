/**
 * Table rows Markdown does not read as a table: inside an HTML block (a
 * `<details>` with no blank line after it swallows the table under it) or
 * under an HTML comment that is never closed (it hides the rest of the note).
 * Each is reported (rule `hidden-table`), so no row disappears unnoticed.
 */
import type { Html, Root } from 'mdast';
import type { VFile } from 'vfile';
import { report } from './diagnostics.ts';

const ROW = /^\s*\|.*\|\s*$/;
const DELIMITER = /^\s*\|?\s*:?-+:?\s*(?:\|\s*:?-+:?\s*)+\|?\s*$/;

function rowsIn(value: string): number {
  const lines = value.split('\n');
  return lines.filter((line) => ROW.test(line) && !DELIMITER.test(line)).length;
}

export function reportHiddenTables(tree: Root, file: VFile): void {
  for (const node of tree.children) {
    if (node.type !== 'html' || !node.position) continue;
    const { start, end } = (node as Html).position!;
    const lines = start.line === end.line ? `line ${start.line}` : `lines ${start.line}–${end.line}`;
    const rows = rowsIn(node.value);
    if (/^\s*<!--/.test(node.value) && !node.value.includes('-->')) {
      report(
        file,
        'hidden-table',
        start,
        `This HTML comment is never closed: it hides the rest of the note (${lines}${rows > 0 ? `, ${rows} table row${rows === 1 ? '' : 's'}` : ''}).`,
        'Close the comment with -->.',
      );
    } else if (!/^\s*<!--/.test(node.value) && rows > 0 && node.value.split('\n').some((line) => DELIMITER.test(line))) {
      report(
        file,
        'hidden-table',
        start,
        `A table inside this HTML block (${lines}, ${rows} row${rows === 1 ? '' : 's'}) is not read as a table.`,
        'Markdown inside an HTML block needs blank lines around it: put one after the opening tag (e.g. <details>) and one before the closing tag.',
      );
    }
  }
}
