/**
 * The relevance set (`tests/fixtures/search/relevance.json`), scored the same
 * way by the unit test and by `node bench/search.ts relevance`.
 *
 * Each query names its class (key, key-fragment, english, typo, old-key,
 * camelcase, chinese, notes-en, notes-zh) and the set it searches: `flink`
 * (Flink 2.1's tables), `seed` (the bundled content) or `notes` (the Chinese
 * team notes of `tests/fixtures/team-notes-zh/`). A query belongs to the
 * tuning half or the held-out half by an FNV-1a hash of its set, locale and
 * text: nobody picks which half a query is in. Ranking is tuned on the tuning
 * half only; the held-out half is what the README reports.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildRegistry } from '../../src/lib/registry/index.ts';
import { readContent } from '../../src/lib/registry/load.ts';
import type { Locale, Registry } from '../../src/lib/registry/schema.ts';
import { searchDocuments } from '../../src/lib/search/documents.ts';
import { createSearchIndex, searchIndex, type LoadedSearch } from '../../src/lib/search/index.ts';

const root = fileURLToPath(new URL('../../', import.meta.url));

export type RelevanceSet = 'flink' | 'seed' | 'notes';
export type Half = 'tuning' | 'held-out';

export interface RelevanceCase {
  query: string;
  locale: Locale;
  class: string;
  set: RelevanceSet;
  /** The options a reader means, any of which counts as found. */
  expect: string[];
}

export function relevanceCases(): RelevanceCase[] {
  return JSON.parse(readFileSync(join(root, 'tests/fixtures/search/relevance.json'), 'utf8')) as RelevanceCase[];
}

/** FNV-1a, 32 bits, over the UTF-8 bytes. */
export function fnv1a(text: string): number {
  let hash = 0x811c9dc5;
  for (const byte of new TextEncoder().encode(text)) {
    hash ^= byte;
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash;
}

export function halfOf(c: Pick<RelevanceCase, 'set' | 'locale' | 'query'>): Half {
  return fnv1a(`${c.set}\n${c.locale}\n${c.query}`) % 2 === 0 ? 'tuning' : 'held-out';
}

/** The version and registry each set searches. */
export interface RelevanceSource {
  registry: Pick<Registry, 'options' | 'notes' | 'glossary'>;
  version: string | null;
}

async function fromDir(dir: string): Promise<Registry> {
  return buildRegistry(await readContent(join(root, dir))).registry;
}

/** The checked-in sources: Flink 2.1's imported tables, the seed, the Chinese team notes. */
export async function relevanceSources(): Promise<Record<RelevanceSet, RelevanceSource>> {
  return {
    flink: { registry: await fromDir('tests/fixtures/search-flink-2.1'), version: '2.1' },
    seed: { registry: await fromDir('content'), version: null },
    notes: { registry: await fromDir('tests/fixtures/team-notes-zh'), version: null },
  };
}

export type RelevanceIndexes = Record<RelevanceSet, Record<Locale, LoadedSearch>>;

export function relevanceIndexes(sources: Record<RelevanceSet, RelevanceSource>): RelevanceIndexes {
  const open = ({ registry, version }: RelevanceSource): Record<Locale, LoadedSearch> => ({
    en: createSearchIndex(searchDocuments(registry, 'en', version), { glossary: registry.glossary }),
    zh: createSearchIndex(searchDocuments(registry, 'zh', version), { glossary: registry.glossary }),
  });
  return { flink: open(sources.flink), seed: open(sources.seed), notes: open(sources.notes) };
}

export interface Ranked {
  c: RelevanceCase;
  half: Half;
  /** 1-based rank of the first expected option among the first 10 results (sections included), else Infinity. */
  rank: number;
  top: string[];
}

export function rankCases(cases: readonly RelevanceCase[], indexes: RelevanceIndexes): Ranked[] {
  return cases.map((c) => {
    const top = searchIndex(indexes[c.set][c.locale], c.query, { limit: 10 }).map((hit) => hit.key);
    const at = top.findIndex((key) => c.expect.includes(key));
    return { c, half: halfOf(c), rank: at === -1 ? Infinity : at + 1, top };
  });
}

export interface Score {
  n: number;
  hit1: number;
  mrr: number;
}

export function score(ranked: readonly Ranked[]): Score {
  const n = ranked.length;
  return {
    n,
    hit1: n === 0 ? 0 : ranked.filter((r) => r.rank === 1).length / n,
    mrr: n === 0 ? 0 : ranked.reduce((sum, r) => sum + (r.rank <= 10 ? 1 / r.rank : 0), 0) / n,
  };
}

/** The groups the goals name: Flink 2.1 English and Chinese, the seed's English and Chinese, the team notes. */
export function groupOf(c: RelevanceCase): string {
  return c.set === 'notes' ? 'notes' : `${c.set}-${c.locale}`;
}

/** hit@1 and MRR@10 per group and per class (`set/class`), for one half. */
export function breakdown(ranked: readonly Ranked[], half: Half): Array<{ name: string; score: Score }> {
  const mine = ranked.filter((r) => r.half === half);
  const by = (name: (r: Ranked) => string): Array<{ name: string; score: Score }> =>
    [...new Set(mine.map(name))].sort().map((n) => ({ name: n, score: score(mine.filter((r) => name(r) === n)) }));
  return [{ name: 'all', score: score(mine) }, ...by((r) => groupOf(r.c)), ...by((r) => `${r.c.set}/${r.c.class}`)];
}

export function formatBreakdown(ranked: readonly Ranked[], half: Half): string {
  const rows = breakdown(ranked, half).map(
    ({ name, score: s }) => `  ${name.padEnd(22)} n=${String(s.n).padStart(3)}  hit@1 ${s.hit1.toFixed(3)}  MRR@10 ${s.mrr.toFixed(3)}`,
  );
  return [`${half}:`, ...rows].join('\n');
}

/** Queries whose expected option is not first: what to look at (on the tuning half only). */
export function misses(ranked: readonly Ranked[], half: Half): string[] {
  return ranked
    .filter((r) => r.half === half && r.rank !== 1)
    .map(
      (r) =>
        `[${r.c.set}/${r.c.class}] ${r.c.query} → rank ${r.rank} (want ${r.c.expect.join(' or ')}; got ${r.top.slice(0, 3).join(', ')})`,
    );
}
