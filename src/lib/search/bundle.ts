/**
 * The search index as the browser downloads it: Pagefind's layout on
 * MiniSearch's index. A small core (document ids, field lengths, filter
 * facets, the glossary), the terms in shards by their first character (a
 * query fetches only the shards of its own terms), and what results show in
 * chunks of documents (a query fetches the chunks of the results it shows).
 *
 * Scores do not depend on which shards are loaded: BM25 needs a term's own
 * postings and the core's document count and field lengths, nothing else; a
 * prefix of a term and a typo correction (which keeps the first character,
 * see `LoadedSearch.corrections`) live in the term's shard.
 *
 * Upstream internals this depends on (checked against minisearch 7.2.0):
 * MiniSearch's serialised index (`toJSON()` and `MiniSearch.loadJS`,
 * `serializationVersion: 2`): `index` as [term, {field: {shortId: tf}}]
 * pairs, `documentIds`, `fieldIds`, `fieldLength`, `averageFieldLength`,
 * `storedFields`, `nextId`, `dirtCount`. tests/unit/search.test.ts loads the
 * bundle part by part and compares the results with the whole index.
 */
import type { AsPlainObject } from 'minisearch';
import type { GlossaryPair } from './glossary.ts';

/**
 * Documents per display chunk: a query's ten results often fall in as many chunks, each fetched whole, so the smaller
 * they are, the less a query fetches of what it does not show (Pagefind fetches one fragment per result).
 */
export const DISPLAY_CHUNK = 8;

/** Shards of terms that begin with a Han character, by that character (a Chinese query of ten bigrams loads ten). */
export const HAN_SHARDS = 512;

/**
 * The layout's version, in the core. Bumped when the parts change what they hold, where a term lives or how a word
 * becomes a term (2: Chinese terms in 256 shards, not 16; display chunks of 32 documents, not 64; the `about` field.
 * 3: long words lose `-ion`, `connection` is `connect`; the `names` field; Chinese terms in 512 shards; display chunks
 * of 8). The core and the shards are fetched at fixed addresses, so a
 * browser may hold a cached core of another layout than the code it runs; `LoadedSearch` refuses it rather than
 * search the wrong shards or look up terms the index spells otherwise.
 */
export const SEARCH_FORMAT = 3;

export interface SearchCore {
  format: typeof SEARCH_FORMAT;
  fieldIds: Record<string, number>;
  averageFieldLength: number[];
  /** Document ids (`o:<key>`, `s:<note>#<heading>`) by MiniSearch short id. */
  ids: string[];
  /** Field lengths, one column per field, by short id. */
  lengths: number[][];
  /** Filter facets: each document's group and type as indexes into these lists. */
  groups: string[];
  types: string[];
  facets: number[];
  /** The term shards there are. */
  shards: string[];
  /** Number of display chunks. */
  chunks: number;
  /** The merged glossary (content over built-in) used to expand queries. */
  glossary: GlossaryPair[];
  /** Old keys that are not options here, each with the option that replaced it and the version that renamed it, if known. */
  renames?: OldKey[];
}

/** An old key, its successor and the version that renamed it (null: not known). */
export type OldKey = [from: string, to: string, version: string | null];

/** Terms of one shard and, per term, its postings: field id, count, then doc-id deltas ×2 (+1 when a term frequency follows). */
export type TermShard = [terms: string[], postings: number[][]];

/** What a result shows, by document id. */
export interface DisplayRow {
  key: string;
  title: string;
  type: string;
  defaultValue: string;
  url: string;
  lang: string;
  excerpt: string;
}

export interface SearchBundle {
  core: SearchCore;
  shards: Record<string, TermShard>;
  display: DisplayRow[][];
}

/**
 * The shard a term lives in: its first letter or digit; Han terms in `HAN_SHARDS` shards by their first character (a
 * Chinese query of ten bigrams loads ten shards: the smaller they are, the less it loads); the rest in `_`.
 */
export function shardOf(term: string): string {
  const first = term.codePointAt(0) ?? 0;
  const char = String.fromCodePoint(first);
  if (/^[a-z0-9]$/.test(char)) return char;
  if (/^\p{Script=Han}$/u.test(char)) return `h${first % HAN_SHARDS}`;
  return '_';
}

export function chunkOf(shortId: number): number {
  return Math.floor(shortId / DISPLAY_CHUNK);
}

type Plain = AsPlainObject;

export function decodePostings(encoded: readonly number[]): Record<string, Record<string, number>> {
  const data: Record<string, Record<string, number>> = {};
  let i = 0;
  while (i < encoded.length) {
    const field = encoded[i++]!;
    const count = encoded[i++]!;
    const postings: Record<string, number> = {};
    let id = 0;
    for (let n = 0; n < count; n++) {
      const value = encoded[i++]!;
      id += value >> 1;
      postings[id] = value & 1 ? encoded[i++]! : 1;
    }
    data[field] = postings;
  }
  return data;
}

/** MiniSearch's serialised form of the core and the given shards, for `MiniSearch.loadJS`. */
export function unpackSearch(core: SearchCore, shards: Iterable<TermShard>): Plain {
  const byShortId = <T>(value: (shortId: number) => T): Record<number, T> =>
    Object.fromEntries(core.ids.map((_, shortId) => [shortId, value(shortId)]));
  const index: Array<[string, Record<string, Record<string, number>>]> = [];
  for (const [terms, postings] of shards) terms.forEach((term, i) => index.push([term, decodePostings(postings[i]!)]));
  return {
    documentCount: core.ids.length,
    nextId: core.ids.length,
    documentIds: byShortId((shortId) => core.ids[shortId]),
    fieldIds: core.fieldIds,
    fieldLength: byShortId((shortId) => core.lengths.map((column) => column[shortId]!)),
    averageFieldLength: core.averageFieldLength,
    storedFields: byShortId((shortId) => ({
      kind: core.ids[shortId]!.startsWith('o:') ? 'option' : 'section',
      group: core.groups[core.facets[shortId * 2]!],
      type: core.types[core.facets[shortId * 2 + 1]!],
    })),
    dirtCount: 0,
    index,
    serializationVersion: 2,
  } as Plain;
}
