/**
 * Querying a loaded search index, in the browser and in Node alike: ranks an
 * exact key first, then keys the query is a prefix of, then MiniSearch's BM25
 * with prefix matching, and corrects typos for the terms nothing matched.
 * Holds no index-building code, so the browser's search bundle stays small.
 */
import type { Query, SearchResult } from 'minisearch';
import { expandQuery } from './glossary.ts';
import { LoadedSearch } from './loaded.ts';
import { FUZZY_WEIGHT, MAX_COMPLETIONS, PREFIX_WEIGHT, prefixTerms, queryTerms, typoDistance } from './options.ts';

export { LoadedSearch };

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
  /** Indexed terms that matched, for highlighting. */
  terms: string[];
  id: string;
}

export interface QueryOptions {
  limit?: number;
  /** Filters: only these groups or types. */
  groups?: readonly string[];
  types?: readonly string[];
}

/** A query's text and its glossary expansion. */
export function expandedQuery(search: LoadedSearch, query: string): { text: string; expansion: string } {
  const text = query.trim();
  return { text, expansion: text === '' ? '' : expandQuery(text, search.core.glossary).join(' ') };
}

/** The terms a query looks up: what the browser needs loaded (their shards) before searching. */
export function termsOf(search: LoadedSearch, query: string): string[] {
  const { text, expansion } = expandedQuery(search, query);
  return [...queryTerms(text), ...queryTerms(expansion)];
}

type Result = SearchResult & { kind?: string; group?: string; type?: string };

function keyOf(result: Result): string {
  return result.id.slice(2);
}

/**
 * The first `limit` results: an exact key first, then keys the query begins,
 * then the rest by score, equal scores by key. MiniSearch returns results by
 * score, so only the keyed ones, the first `limit` others and their ties are sorted.
 */
function topHits(results: readonly Result[], lower: string, limit: number): Array<{ r: Result; tier: number }> {
  const keyed: Array<{ r: Result; tier: number }> = [];
  const rest: Array<{ r: Result; tier: number }> = [];
  for (const r of results) {
    if (r.kind === 'option' && r.id.length - 2 >= lower.length) {
      const key = keyOf(r).toLowerCase();
      if (key === lower) {
        keyed.push({ r, tier: 2 });
        continue;
      }
      if (lower.length >= 3 && key.startsWith(lower)) {
        keyed.push({ r, tier: 1 });
        continue;
      }
    }
    // Past the limit, only results tied with the last one taken can still move up.
    if (rest.length >= limit && r.score < rest[rest.length - 1]!.r.score) continue;
    rest.push({ r, tier: 0 });
  }
  return [...keyed, ...rest].sort((a, b) => b.tier - a.tier || b.r.score - a.r.score || (a.r.id < b.r.id ? -1 : 1)).slice(0, limit);
}

export function searchIndex(search: LoadedSearch, query: string, options: QueryOptions = {}): SearchHit[] {
  const { text, expansion } = expandedQuery(search, query);
  if (text === '') return [];
  const lower = text.toLowerCase();
  const index = search.index;
  const terms = queryTerms(text);
  const glossaryTerms = queryTerms(expansion);
  // Completions of the prefix being typed and corrections of typos: indexed terms added to the query
  // with the weights MiniSearch gives prefix and fuzzy matches, each remembering the query term it stands for.
  const derived = new Map<string, { weight: number; source: string }>();
  const derive = (term: string, weight: number, source: string): void => {
    if (weight > (derived.get(term)?.weight ?? 0)) derived.set(term, { weight, source });
  };
  for (const term of prefixTerms(terms)) {
    for (const completion of search.completions(term, MAX_COMPLETIONS))
      derive(completion, (PREFIX_WEIGHT * completion.length) / (completion.length + 0.3 * (completion.length - term.length)), term);
  }
  const filtered = Boolean(options.groups?.length || options.types?.length);
  const filter = (result: SearchResult): boolean =>
    (!options.groups?.length || options.groups.includes(result['group'] as string)) &&
    (!options.types?.length || options.types.includes(result['type'] as string));
  const run = (): Result[] => {
    const queries: Query[] = [text];
    if (expansion) queries.push(expansion);
    if (derived.size > 0)
      queries.push({
        queries: [[...derived.keys()].join(' ')],
        tokenize: (s: string) => s.split(' '),
        processTerm: (t: string) => t,
        boostTerm: (t: string) => derived.get(t)?.weight ?? 1,
      });
    return index.search({ combineWith: 'OR', queries }, filtered ? { filter } : {}) as Result[];
  };
  let results = run();
  // Terms nothing matched, neither whole nor completed, may be typos: add the indexed terms close to them.
  const matched = new Set<string>();
  for (const r of results) for (const term of r.queryTerms) matched.add(derived.get(term)?.source ?? term);
  let corrected = false;
  for (const term of [...terms, ...glossaryTerms]) {
    if (matched.has(term) || typoDistance(term) === 0) continue;
    for (const [correction, distance] of search.corrections(term, typoDistance(term))) {
      if (distance === 0) continue;
      derive(correction, (FUZZY_WEIGHT * correction.length) / (correction.length + distance), term);
      corrected = true;
    }
  }
  if (corrected) results = run();
  return topHits(results, lower, options.limit ?? 10).map(({ r, tier }) => {
    const row = search.display(r.id);
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
