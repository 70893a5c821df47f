/** How MiniSearch indexes and queries documents: the same at build time, in the browser and in the CLI. */
import { HAN, keyTokens, tokenize } from './tokenize.ts';

/** Searched fields. The type is a filter, not a search term: `memory` should not match every MemorySize option. */
/**
 * `notes`: what other notes say of an option (their descriptions), searchable, at a lower weight; `about`: confref's
 * Chinese words for a Flink option (flink-options-zh.ts), at the same lower weight: they are not the option's own text.
 */
const FIELDS = ['key', 'title', 'description', 'notes', 'about', 'names'] as const;
/**
 * The fields a query's words are looked up in. `names` (confref's Chinese names for a Flink option, each one term:
 * names.ts) is looked up only by the runs of a query that could be a name, in a query of its own.
 */
const TEXT_FIELDS = FIELDS.filter((field) => field !== 'names');
/** Only what filters need is stored in the index; what a result shows travels beside it (`DisplayRow`). */
const STORED = ['kind', 'group', 'type'] as const;

/** Words too common in option descriptions to tell options apart. */
const STOP_WORDS = new Set(
  'a an and are as at be been but by can do does for from has have if in into is it its may must no not of on or should so such than that the their then there these this those to was were when where whether which while will with would you your also'.split(
    ' ',
  ),
);

export const processTerm = (term: string): string | null => (STOP_WORDS.has(term) ? null : term);

export const SEARCH_OPTIONS = {
  fields: [...FIELDS],
  storeFields: [...STORED],
  tokenize: (text: string, field?: string) =>
    field === 'key' ? keyTokens(text) : field === 'names' ? text.split('\n').filter((name) => name !== '') : tokenize(text),
  processTerm,
  searchOptions: {
    fields: TEXT_FIELDS,
    boost: { key: 6, title: 3, description: 1, notes: 0.5, about: 0.5, names: 0.5 },
    // Prefix matching is done by the query (`completions`), capped, not by MiniSearch.
    prefix: false,
    combineWith: 'OR' as const,
  },
};

/** Terms in more than `share` of the texts (and in more than `minimum` texts: small sites keep every word). */
export function commonTerms(texts: readonly string[], tokens: (text: string) => string[], share: number, minimum = 50): Set<string> {
  const counts = new Map<string, number>();
  for (const text of texts) for (const term of new Set(tokens(text))) counts.set(term, (counts.get(term) ?? 0) + 1);
  const limit = Math.max(minimum, texts.length * share);
  return new Set([...counts].filter(([, count]) => count > limit).map(([term]) => term));
}

/**
 * Index-time options: the shared ones, less the words that tell no option
 * apart — in more than a fifth of the descriptions (Flink 2.1: `value`,
 * `used`) or more than half of the keys. Scoring them would touch most of the
 * index for every query that has them, and rank nothing.
 */
export function indexOptions(documents: ReadonlyArray<{ key: string; description: string }>): typeof SEARCH_OPTIONS {
  const description = commonTerms(
    documents.map((doc) => doc.description),
    queryTerms,
    0.2,
  );
  const key = commonTerms(
    documents.map((doc) => doc.key),
    keyTokens,
    0.5,
  );
  return {
    ...SEARCH_OPTIONS,
    processTerm: (term: string, field?: string) =>
      (field === 'description' && description.has(term)) || (field === 'key' && key.has(term)) ? null : processTerm(term),
  };
}

/** The terms MiniSearch looks up for a query text: the shared tokenizer, less stop words. */
export function queryTerms(text: string): string[] {
  return tokenize(text).filter((term) => processTerm(term) !== null);
}

/**
 * Typo tolerance: the edit distance allowed for a term (0: none), a fifth of
 * its length and at most 2 (as Lucene's). Han bigrams, short words and whole
 * keys (their parts are corrected one by one) are never corrected.
 */
export function typoDistance(term: string): number {
  return term.length >= 5 && !term.includes('.') && !HAN.test(term) ? Math.min(2, Math.round(term.length * 0.2)) : 0;
}

/**
 * The terms completed as prefixes: a key typed so far (`state.backend.rocksdb.block.c`,
 * whose parts are then complete words), else the last word, being typed.
 */
export function prefixTerms(terms: readonly string[]): string[] {
  const keys = terms.filter((term) => term.includes('.'));
  const last = terms.at(-1);
  return (keys.length > 0 ? keys : last ? [last] : []).filter((term) => term.length >= 2);
}

/** At most this many completions of a prefix, shortest first (Lucene's `max_expansions` is 50 too). */
export const MAX_COMPLETIONS = 50;

/** The weights MiniSearch gives prefix and fuzzy matches by default, kept for completed and corrected terms. */
export const PREFIX_WEIGHT = 0.375;
export const FUZZY_WEIGHT = 0.45;
