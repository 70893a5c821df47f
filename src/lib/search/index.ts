/**
 * The search core shared by the site and the CLI: an index of options (and
 * note sections) per locale, built from the registry with MiniSearch and the
 * shared tokenizer, and a query that ranks an exact key first, then keys the
 * query is a prefix of, then MiniSearch's BM25 with fuzzy and prefix matching.
 */
import MiniSearch, { type SearchResult } from 'minisearch';
import { expandQuery, mergeGlossaries, type GlossaryPair } from './glossary.ts';
import { keyTokens, tokenize } from './tokenize.ts';

export interface SearchDocument {
  id: string;
  kind: 'option' | 'section';
  /** The option key, or the heading of a note section. */
  key: string;
  title: string;
  section: string;
  description: string;
  type: string;
  defaultValue: string;
  group: string;
  /** Where the result links to, without the site's base. */
  url: string;
  /** The language of `description` (a fallback may be in the other one). */
  lang: string;
}

const FIELDS = ['key', 'title', 'description', 'type'] as const;
/** Only what filters need is stored in the index; what a result shows travels beside it (`SearchDisplay`). */
const STORED = ['kind', 'group', 'type'] as const;

/** Words too common in option descriptions to tell options apart. */
const STOP_WORDS = new Set(
  'a an and are as at be been but by can do does for from has have if in into is it its may must no not of on or should so such than that the their then there these this those to was were when where whether which while will with would you your also'.split(' '),
);

export const SEARCH_OPTIONS = {
  fields: [...FIELDS],
  storeFields: [...STORED],
  tokenize: (text: string, field?: string) => (field === 'key' ? keyTokens(text) : tokenize(text)),
  processTerm: (term: string) => (STOP_WORDS.has(term) ? null : term),
  searchOptions: {
    boost: { key: 6, title: 3, description: 1, type: 0.5 },
    prefix: (term: string) => term.length >= 2,
    combineWith: 'OR' as const,
  },
};

/** Fuzzy matching, used only for the terms an exact and prefix search left unmatched: typos are rare, and fuzzy is costly. */
const fuzzy = (term: string): number | false => (term.length >= 5 && !/\p{Script=Han}/u.test(term) ? 0.2 : false);

/** What a result shows, by document id: shipped beside the index. */
export interface DisplayRow {
  key: string;
  title: string;
  type: string;
  defaultValue: string;
  url: string;
  lang: string;
  excerpt: string;
}

export function searchDisplay(documents: readonly SearchDocument[], excerptLength = 140): Record<string, DisplayRow> {
  return Object.fromEntries(
    documents.map((doc) => [
      doc.id,
      { key: doc.key, title: doc.kind === 'option' ? '' : doc.title, type: doc.type, defaultValue: doc.defaultValue, url: doc.url, lang: doc.lang, excerpt: doc.description.length > excerptLength ? `${doc.description.slice(0, excerptLength)}…` : doc.description },
    ]),
  );
}

export function createSearchIndex(documents: readonly SearchDocument[]): MiniSearch<SearchDocument> {
  const index = new MiniSearch<SearchDocument>(SEARCH_OPTIONS);
  index.addAll(documents);
  return index;
}

export function loadSearchIndex(json: string): MiniSearch<SearchDocument> {
  return MiniSearch.loadJSON<SearchDocument>(json, SEARCH_OPTIONS);
}

export interface SearchHit {
  key: string;
  kind: 'option' | 'section';
  score: number;
  title: string;
  type: string;
  defaultValue: string;
  group: string;
  url: string;
  lang: string;
  description: string;
  /** Query terms that matched, for highlighting. */
  terms: string[];
  id: string;
}

export interface QueryOptions {
  limit?: number;
  glossary?: readonly GlossaryPair[];
  /** What each result shows, by document id (without it, hits carry the key only). */
  display?: Readonly<Record<string, DisplayRow>>;
  /** Filters: only these groups or types. */
  groups?: readonly string[];
  types?: readonly string[];
}

type Result = SearchResult & { kind?: string; group?: string; type?: string };

function keyOf(result: Result): string {
  return result.id.replace(/^[os]:/, '');
}

export function searchIndex(index: MiniSearch<SearchDocument>, query: string, options: QueryOptions = {}): SearchHit[] {
  const text = query.trim();
  if (text === '') return [];
  const lower = text.toLowerCase();
  const expansion = expandQuery(text, mergeGlossaries(options.glossary ?? []));
  const full = [text, ...expansion].join(' ');
  const filter = (result: SearchResult): boolean =>
    (!options.groups?.length || options.groups.includes(result['group'] as string)) && (!options.types?.length || options.types.includes(result['type'] as string));
  let results = index.search(full, { filter }) as Result[];
  // Terms nothing matched may be typos: search again with fuzzy matching.
  const matched = new Set(results.flatMap((r) => r.queryTerms));
  const unmatched = tokenize(full).filter((term) => !matched.has(term) && fuzzy(term) !== false);
  if (unmatched.length > 0) results = index.search(full, { filter, fuzzy }) as Result[];
  // An exact key first, then keys the query begins, then the rest by score.
  const rank = (r: Result): number => {
    const key = keyOf(r).toLowerCase();
    if (r.kind === 'option' && key === lower) return 2;
    if (r.kind === 'option' && lower.length >= 3 && key.startsWith(lower)) return 1;
    return 0;
  };
  return results
    .map((r) => ({ r, tier: rank(r) }))
    .sort((a, b) => b.tier - a.tier || b.r.score - a.r.score || (keyOf(a.r) < keyOf(b.r) ? -1 : 1))
    .slice(0, options.limit ?? 10)
    .map(({ r, tier }) => {
      const row = options.display?.[r.id];
      return {
        key: keyOf(r),
        kind: r.kind as 'option' | 'section',
        score: Number((r.score + tier * 1000).toFixed(4)),
        title: row?.title ?? '',
        type: row?.type ?? String(r.type ?? ''),
        defaultValue: row?.defaultValue ?? '',
        group: String(r.group ?? ''),
        url: row?.url ?? '',
        lang: row?.lang ?? '',
        description: row?.excerpt ?? '',
        terms: r.terms,
        id: r.id,
      };
    });
}
