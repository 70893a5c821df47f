/**
 * The search index as the browser loads it: the search code and the index
 * core on first use, not with the page; term shards and display chunks as
 * queries need them. Shared by the header box and the search page.
 */
import type { DisplayRow, SearchCore, TermShard } from '../lib/search/bundle.ts';
import type { LoadedSearch, QueryOptions, SearchHit } from '../lib/search/query.ts';

type SearchModule = typeof import('../lib/search/query.ts');

export interface Loaded {
  search: SearchModule;
  index: LoadedSearch;
  /** Fetches (once) the parts of the index a query or its results need. */
  fetchPart: (part: string) => Promise<unknown>;
}

const cache = new Map<string, Promise<Loaded>>();

/** The index in `folder` (`…/search-index/`), loaded once per page. */
export function loadIndex(folder: string): Promise<Loaded> {
  let loaded = cache.get(folder);
  if (!loaded) {
    const parts = new Map<string, Promise<unknown>>();
    const fetchPart = (part: string): Promise<unknown> => {
      let body = parts.get(part);
      if (!body) {
        body = fetch(`${folder}${part}.json`).then((response) => {
          if (!response.ok) throw new Error(`${response.status} ${response.url}`);
          return response.json();
        });
        // A failed fetch is tried again by the next query.
        body.catch(() => parts.delete(part));
        parts.set(part, body);
      }
      return body;
    };
    loaded = Promise.all([import('../lib/search/query.ts'), fetchPart('core')]).then(([search, core]) => ({
      search,
      index: new search.LoadedSearch(core as SearchCore),
      fetchPart,
    }));
    // A failed load is tried again by the next query (which says so to the reader).
    loaded.catch(() => cache.delete(folder));
    cache.set(folder, loaded);
  }
  return loaded;
}

/** Runs a query once the shards of its terms and the display chunks of its results are loaded. */
export async function runQuery(loaded: Loaded, text: string, options: QueryOptions): Promise<SearchHit[]> {
  const { search, index, fetchPart } = loaded;
  await search.loadShardsFor(index, text, async (name) => (await fetchPart(`t-${name}`)) as TermShard);
  const hits = search.searchIndex(index, text, options);
  const chunks = index.missingChunks(hits.map((hit) => hit.id));
  if (chunks.length === 0) return hits;
  await Promise.all(chunks.map(async (chunk) => index.addChunk(chunk, (await fetchPart(`d-${chunk}`)) as DisplayRow[])));
  return search.searchIndex(index, text, options);
}

/** Searches the index in `folder`: the hits, or undefined when the index could not be fetched (the next query tries again). */
export async function searchFolder(folder: string, text: string, options: QueryOptions): Promise<SearchHit[] | undefined> {
  try {
    return await runQuery(await loadIndex(folder), text, options);
  } catch {
    return undefined;
  }
}

/** Loading starts when a box is first focused; a failure is reported by the query that needs the index. */
export function preloadOnFocus(input: HTMLInputElement, folder: string): void {
  input.addEventListener('focus', () => void loadIndex(folder).catch(() => undefined), { once: true });
}
