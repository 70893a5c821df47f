/**
 * A value cell's text as written: like `cellText`, but emphasis markers that
 * are the value's own characters stay (`64*1024*1024` parses as
 * `64<em>1024</em>1024`), while emphasis around a value (`**true**`) is
 * formatting.
 */
import type { Emphasis, PhrasingContent, Strong } from 'mdast';

const WORD_CHAR = /[\p{L}\p{N}]/u;

/**
 * The markers an emphasis node stands for when they are characters of the
 * text, not formatting: `*` or `_` between two letters or digits, or, with
 * `underscores`, any `_` (keys hold `__x__`). Empty when they are formatting.
 */
export function literalMarkers(node: Emphasis | Strong, source: string, { underscores = false } = {}): string {
  const start = node.position?.start.offset;
  const end = node.position?.end.offset;
  if (start === undefined || end === undefined) return '';
  const marker = source[start];
  if (marker !== '*' && marker !== '_') return '';
  const intraword = WORD_CHAR.test(source[start - 1] ?? '') && WORD_CHAR.test(source[end] ?? '');
  return intraword || (underscores && marker === '_') ? marker.repeat(node.type === 'strong' ? 2 : 1) : '';
}

/** Plain text of a value cell: HTML tags and line breaks become spaces (`<wbr>` nothing), entities are decoded. */
export function cellValueText(nodes: readonly PhrasingContent[], source: string): string {
  let out = '';
  const walk = (list: readonly PhrasingContent[]): void => {
    for (const node of list) {
      if (node.type === 'text' || node.type === 'inlineCode') out += node.value;
      else if (node.type === 'html') out += /^<wbr\s*\/?>$/i.test(node.value) ? '' : ' ';
      else if (node.type === 'break') out += ' ';
      else if (node.type === 'emphasis' || node.type === 'strong') {
        const markers = literalMarkers(node, source);
        out += markers;
        walk(node.children);
        out += markers;
      } else if ('children' in node) walk(node.children as PhrasingContent[]);
    }
  };
  walk(nodes);
  return out.replace(/\s+/g, ' ').trim();
}
