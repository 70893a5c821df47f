/**
 * Chinese names typed whole (docs/search.md, principle 12). confref's Chinese words for a Flink option
 * (flink-options-zh.ts, `terms`: 作业名称, 延迟跟踪, detached模式) are the names a Chinese reader gives it. Each is indexed
 * whole, in the `names` field, and a query looks up every run of itself that could be one: an option whose name the
 * query says whole ranks higher, as a key spelled as words does. Pure and free of the table itself: the browser runs it.
 */
import { processTerm } from './options.ts';
import { HAN } from './tokenize.ts';

/** Names are 2 to 12 characters (98 % of the table's Chinese terms); a longer one is searched by its words only. */
export const MIN_NAME_CHARS = 2;
export const MAX_NAME_CHARS = 12;

/**
 * What an indexed name ends with: it keeps names apart from the words of the other fields, so that a name is never a
 * completion or a correction of a word typed (作业 is not completed to 作业名称), and its shard is its first character's.
 */
export const NAME_MARK = '|';

/**
 * A name as it is indexed and looked up: NFKC, lower case, its letters and digits only (`Web UI 端口` and `web-ui端口`
 * are `webui端口`, `-D参数` is `d参数`).
 */
export function nameForm(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '');
}

/** The indexed term for a name, or null for one that is not searched whole (no Chinese, too short, too long). */
export function nameTerm(name: string): string | null {
  const form = nameForm(name);
  const length = [...form].length;
  return HAN.test(form) && length >= MIN_NAME_CHARS && length <= MAX_NAME_CHARS ? form + NAME_MARK : null;
}

/**
 * The name terms a query could say: each run of its words (a Chinese character is a word, and so is a Latin word; what
 * is between them is left out), in name form, that has a Chinese character and is 2 to 12 characters long. A run starts
 * where one of the query's own terms does: at a Chinese character that begins a bigram or stands alone, or at a Latin
 * word that is not a stop word (`detached模式提交` holds `detached模式`, never `etached模式`; in `作业 名称`, no run starts at
 * 业), so that its index part is one the query loads anyway. A 13-character Chinese query has 77 of them.
 */
export function nameTermsIn(query: string): string[] {
  const text = query.normalize('NFKC').toLowerCase();
  // The query's words in order, each with whether a run may start at it.
  const words: Array<{ text: string; starts: boolean; han: boolean }> = [];
  for (const match of text.matchAll(/\p{Script=Han}+|(?:(?!\p{Script=Han})[\p{L}\p{N}])+/gu)) {
    const run = match[0];
    if (HAN.test(run)) {
      const chars = [...run];
      chars.forEach((char, i) => words.push({ text: char, starts: chars.length === 1 || i < chars.length - 1, han: true }));
    } else words.push({ text: run, starts: processTerm(run) !== null, han: false });
  }
  if (!words.some((word) => word.han)) return [];
  const out = new Set<string>();
  for (let i = 0; i < words.length; i++) {
    if (!words[i]!.starts) continue;
    let run = '';
    let length = 0;
    let han = false;
    for (let j = i; j < words.length; j++) {
      run += words[j]!.text;
      length += [...words[j]!.text].length;
      han ||= words[j]!.han;
      if (length > MAX_NAME_CHARS) break;
      if (han && length >= MIN_NAME_CHARS) out.add(run + NAME_MARK);
    }
  }
  return [...out];
}
