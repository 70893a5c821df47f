/**
 * Which of confref's locales a text is written in, from its words.
 *
 * Chinese writers mix English terms into Chinese freely (`savepoint路径`,
 * `TM 内存大小`, `checkpoint 配置`), while English prose rarely holds Chinese
 * beyond a gloss (`the state backend (状态后端) to be used`). So English
 * content words (terms) are no evidence either way: what tells English prose
 * is its grammar words (the, of, to, is…). A text is Chinese when its Chinese
 * words outnumber its English grammar words, counting a run of Han characters
 * as one word per two characters. URLs, option keys, file names and paths
 * are not words of either language and are left out.
 */
import type { Locale } from './locales.ts';

const HAN_RUN = /\p{Script=Han}+/gu;
const LATIN_WORD = /\p{Script=Latin}+/gu;
/**
 * URLs, then dotted names (`state.backend`, `flink-conf.yaml`, `1.2.3`), then
 * paths (`/opt/flink`, `conf/x`). Each starts only where its run of
 * characters starts (the look-behinds), so a long run costs linear time.
 */
const NOT_WORDS = [
  /(?<![a-z\d+.-])[a-z][a-z\d+.-]*:\/\/\S*/gi,
  /(?<![\w.])www\.\S+/gi,
  /(?<![\w<>*-])[\w<>*-]+(?:\.[\w<>*-]+)+/g,
  /(?<![\w.-])[\w.-]*(?:\/[\w.-]+)+\/?/g,
];

/** English words that carry grammar rather than content: rare in a Chinese sentence, in every English one. */
const GRAMMAR_WORDS = new Set(
  (
    'a an the this that these those it its is are was were be been being am do does did has have had having ' +
    'to of in on at by for from with into onto over under about after before between through during without within ' +
    'and or but nor if then than when while where whether which who whom whose what how why so as not no ' +
    'can could will would shall should may might must you your we our they their he she his her them us i me my ' +
    'all any each every some such only also more most other there here very just'
  ).split(' '),
);

/** The words a text's language is judged by: Chinese words (two Han characters each) and English grammar words. */
export function languageEvidence(text: string): { chinese: number; englishGrammar: number; latinWords: number } {
  const words = NOT_WORDS.reduce((rest, pattern) => rest.replace(pattern, ' '), text);
  let chinese = 0;
  for (const run of words.match(HAN_RUN) ?? []) chinese += Math.ceil([...run].length / 2);
  const latin = words.match(LATIN_WORD) ?? [];
  const englishGrammar = latin.filter((word) => GRAMMAR_WORDS.has(word.toLowerCase())).length;
  return { chinese, englishGrammar, latinWords: latin.length };
}

/** The locale of one text; undefined when it has no words (numbers, keys, URLs only). */
export function detectTextLocale(text: string): Locale | undefined {
  const { chinese, englishGrammar, latinWords } = languageEvidence(text);
  if (chinese === 0) return latinWords > 0 ? 'en' : undefined;
  return chinese > englishGrammar ? 'zh' : 'en';
}

/** A piece of a note's prose; `chineseOnly` pieces count only when Chinese (option descriptions, often copied from Flink's English docs). */
export interface ProsePiece {
  text: string;
  chineseOnly?: boolean;
}

/**
 * The locale of a note from its prose pieces (headings, paragraphs, list
 * items, table cells): Chinese when at least a third of the pieces that have
 * a language are Chinese. A Chinese team's note keeps English headings,
 * copied paragraphs and tables; an English note holding a third Chinese is
 * bilingual at best.
 */
export function detectProseLocale(pieces: Iterable<ProsePiece>): Locale | undefined {
  let zh = 0;
  let en = 0;
  for (const piece of pieces) {
    const locale = detectTextLocale(piece.text);
    if (locale === 'zh') zh++;
    else if (locale === 'en' && !piece.chineseOnly) en++;
  }
  if (zh + en === 0) return undefined;
  return zh * 2 >= en ? 'zh' : 'en';
}
