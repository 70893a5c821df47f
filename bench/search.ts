/**
 * Search figures for `npm run bench` (also `npm run bench:search` alone):
 * bytes the browser downloads before the first result, index build time,
 * query latency, and relevance on Flink 2.1 beside MiniSearch as VitePress
 * configures it; `node bench/search.ts relevance` prints the relevance set
 * alone (hit@1 and MRR@10 per class, tuning and held-out). Prints; asserts nothing.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { brotliCompressSync } from 'node:zlib';
import MiniSearch from 'minisearch';
import { buildRegistry } from '../src/lib/registry/index.ts';
import type { Registry } from '../src/lib/registry/schema.ts';
import { searchDocuments } from '../src/lib/search/documents.ts';
import { bundleSearch, LoadedSearch, loadShardsFor, openSearch, searchIndex, type SearchBundle } from '../src/lib/search/index.ts';
import { importFolder } from '../tests/helpers/flink-corpus.ts';
import { syntheticNote } from './synthetic.ts';
import { formatBreakdown, halfOf, rankCases, relevanceCases, relevanceIndexes, relevanceSources } from '../tests/helpers/relevance.ts';

const root = join(import.meta.dirname, '..');
const fmt = (n: number, digits = 1): string => n.toLocaleString('en', { maximumFractionDigits: digits, minimumFractionDigits: digits });
const brotli = (text: string | Buffer): number => brotliCompressSync(Buffer.from(text)).length;
const pct = (sorted: number[], q: number): number => sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * q))]!;

const FLINK_QUERIES = [
  'checkpoint directory',
  'state.backend.rocksdb.block.c',
  '检查点目录',
  'chekpoint',
  'memory size',
  'rest port',
  'parallelism',
  'incremental checkpoints',
  'taskmanager memory',
  'execution.checkpointing.dir',
  '本地恢复',
  'watermark interval',
];

/** Chinese queries on the Chinese index of Flink 2.1: terms, and a reader's description of a problem. */
const FLINK_QUERIES_ZH = [
  '检查点目录',
  '本地恢复',
  '状态后端',
  'rocksdb 内存',
  '重启策略',
  '日志级别',
  '作业名称',
  '上传jar太大被拒绝',
  '反压时在途数据多久消化完',
  'TaskManager 空闲多久被释放',
];

/** Queries that hit the synthetic options: whole keys, key prefixes, key parts shared by thousands, words, typos. */
const SYNTHETIC_QUERIES = [
  'group12.sub3.option-1234',
  'group7.sub',
  'option-9999',
  'sub4',
  'group30 sub2',
  'synthetic option',
  'component 4001',
  'sentence',
  'synthetik',
  'exactly_once',
  'controls option 17',
  'option',
];

/** Bytes (brotli, each part as its own response) a fresh page downloads to show the first results of a query. */
async function bytesBeforeFirstResult(bundle: SearchBundle, query: string): Promise<number> {
  const search = new LoadedSearch(bundle.core);
  let bytes = brotli(JSON.stringify(bundle.core));
  // As the browser loads them: again while the loaded shards name more (a word cut in two).
  for (const name of await loadShardsFor(search, query, (name) => bundle.shards[name]!))
    bytes += brotli(JSON.stringify(bundle.shards[name]));
  for (const chunk of search.missingChunks(searchIndex(search, query).map((hit) => hit.id)))
    bytes += brotli(JSON.stringify(bundle.display[chunk]));
  return bytes;
}

export async function measureSearch(
  label: string,
  registry: Pick<Registry, 'options' | 'notes' | 'glossary'>,
  version: string | null,
  codeBytes: number,
  queries: readonly string[],
  locale: 'en' | 'zh' = 'en',
): Promise<void> {
  const documents = searchDocuments(registry, locale, version);
  const buildSamples: number[] = [];
  let bundle!: SearchBundle;
  for (let i = 0; i < 4; i++) {
    const start = performance.now();
    bundle = bundleSearch(documents, { glossary: registry.glossary });
    if (i > 0) buildSamples.push(performance.now() - start);
  }
  const bytes: number[] = [];
  for (const query of queries) bytes.push(await bytesBeforeFirstResult(bundle, query));
  bytes.sort((a, b) => a - b);
  const whole =
    brotli(JSON.stringify(bundle.core)) +
    Object.values(bundle.shards).reduce((sum, shard) => sum + brotli(JSON.stringify(shard)), 0) +
    bundle.display.reduce((sum, rows) => sum + brotli(JSON.stringify(rows)), 0);
  // The first query of a page builds the in-memory index from the parts it fetched.
  const coldStart = performance.now();
  const cold = new LoadedSearch(bundle.core);
  await loadShardsFor(cold, queries[0]!, (name) => bundle.shards[name]!);
  searchIndex(cold, queries[0]!);
  const coldMs = performance.now() - coldStart;
  const search = openSearch(bundle);
  for (let round = 0; round < 5; round++) for (const query of queries) searchIndex(search, query);
  const samples: number[] = [];
  for (let round = 0; round < 40; round++) {
    for (const query of queries) {
      const start = performance.now();
      searchIndex(search, query);
      samples.push(performance.now() - start);
    }
  }
  samples.sort((a, b) => a - b);
  const kb = (n: number): string => `${fmt(n / 1024, 1)} KB`;
  console.log(
    `Search, ${label} (${documents.length} documents, ${bundle.core.shards.length} term shards, ${bundle.display.length} display chunks):`,
  );
  console.log(`  index build ${fmt(buildSamples.sort((a, b) => a - b)[1]!, 0)} ms; whole index ${kb(whole)} brotli`);
  console.log(
    `  before the first result (core + the query's term shards + its results' display chunks + ${kb(codeBytes)} code, brotli): median ${kb(pct(bytes, 0.5) + codeBytes)}, max ${kb(bytes.at(-1)! + codeBytes)} over ${queries.length} queries (goal ≤ 60 KB)`,
  );
  console.log(
    `  query latency (warm, ${samples.length} queries): p50 ${fmt(pct(samples, 0.5), 2)} ms, p95 ${fmt(pct(samples, 0.95), 2)} ms; first query of a page (builds the index) ${fmt(coldMs, 1)} ms`,
  );
}

/**
 * The relevance set (tests/helpers/relevance.ts) at Flink scale: its `flink` queries on a fresh import of Flink 2.1,
 * its `seed` and `notes` queries on the checked-in content; hit@1 and MRR@10 per group and class, for the tuning and
 * the held-out half. Beside it, MiniSearch as VitePress configures it, on the same Flink queries.
 */
async function compareRelevance(registry: Registry): Promise<void> {
  const sources = await relevanceSources();
  sources.flink = { registry, version: '2.1' };
  const cases = relevanceCases();
  const ranked = rankCases(cases, relevanceIndexes(sources));
  console.log(`Search relevance (${cases.length} queries; Flink 2.1 imported from the corpus, the seed, the team notes):`);
  console.log(formatBreakdown(ranked, 'tuning'));
  console.log(formatBreakdown(ranked, 'held-out'));
  // VitePress's local search: MiniSearch's default tokenizer, title and text fields, fuzzy 0.2, prefix, title boosted.
  const documents = searchDocuments(registry, 'en', '2.1').filter((doc) => doc.kind === 'option');
  const vitepress = new MiniSearch({
    fields: ['title', 'text'],
    searchOptions: { fuzzy: 0.2, prefix: true, boost: { title: 4, text: 2 } },
  });
  vitepress.addAll(documents.map((doc) => ({ id: doc.key, title: doc.key, text: doc.description })));
  const flink = cases.filter((c) => c.set === 'flink' && halfOf(c) === 'held-out');
  const theirs = flink.map((c) => {
    const at = vitepress
      .search(c.query)
      .slice(0, 10)
      .findIndex((hit) => c.expect.includes(String(hit.id)));
    return { rank: at === -1 ? Infinity : at + 1, english: c.locale === 'en' };
  });
  const share = (list: typeof theirs): string => fmt(list.filter((r) => r.rank === 1).length / Math.max(1, list.length), 3);
  console.log(
    `  MiniSearch as VitePress sets it up, held-out Flink queries: hit@1 English ${share(theirs.filter((r) => r.english))}, Chinese ${share(theirs.filter((r) => !r.english))}`,
  );
}

export async function benchSearch(codeBytes: number, only?: 'relevance'): Promise<void> {
  const corpus = join(root, '../shared/corpus/flink/2.1-SNAPSHOT-8e93850');
  if (existsSync(corpus)) {
    const { registry } = importFolder(corpus, '2.1').result;
    if (only !== 'relevance') {
      await measureSearch('Flink 2.1', registry, '2.1', codeBytes, FLINK_QUERIES);
      await measureSearch('Flink 2.1, the Chinese index', registry, '2.1', codeBytes, FLINK_QUERIES_ZH, 'zh');
    }
    await compareRelevance(registry);
  } else {
    console.log('Search at Flink scale and relevance on Flink 2.1: skipped (no ../shared/corpus/flink)');
  }
  if (only === 'relevance') return;
  await measureSearch(
    '15,000 synthetic options',
    buildRegistry([{ path: 'synthetic.md', contents: syntheticNote(15_000) }]).registry,
    null,
    codeBytes,
    SYNTHETIC_QUERIES,
  );
}

if (import.meta.main) {
  // Alone: the code size from the last site build in dist/, when there is one.
  const { listFiles } = await import('../tests/helpers/dist.ts');
  const assets = join(root, 'dist/_astro');
  // The header's search box script and every chunk it imports, statically or on first use (the query code), by name.
  const code = new Set<string>();
  const pending = existsSync(assets) ? listFiles(assets).filter((file) => /\/SearchBox\.astro[^/]*\.js$/.test(file)) : [];
  for (let file = pending.pop(); file !== undefined; file = pending.pop()) {
    if (code.has(file)) continue;
    code.add(file);
    for (const [, name] of readFileSync(file, 'utf8').matchAll(/\.\/([\w.-]+\.js)\b/g)) pending.push(join(assets, name!));
  }
  await benchSearch(
    [...code].reduce((sum, file) => sum + brotli(readFileSync(file)), 0),
    process.argv.includes('relevance') ? 'relevance' : undefined,
  );
}
