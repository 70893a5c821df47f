/**
 * A search index as far as it is loaded: the core, the term shards fetched
 * so far and the display chunks fetched so far. The browser fills it as
 * queries need; the CLI and the tests open a bundle with everything loaded.
 * Results never depend on what else is loaded (see bundle.ts).
 */
import MiniSearch from 'minisearch';
import SearchableMap from 'minisearch/SearchableMap';
import {
  chunkOf,
  DISPLAY_CHUNK,
  SEARCH_FORMAT,
  shardOf,
  unpackSearch,
  type DisplayRow,
  type SearchBundle,
  type SearchCore,
  type TermShard,
} from './bundle.ts';
import { NAME_MARK } from './names.ts';
import { SEARCH_OPTIONS } from './options.ts';

export class LoadedSearch {
  readonly core: SearchCore;
  readonly #shards = new Map<string, TermShard>();
  readonly #chunks = new Map<number, DisplayRow[]>();
  readonly #vocabularies = new Map<string, SearchableMap<true>>();
  readonly #shortIds: Map<string, number>;
  #index: MiniSearch | null = null;
  #renames: LoadedSearch['renames'] | undefined;

  constructor(core: SearchCore) {
    if (core.format !== SEARCH_FORMAT)
      throw new Error(`search index of format ${String(core.format)}; this code reads format ${SEARCH_FORMAT} (reload the page)`);
    this.core = core;
    this.#shortIds = new Map(core.ids.map((id, shortId) => [id, shortId]));
  }

  addShard(name: string, shard: TermShard): void {
    this.#shards.set(name, shard);
    this.#index = null;
  }

  addChunk(chunk: number, rows: DisplayRow[]): void {
    this.#chunks.set(chunk, rows);
  }

  /** The shards the given terms need that are not loaded yet (and exist). */
  missingShards(terms: Iterable<string>): string[] {
    const names = new Set<string>();
    for (const term of terms) {
      const name = shardOf(term);
      if (!this.#shards.has(name) && this.core.shards.includes(name)) names.add(name);
    }
    return [...names].sort();
  }

  /** The display chunks the given document ids need that are not loaded yet. */
  missingChunks(ids: Iterable<string>): number[] {
    const chunks = new Set<number>();
    for (const id of ids) {
      const shortId = this.#shortIds.get(id);
      if (shortId !== undefined && !this.#chunks.has(chunkOf(shortId))) chunks.add(chunkOf(shortId));
    }
    return [...chunks].sort((a, b) => a - b);
  }

  /** A MiniSearch index over the loaded shards (rebuilt after a shard is added). */
  get index(): MiniSearch {
    this.#index ??= MiniSearch.loadJS(unpackSearch(this.core, this.#shards.values()), SEARCH_OPTIONS);
    return this.#index;
  }

  /** What the index stores of a document (its kind and filter facets), from the core alone. */
  stored(id: string): { kind: 'option' | 'section'; group: string; type: string } | undefined {
    const shortId = this.#shortIds.get(id);
    if (shortId === undefined) return undefined;
    return {
      kind: id.startsWith('o:') ? 'option' : 'section',
      group: this.core.groups[this.core.facets[shortId * 2]!]!,
      type: this.core.types[this.core.facets[shortId * 2 + 1]!]!,
    };
  }

  /** Old keys by the key that replaced them, and successors by old key (lower-cased), from the core. */
  get renames(): { byKey: Map<string, string[]>; byOldKey: Map<string, Array<{ from: string; to: string; version: string | null }>> } {
    this.#renames ??= (() => {
      const byKey = new Map<string, string[]>();
      const byOldKey = new Map<string, Array<{ from: string; to: string; version: string | null }>>();
      for (const [from, to, version] of this.core.renames ?? []) {
        byKey.set(to, [...(byKey.get(to) ?? []), from]);
        const lower = from.toLowerCase();
        byOldKey.set(lower, [...(byOldKey.get(lower) ?? []), { from, to, version }]);
      }
      return { byKey, byOldKey };
    })();
    return this.#renames;
  }

  display(id: string): DisplayRow | undefined {
    const shortId = this.#shortIds.get(id);
    return shortId === undefined ? undefined : this.#chunks.get(chunkOf(shortId))?.[shortId % DISPLAY_CHUNK];
  }

  /**
   * Indexed terms that begin with a term (not the term itself): the shortest
   * `max` of the first `4 × max` in alphabetical order, so that a prefix of
   * thousands of terms (`option-1` … `option-14999`) costs no more than one of fifty.
   */
  completions(term: string, max: number): string[] {
    const vocabulary = this.#vocabulary(shardOf(term));
    if (!vocabulary) return [];
    const found: string[] = [];
    for (const completion of vocabulary.atPrefix(term).keys()) {
      if (completion !== term && !completion.endsWith(NAME_MARK)) found.push(completion);
      if (found.length >= max * 4) break;
    }
    return found.sort((a, b) => a.length - b.length || (a < b ? -1 : 1)).slice(0, max);
  }

  /** Whether a term is indexed; undefined while its shard is not loaded. */
  knows(term: string): boolean | undefined {
    return this.#vocabulary(shardOf(term))?.has(term);
  }

  /**
   * Indexed terms within `maxDistance` edits of a term, with their distance,
   * from the term's own shard: a correction keeps the first character, so
   * that it never depends on which other shards happen to be loaded.
   */
  corrections(term: string, maxDistance: number): Map<string, number> {
    const vocabulary = this.#vocabulary(shardOf(term));
    if (!vocabulary) return new Map();
    return new Map(
      [...vocabulary.fuzzyGet(term, maxDistance)].flatMap(([t, [, distance]]) => (t.endsWith(NAME_MARK) ? [] : [[t, distance] as const])),
    );
  }

  /** The terms of a loaded shard as a radix tree (built from the sorted terms: the same tree, and order, everywhere), for completions and corrections. */
  #vocabulary(name: string): SearchableMap<true> | undefined {
    const shard = this.#shards.get(name);
    if (!shard) return undefined;
    let vocabulary = this.#vocabularies.get(name);
    if (!vocabulary)
      this.#vocabularies.set(name, (vocabulary = SearchableMap.from([...shard[0]].sort().map((t) => [t, true] as [string, true]))));
    return vocabulary;
  }
}

/** A bundle with every shard and display chunk loaded. */
export function openSearch(bundle: SearchBundle): LoadedSearch {
  const search = new LoadedSearch(bundle.core);
  for (const [name, shard] of Object.entries(bundle.shards)) search.addShard(name, shard);
  bundle.display.forEach((rows, chunk) => search.addChunk(chunk, rows));
  return search;
}
