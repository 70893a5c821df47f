/**
 * An export as a GFM Markdown table: hast → mdast (hast-util-to-mdast) →
 * Markdown (mdast-util-to-markdown with the GFM extension, which escapes
 * pipes in cells and everything else Markdown would read as syntax).
 */
import type { PhrasingContent, Root, RootContent, Table, TableCell } from 'mdast';
import { gfmToMarkdown } from 'mdast-util-gfm';
import { toMarkdown } from 'mdast-util-to-markdown';
import { toMdast } from 'hast-util-to-mdast';
import { toString } from 'mdast-util-to-string';
import type { ExportRow, ExportTable } from './rows.ts';

const cell = (children: PhrasingContent[]): TableCell => ({ type: 'tableCell', children });
const text = (value: string): PhrasingContent => ({ type: 'text', value });

const BR: PhrasingContent = { type: 'html', value: '<br>' };

/** The description as one cell's phrasing: a cell is one line, so blocks and line breaks are joined with `<br>`. */
function phrasing(row: ExportRow): PhrasingContent[] {
  const tree = toMdast(row.description) as Root;
  const out: PhrasingContent[] = [];
  const inline = (node: RootContent): node is PhrasingContent => phrasingTypes.has(node.type);
  for (const node of tree.children) {
    if (inline(node)) out.push(node.type === 'break' ? BR : node);
    else {
      if (out.length > 0) out.push(BR);
      if (node.type === 'paragraph' || node.type === 'heading')
        out.push(...node.children.map((child) => (child.type === 'break' ? BR : child)));
      else if (node.type === 'code') out.push({ type: 'inlineCode', value: node.value.replace(/\n/g, ' ') });
      else out.push(text(toString(node)));
    }
  }
  return out;
}

const phrasingTypes = new Set([
  'text',
  'emphasis',
  'strong',
  'delete',
  'inlineCode',
  'link',
  'linkReference',
  'image',
  'imageReference',
  'break',
  'html',
  'footnoteReference',
]);

// Made once: mdast-util-to-markdown compiles each extension's escaping patterns on first use and keeps them on it.
const TABLE_OPTIONS = { extensions: [gfmToMarkdown({ tablePipeAlign: false })] };

export function toMarkdownTable(table: ExportTable): string {
  const { headers } = table;
  const tree: Table = {
    type: 'table',
    align: [null, null, null, null],
    children: [
      { type: 'tableRow', children: [headers.key, headers.defaultValue, headers.type, headers.description].map((h) => cell([text(h)])) },
      ...table.rows.map((row) => ({
        type: 'tableRow' as const,
        children: [
          cell([{ type: 'link', url: row.url, children: [{ type: 'inlineCode', value: row.key }] }]),
          cell(row.defaultValue === null ? [text(table.none)] : [{ type: 'inlineCode', value: row.defaultValue }]),
          cell([text(row.type)]),
          cell(phrasing(row)),
        ],
      })),
    ],
  };
  return toMarkdown({ type: 'root', children: [tree] }, TABLE_OPTIONS);
}
