/**
 * Ranking: re-scores a bounded list of MiniSearch's candidates so that the
 * most specific match comes first (docs/search.md, "How results are ranked").
 * Pure and free of Node and index-building code: the browser runs it too.
 *
 * 1. A key typed whole (or an old key typed whole, which leads to its successor) first.
 * 2. A key spelled as words (`state backend` → `state.backend`): every word of the key, and nothing else.
 * 3. Keys the query begins (`state.backend.rocksdb.block.c`).
 * 4. The rest by how much of the query the key (a section: its heading) holds, then how much of the key the
 *    query covers (so the shorter key wins when the coverage is equal), then what the query matched anywhere,
 *    then BM25. An option ranks above a note section unless the section's heading is the better match.
 *    A Chinese query read through the glossary weighs what it matched anywhere more (`translated`), and an option
 *    whose type answers the query's question (多久, how long: a Duration) ranks higher (`answerTypes`).
 */
import { ABBREVIATIONS, HAN, singular, tokenize } from './tokenize.ts';

/** Words that say nothing of a key: `numberOfTaskSlots` is number, task, slot. */
export const FILLER = new Set(['of', 'the', 'a', 'an', 'per', 'to', 'for', 'in', 'on', 'by']);

/**
 * Words that name what kind of switch or choice a key is, not what it is about: a query for unaligned
 * checkpoints means `…unaligned.enabled`, one for the state backend `state.backend.type`. They count for a
 * key only when the query says them.
 */
const OPTIONAL = new Set(['enabled', 'enable', 'type']);

/**
 * The words of a key, each with the forms a query may say it in: dotted
 * parts, hyphenated and camelCase words, lightly singularised, abbreviations
 * spelled out (`dir` is also directory; `localdir` is local and directory).
 * A word made of two (historyserver) is also said by the two typed apart
 * (`RankContext.variants`).
 */
export function keyWords(key: string): string[][] {
  const out: string[][] = [];
  for (const part of key.split('.')) {
    for (const raw of part.split(/[-_]/)) {
      for (const word of raw.split(/(?<=[a-z0-9])(?=[A-Z])/)) {
        const lower = word.toLowerCase();
        if (lower === '' || FILLER.has(lower) || /^<.*>$/.test(lower)) continue;
        const forms = new Set([lower, singular(lower)]);
        const spelled = ABBREVIATIONS.get(lower);
        if (spelled) forms.add(singular(spelled));
        // `localdir`, `tmpdir`, `storageDir`: a word and a directory.
        const stem = lower.length > 3 && lower.endsWith('dir') ? lower.slice(0, -3) : '';
        if (stem) {
          forms.add(stem);
          const stemSpelled = ABBREVIATIONS.get(stem);
          if (stemSpelled) forms.add(singular(stemSpelled));
        }
        out.push([...forms]);
        if (stem) out.push(['dir', 'directory']);
      }
    }
  }
  return out;
}

export interface Candidate {
  id: string;
  kind: 'option' | 'section';
  /** The option key, or for a section its heading. */
  key: string;
  /** MiniSearch's BM25 score. */
  score: number;
  /** The query terms (after completion and correction, mapped back to what was typed) the document matched anywhere. */
  matched: ReadonlySet<string>;
  /** Old keys that lead here (when this option replaced them). */
  oldKeys: readonly string[];
  /** The option's type (`Duration`, `MemorySize`); empty for a section. */
  type?: string;
  /**
   * How much of the query one of the option's Chinese names is, when the query says it whole (names.ts): its share of
   * the query's characters, 0 when it says none (作业名称 is all of 作业名称, and 6 of the 13 of rocksdb写缓冲区大小).
   */
  named?: number;
}

export interface RankContext {
  /** The query, trimmed and lower-cased. */
  lower: string;
  /** The query's terms and those of its glossary expansion, as looked up. */
  terms: readonly string[];
  /** The words the query says, in English: its own and its glossary expansion's (Chinese bigrams left out). */
  words: ReadonlySet<string>;
  /**
   * Other forms of a query word, by the word: the indexed terms it was completed or corrected to, and the word it
   * makes with the word typed before or after it (`history server`: historyserver, so that a key word made of two
   * words is said by the two typed apart: taskmanager, flamegraph, historyserver).
   */
  variants: ReadonlyMap<string, ReadonlySet<string>>;
  /**
   * The readings of the query whose terms count in what it matched anywhere, each on its own (default: all of
   * `terms` as one). A query is read as typed and as translated: a Chinese query as its bigrams and Latin words,
   * and as its Latin words and the glossary's English; an English query as its words, and as the glossary's
   * Chinese. A document is credited for the better-matched reading, not for both, so that a description saying
   * it in Chinese and in English does not outrank a key that says it, and more glossary pairs do not weigh down
   * what an English query matched in English text.
   */
  readings?: ReadonlyArray<readonly string[]>;
  /**
   * Words that are one word of the query said several ways: the senses of one Chinese term (取消: cancel,
   * cancellation; 参数: parameter, args, opts), a short name and its whole name (k8s, kubernetes). A key
   * holding any of them holds that word once.
   */
  synonyms?: ReadonlyArray<readonly string[]>;
  /**
   * The query is Chinese, read through the glossary. Its English words are the glossary's names for what the
   * reader described (释放 release, 定期 periodically, 消息 message), which an option's description says as often
   * as its key does: what it matched anywhere weighs more (MATCHED_ANYWHERE_TRANSLATED).
   */
  translated?: boolean;
  /** The option types that answer the query's question (多久, how long: Duration; question.ts). */
  answerTypes?: ReadonlySet<string>;
  /**
   * For a query read through the glossary, the share of its Chinese the glossary leaves untranslated (0–1): the more,
   * the less its English words say of what the reader typed, and the more BM25, which scores every bigram typed,
   * counts (BM25_UNTRANSLATED). It makes up for the translated reading, which a document matches whole when it
   * matches the few words translated (`readings`: the better reading counts); a query with no translated reading (no
   * glossary term, as an English query) is ranked by what it typed alone, and BM25 keeps its weight.
   */
  untranslated?: number;
}

export interface Ranked<C extends Candidate> {
  candidate: C;
  /** 3: a key typed whole; 2: a key spelled as words; 1: a key the query begins; 0: the rest. */
  tier: number;
  rank: number;
}

/** A query's words with the indexed terms each was completed or corrected to: what a key word is matched against. */
interface Said {
  /** Every form any query word takes. */
  all: Set<string>;
  /** Each query word's forms. */
  each: Array<Set<string>>;
}

const saidOf = new WeakMap<RankContext, Said>();

function said(context: RankContext): Said {
  let found = saidOf.get(context);
  if (!found) {
    const byWord = new Map<string, Set<string>>();
    for (const word of context.words) {
      const unit = unitOf(context, word);
      const forms = byWord.get(unit) ?? new Set<string>();
      for (const form of [word, ...(context.variants.get(word) ?? [])]) forms.add(form);
      byWord.set(unit, forms);
    }
    const each = [...byWord.values()];
    found = { all: new Set(each.flatMap((forms) => [...forms])), each };
    saidOf.set(context, found);
  }
  return found;
}

const synonymUnits = new WeakMap<RankContext, Map<string, string>>();

/** What a query term counts as: itself, or for one of several senses of a term, the first of them. */
function unitOf(context: RankContext, term: string): string {
  let units = synonymUnits.get(context);
  if (!units) {
    units = new Map();
    for (const group of context.synonyms ?? []) for (const member of group) if (!units.has(member)) units.set(member, group[0]!);
    synonymUnits.set(context, units);
  }
  return units.get(term) ?? term;
}

/** A key's words, split once per key (keys repeat from query to query). */
const wordsOfKey = new Map<string, string[][]>();
const MAX_CACHED_KEYS = 5000;

function cachedKeyWords(key: string): string[][] {
  let words = wordsOfKey.get(key);
  if (!words) {
    if (wordsOfKey.size >= MAX_CACHED_KEYS) wordsOfKey.clear();
    wordsOfKey.set(key, (words = keyWords(key)));
  }
  return words;
}

/** Of a key's words, how many the query says; of the query's words, how many the key holds. */
export function keyCoverage(key: string, context: RankContext): { key: number; query: number } {
  const all = cachedKeyWords(key);
  if (all.length === 0 || context.words.size === 0) return { key: 0, query: 0 };
  const { all: forms, each } = said(context);
  const covers = (form: readonly string[]): boolean => form.some((f) => forms.has(f));
  const words = all.filter((form) => !OPTIONAL.has(form[0]!) || covers(form));
  if (words.length === 0) return { key: 0, query: 0 };
  const covered = words.filter(covers).length;
  let inKey = 0;
  for (const word of each) if (words.some((form) => form.some((f) => word.has(f)))) inKey++;
  return { key: covered / words.length, query: inKey / each.length };
}

/** The same for a section's heading, by words and by Chinese bigrams. */
function headingCoverage(heading: string, context: RankContext): { key: number; query: number } {
  const own = new Set(tokenize(heading));
  const query = new Set(context.terms.filter((t) => HAN.test(t) || context.words.has(t)));
  if (own.size === 0 || query.size === 0) return { key: 0, query: 0 };
  let inQuery = 0;
  for (const t of own) if (query.has(t)) inQuery++;
  let inHeading = 0;
  for (const t of query) if (own.has(t)) inHeading++;
  return { key: inQuery / own.size, query: inHeading / query.size };
}

/**
 * The best cover of a candidate: its key's, or an old key's that leads to it, a little less; `whole` when the
 * query says every word of the key or of an old key, and nothing else.
 */
function coverage(c: Candidate, context: RankContext): { key: number; query: number; whole: boolean } {
  if (c.kind === 'section') return { ...headingCoverage(c.key, context), whole: false };
  const own = keyCoverage(c.key, context);
  let best = { ...own, whole: own.key === 1 && own.query === 1 };
  for (const old of c.oldKeys) {
    const cover = keyCoverage(old, context);
    if (cover.key === 1 && cover.query === 1) best.whole = true;
    if (cover.query + cover.key > best.query + best.key) best = { key: cover.key * 0.9, query: cover.query * 0.9, whole: best.whole };
  }
  return best;
}

/** Weights of the principles in the rank of the rest (tier 0). */
const QUERY_IN_KEY = 1;
const KEY_COVERED = 0.6;
const MATCHED_ANYWHERE = 0.5;
const MATCHED_ANYWHERE_TRANSLATED = 2;
const BM25 = 0.2;
const BM25_UNTRANSLATED = 3;
const OPTION = 0.05;
const TYPE_ANSWERS = 0.6;
const NAME_TYPED = 0.5;

/** Ranks candidates (a bounded list) by the principles above; ties by score, then id. */
export function rankCandidates<C extends Candidate>(candidates: readonly C[], context: RankContext): Array<Ranked<C>> {
  const top = Math.max(...candidates.map((c) => c.score), 1e-9);
  // Each reading as its units (the senses of one term are one unit), each unit with its terms.
  const readings = (context.readings ?? [context.terms])
    .map((terms) => {
      const units = new Map<string, string[]>();
      for (const term of new Set(terms)) {
        const unit = unitOf(context, term);
        units.set(unit, [...(units.get(unit) ?? []), term]);
      }
      return [...units.values()];
    })
    .filter((units) => units.length > 0);
  const matchedAnywhere = (matched: ReadonlySet<string>): number => {
    let best = 0;
    for (const units of readings) {
      let found = 0;
      for (const terms of units) if (terms.some((term) => matched.has(term))) found++;
      best = Math.max(best, found / units.length);
    }
    return best;
  };
  const anywhereWeight = context.translated ? MATCHED_ANYWHERE_TRANSLATED : MATCHED_ANYWHERE;
  const bm25Weight = BM25 + (context.translated ? BM25_UNTRANSLATED * (context.untranslated ?? 0) : 0);
  const ranked = candidates.map((candidate): Ranked<C> => {
    const key = candidate.key.toLowerCase();
    const cover = coverage(candidate, context);
    let tier = 0;
    if (candidate.kind === 'option') {
      if (key === context.lower || candidate.oldKeys.some((old) => old.toLowerCase() === context.lower)) tier = 3;
      else if (cover.whole && !context.lower.includes('.')) tier = 2;
      else if (context.lower.length >= 3 && key.startsWith(context.lower)) tier = 1;
    }
    const anywhere = matchedAnywhere(candidate.matched);
    const rank =
      QUERY_IN_KEY * cover.query +
      KEY_COVERED * cover.key +
      anywhereWeight * anywhere +
      bm25Weight * (candidate.score / top) +
      (candidate.kind === 'option' ? OPTION : 0) +
      (candidate.kind === 'option' && context.answerTypes?.has(candidate.type ?? '') ? TYPE_ANSWERS : 0) +
      NAME_TYPED * (candidate.named ?? 0);
    return { candidate, tier, rank };
  });
  return ranked.sort(
    (a, b) =>
      b.tier - a.tier ||
      b.rank - a.rank ||
      b.candidate.score - a.candidate.score ||
      (a.candidate.id < b.candidate.id ? -1 : a.candidate.id > b.candidate.id ? 1 : 0),
  );
}
