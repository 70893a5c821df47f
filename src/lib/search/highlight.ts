/**
 * Where a result's text marks what the query matched: the spans of the
 * matched terms (case-insensitive, the longest first), the rest as plain
 * text. Pure, so the browser's result list and the tests share it.
 */

export interface TextSpan {
  text: string;
  mark: boolean;
}

/** `text` cut into marked and unmarked spans; terms shorter than 2 characters mark nothing. */
export function highlightSpans(text: string, terms: readonly string[]): TextSpan[] {
  const words = [...new Set(terms.filter((term) => term.length >= 2))].sort((a, b) => b.length - a.length);
  if (words.length === 0) return text === '' ? [] : [{ text, mark: false }];
  const pattern = new RegExp(words.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|'), 'gi');
  const spans: TextSpan[] = [];
  let last = 0;
  for (const match of text.matchAll(pattern)) {
    if (match.index > last) spans.push({ text: text.slice(last, match.index), mark: false });
    spans.push({ text: match[0], mark: true });
    last = match.index + match[0].length;
  }
  if (last < text.length) spans.push({ text: text.slice(last), mark: false });
  return spans;
}
