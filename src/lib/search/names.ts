/**
 * Chinese names typed whole (docs/search.md, principle 12). confref's Chinese words for a Flink option
 * (flink-options-zh.ts, `terms`: 作业名称, 延迟跟踪, detached模式) are the names a Chinese reader gives it. Each is indexed
 * whole, in the `names` field, and a query looks up every run of itself that could be one: an option whose name the
 * query says whole ranks higher, as a key spelled as words does. Pure and free of the table itself: the browser runs it.
 */
import { HAN } from './tokenize.ts';

/** Names are 2 to 12 characters (98 % of the table's Chinese terms); a longer one is searched by its words only. */
export const MIN_NAME_CHARS = 2;
export const MAX_NAME_CHARS = 12;

/**
 * What an indexed name ends with: it keeps names apart from the words of the other fields, so that a name is never a
 * completion or a correction of a word typed (作业 is not completed to 作业名称), and its shard is its first character's.
 */
export const NAME_MARK = '|';

/** A name as it is indexed and looked up: NFKC, lower case, without spaces (`Web UI 端口` is `webui端口`). */
export function nameForm(text: string): string {
  return text.normalize('NFKC').toLowerCase().replace(/\s+/g, '');
}

/** The indexed term for a name, or null for one that is not searched whole (no Chinese, too short, too long). */
export function nameTerm(name: string): string | null {
  const form = nameForm(name);
  const length = [...form].length;
  return HAN.test(form) && length >= MIN_NAME_CHARS && length <= MAX_NAME_CHARS ? form + NAME_MARK : null;
}

const WORD_CHAR = /[\p{L}\p{N}]/u;

/** Whether a character is part of a Latin word (a letter or digit that is not Han). */
function latin(char: string | undefined): boolean {
  return char !== undefined && WORD_CHAR.test(char) && !HAN.test(char);
}

/**
 * The name terms a query could say: each run of it, in name form, that has a Chinese character, is 2 to 12 characters
 * long, and starts and ends where a word does: at any Chinese character, or at a Latin word's first or last letter
 * (`detached模式提交` holds `detached模式`, never `etached模式`). A 13-character Chinese query has 77 of them.
 */
export function nameTermsIn(query: string): string[] {
  const chars = [...nameForm(query)];
  if (!chars.some((char) => HAN.test(char))) return [];
  const starts = (i: number): boolean => HAN.test(chars[i]!) || (latin(chars[i]) && !latin(chars[i - 1]));
  const ends = (j: number): boolean => HAN.test(chars[j]!) || (latin(chars[j]) && !latin(chars[j + 1]));
  const out = new Set<string>();
  for (let i = 0; i < chars.length; i++) {
    if (!starts(i)) continue;
    for (let j = i + MIN_NAME_CHARS - 1; j < Math.min(chars.length, i + MAX_NAME_CHARS); j++) {
      if (!ends(j)) continue;
      const run = chars.slice(i, j + 1).join('');
      if (HAN.test(run)) out.add(run + NAME_MARK);
    }
  }
  return [...out];
}
