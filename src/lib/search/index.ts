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

const FIELDS = ['key', 'title', 'section', 'description', 'type', 'defaultValue'] as const;
/** Stored for showing a result; the description excerpt is shipped apart from the index. */
const STORED = ['kind', 'key', 'title', 'type', 'defaultValue', 'group', 'url', 'lang'] as const;

export const SEARCH_OPTIONS = {
  fields: [...FIELDS],
  storeFields: [...STORED],
  tokenize: (text: string, field?: string) => (field === 'key' ? keyTokens(text) : tokenize(text)),
  processTerm: (term: string) => term,
  searchOptions: {
    boost: { key: 6, title: 3, section: 1.5, description: 1, type: 0.5, defaultValue: 0.5 },
    prefix: (term: string) => term.length >= 2,
    fuzzy: (term: string) => (term.length >= 5 && !/\p{Script=Han}/u.test(term) ? 0.2 : false),
    combineWith: 'OR' as const,
  },
};

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
  /** Text shown under each result, by document id. */
  excerpts?: Readonly<Record<string, string>>;
  /** Filters: only these groups or types. */
  groups?: readonly string[];
  types?: readonly string[];
}

export function searchIndex(index: MiniSearch<SearchDocument>, query: string, options: QueryOptions = {}): SearchHit[] {
  const text = query.trim();
  if (text === '') return [];
  const lower = text.toLowerCase();
  const expansion = expandQuery(text, mergeGlossaries(options.glossary ?? []));
  const full = [text, ...expansion].join(' ');
  const results = index.search(full, {
    filter: (result) =>
      (!options.groups?.length || options.groups.includes(result['group'] as string)) && (!options.types?.length || options.types.includes(result['type'] as string)),
  }) as Array<SearchResult & Partial<SearchDocument>>;
  // An exact key first, then keys the query begins, then the rest by score.
  const rank = (r: SearchResult & Partial<SearchDocument>): number => {
    const key = String(r.key ?? '').toLowerCase();
    if (r.kind === 'option' && key === lower) return 2;
    if (r.kind === 'option' && lower.length >= 3 && key.startsWith(lower)) return 1;
    return 0;
  };
  return results
    .map((r) => ({ r, tier: rank(r) }))
    .sort((a, b) => b.tier - a.tier || b.r.score - a.r.score || String(a.r.key).localeCompare(String(b.r.key)))
    .slice(0, options.limit ?? 10)
    .map(({ r, tier }) => ({
      key: String(r.key),
      kind: r.kind as 'option' | 'section',
      score: Number((r.score + tier * 1000).toFixed(4)),
      title: String(r.title ?? ''),
      type: String(r.type ?? ''),
      defaultValue: String(r.defaultValue ?? ''),
      group: String(r.group ?? ''),
      url: String(r.url ?? ''),
      lang: String(r.lang ?? ''),
      description: options.excerpts?.[String(r.id)] ?? '',
      terms: r.terms,
      id: String(r.id),
    }));
}
