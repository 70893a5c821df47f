/**
 * Emphasis markers that are a cell's own characters: `64*1024*1024` parses as
 * `64<em>1024</em>1024`, while emphasis around a value (`**true**`) is
 * formatting. `cellText` with the cell's source keeps the former.
 */
import type { Emphasis, Strong } from 'mdast';

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
