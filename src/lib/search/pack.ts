/**
 * Packs a built MiniSearch index into the bundle the site publishes
 * (the layout is described in bundle.ts). Build time only.
 */
import type { AsPlainObject, default as MiniSearch } from 'minisearch';
import {
  chunkOf,
  SEARCH_FORMAT,
  shardOf,
  type DisplayRow,
  type OldKey,
  type SearchBundle,
  type SearchCore,
  type TermShard,
} from './bundle.ts';
import type { GlossaryPair } from './glossary.ts';

type Plain = AsPlainObject;

export function encodePostings(data: Record<string, Record<string, number>>): number[] {
  const out: number[] = [];
  for (const field of Object.keys(data).sort()) {
    const entries = Object.entries(data[field]!)
      .map(([id, tf]) => [Number(id), tf] as const)
      .sort((a, b) => a[0] - b[0]);
    out.push(Number(field), entries.length);
    let previous = 0;
    for (const [id, tf] of entries) {
      const delta = id - previous;
      previous = id;
      if (tf === 1) out.push(delta * 2);
      else out.push(delta * 2 + 1, tf);
    }
  }
  return out;
}

/**
 * Packs a MiniSearch index (built with no removals, so short ids run 0…n-1)
 * and the rows its results show.
 */
export function packSearch(
  index: MiniSearch,
  display: ReadonlyMap<string, DisplayRow>,
  glossary: GlossaryPair[],
  renames: OldKey[] = [],
): SearchBundle {
  const plain = index.toJSON() as Plain;
  const count = plain.nextId;
  if (plain.dirtCount !== 0 || plain.documentCount !== count) throw new Error('packSearch: the index must be built without removals');
  const ids = Array.from({ length: count }, (_, shortId) => String(plain.documentIds[shortId]));
  const fieldCount = Object.keys(plain.fieldIds).length;
  const lengths = Array.from({ length: fieldCount }, (_, field) =>
    ids.map((_, shortId) => (plain.fieldLength[shortId] as number[])[field] ?? 0),
  );
  const groups: string[] = [];
  const types: string[] = [];
  const facet = (list: string[], value: string): number => {
    const at = list.indexOf(value);
    return at === -1 ? list.push(value) - 1 : at;
  };
  const facets = ids.flatMap((_, shortId) => {
    const stored = plain.storedFields[shortId] as { group?: string; type?: string };
    return [facet(groups, stored.group ?? ''), facet(types, stored.type ?? '')];
  });
  const shards: Record<string, TermShard> = {};
  for (const [term, data] of plain.index as Array<[string, Record<string, Record<string, number>>]>) {
    const shard = (shards[shardOf(term)] ??= [[], []]);
    shard[0].push(term);
    shard[1].push(encodePostings(data));
  }
  const chunks: DisplayRow[][] = [];
  ids.forEach((id, shortId) => (chunks[chunkOf(shortId)] ??= []).push(display.get(id)!));
  const core: SearchCore = {
    format: SEARCH_FORMAT,
    fieldIds: plain.fieldIds,
    averageFieldLength: plain.averageFieldLength,
    ids,
    lengths,
    groups,
    types,
    facets,
    shards: Object.keys(shards).sort(),
    chunks: chunks.length,
    glossary,
    ...(renames.length > 0 ? { renames } : {}),
  };
  return { core, shards, display: chunks };
}
