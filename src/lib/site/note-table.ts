/**
 * A note's own option table on its page: each cell's HTML as the registry
 * keeps it (rendered from the note's Markdown, sanitized), with the key cell
 * made a link to the key's option page. Nothing here reads another note.
 */
import type { Element, ElementContent, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toHtml } from 'hast-util-to-html';
import { breakAtDots } from '../registry/note-tables.ts';
import type { NoteTableCell } from '../registry/schema.ts';

/** The cell, when it holds nothing but the key, plain or as one code span: shown as every key table shows a key. */
export function isBareKeyCell(cell: NoteTableCell, key: string): boolean {
  const children = fromHtml(cell.html, { fragment: true }).children.filter((node) => !(node.type === 'text' && node.value.trim() === ''));
  if (children.length !== 1) return false;
  const [only] = children;
  if (only!.type === 'text') return only!.value.trim() === key;
  return (
    only!.type === 'element' &&
    only!.tagName === 'code' &&
    only!.children.length === 1 &&
    only!.children[0]!.type === 'text' &&
    only!.children[0]!.value === key
  );
}

/** The author's links taken out (their text kept): a link cannot hold another. */
function unwrapLinks(nodes: ElementContent[]): ElementContent[] {
  return nodes.flatMap((node) => {
    if (node.type !== 'element') return [node];
    const children = unwrapLinks(node.children);
    return node.tagName === 'a' ? children : [{ ...node, children }];
  });
}

/**
 * A key cell as written (`~~key~~`, `**key** (Batch)`, `key（已过期）`, a
 * `<h5>key</h5>` pasted from Flink's docs), the whole of it a link to
 * `href`; links of its own become their text. It may break after each dot,
 * as a bare key does, so that a long key leaves room for the description.
 */
export function linkKeyCell(html: string, href: string): string {
  const tree = fromHtml(html, { fragment: true });
  const link: Element = {
    type: 'element',
    tagName: 'a',
    properties: { href, className: ['confref-key-link'] },
    children: breakAtDots(unwrapLinks(tree.children as ElementContent[])),
  };
  const root: Root = { type: 'root', children: [link] };
  return toHtml(root);
}
