/**
 * A note's language from its prose: headings, paragraphs, list items, block
 * quotes, admonitions and table cells, without code, raw HTML, URLs or image
 * text. In option tables only the description cells speak, and only when
 * they are Chinese: English descriptions are often copied from Flink's docs
 * into Chinese notes (the seed note), so they say nothing of the note's own
 * language; keys, types and defaults are not prose.
 */
import type { Nodes, PhrasingContent, Root, Table } from 'mdast';
import { detectProseLocale, type ProsePiece } from '../locale/detect.ts';
import { classifyHeader } from './columns.ts';
import { cellText } from './markdown.ts';
import type { Locale } from './schema.ts';

/** The words of phrasing content a reader reads as prose (no code spans, HTML or images). */
function proseText(nodes: readonly PhrasingContent[]): string {
  let out = '';
  const walk = (list: readonly PhrasingContent[]): void => {
    for (const node of list) {
      if (node.type === 'text') out += node.value;
      else if (node.type === 'break') out += ' ';
      else if (node.type === 'inlineCode' || node.type === 'html' || node.type === 'image' || node.type === 'imageReference') out += ' ';
      else if ('children' in node) walk(node.children);
    }
  };
  walk(nodes);
  return out.replace(/\s+/g, ' ').trim();
}

function* tablePieces(table: Table): Generator<ProsePiece> {
  const [header, ...body] = table.children;
  const columns = classifyHeader(header?.children.map((cell) => cellText(cell.children)) ?? [])?.columns;
  if (!columns) {
    for (const row of table.children) for (const cell of row.children) yield { text: proseText(cell.children) };
    return;
  }
  const description = columns.roles.description;
  if (description === undefined) return;
  for (const row of body) {
    const cell = row.children[description];
    if (cell) yield { text: proseText(cell.children), chineseOnly: true };
  }
}

function* prosePieces(node: Nodes): Generator<ProsePiece> {
  if (node.type === 'heading' || node.type === 'paragraph') {
    yield { text: proseText(node.children) };
  } else if (node.type === 'table') {
    yield* tablePieces(node);
  } else if ('children' in node) {
    // Lists, block quotes, admonitions, footnotes: the paragraphs inside them.
    for (const child of node.children as Nodes[]) yield* prosePieces(child);
  }
}

/** The locale a note's prose is written in; undefined when it has no words. */
export function detectNoteLocale(tree: Root): Locale | undefined {
  return detectProseLocale(prosePieces(tree));
}
