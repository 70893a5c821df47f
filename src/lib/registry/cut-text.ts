/**
 * Text cut to a budget of user-perceived characters (grapheme clusters), so
 * a cut never splits a surrogate pair, an emoji sequence or a letter from its
 * combining marks; within the last tenth of the budget it backs off to the
 * last white space, so a word is not split either. Text without spaces
 * (Chinese) is cut between characters. Only a window of the text is
 * segmented, so cutting a very long text costs no more than a short one.
 */
const graphemes = new Intl.Segmenter('en', { granularity: 'grapheme' });

/** The ellipsis a cut text ends with. */
export const ELLIPSIS = '…';

/** Where text of `budget` characters ends (a UTF-16 index), or undefined when the whole text fits. */
export function cutIndex(text: string, budget: number): number | undefined {
  // A grapheme cluster is at least one code unit: a text no longer than the budget fits.
  if (text.length <= budget) return undefined;
  // Clusters longer than a few code units are rare; a window this wide holds `budget` of them in practice,
  // and when it does not (thousands of combining marks), the cut falls at its end.
  const window = text.slice(0, budget * 8 + 8);
  let count = 0;
  let end = 0;
  for (const { index, segment } of graphemes.segment(window)) {
    if (count === budget) return backOffToSpace(text, index, budget);
    count += 1;
    end = index + segment.length;
  }
  return end < text.length ? backOffToSpace(text, end, budget) : undefined;
}

/** The number of characters (grapheme clusters) in a text. */
export function characterCount(text: string): number {
  let count = 0;
  for (const _ of graphemes.segment(text)) count += 1;
  return count;
}

/** `end`, or the last white space within a tenth of the budget before it (so no word is split), when there is one. */
function backOffToSpace(text: string, end: number, budget: number): number {
  if (/\s/u.test(text[end] ?? '')) return end;
  const from = Math.max(0, end - Math.max(1, Math.floor(budget / 10)));
  const space = text.slice(from, end).search(/\s\S*$/u);
  return space < 0 || from + space === 0 ? end : from + space;
}

/** The text cut to `budget` characters, trailing white space removed and an ellipsis added, or the text itself when it fits. */
export function cutText(text: string, budget: number): { text: string; cut: boolean } {
  const end = cutIndex(text, budget);
  return end === undefined ? { text, cut: false } : { text: `${text.slice(0, end).trimEnd()}${ELLIPSIS}`, cut: true };
}
