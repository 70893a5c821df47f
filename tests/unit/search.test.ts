import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadRegistry } from '../../src/lib/registry/load.ts';
import { searchDocuments } from '../../src/lib/search/documents.ts';
import { expandQuery, expandQuerySenses } from '../../src/lib/search/glossary.ts';
import { mergeGlossaries } from '../../src/lib/search/glossary-default.ts';
import { decodePostings, HAN_SHARDS, SEARCH_FORMAT, shardOf, type SearchCore, type TermShard } from '../../src/lib/search/bundle.ts';
import { encodePostings } from '../../src/lib/search/pack.ts';
import { bundleSearch, createSearchIndex, LoadedSearch, loadShardsFor, searchIndex, termsOf } from '../../src/lib/search/index.ts';
import { nameTerm, nameTermsIn } from '../../src/lib/search/names.ts';
import { keyTokens, singular, spelledShortNames, stemTyped, tokenize } from '../../src/lib/search/tokenize.ts';
import { confref } from '../helpers/cli.ts';
import { build, table } from '../helpers/notes.ts';

const root = fileURLToPath(new URL('../../', import.meta.url));
const { registry } = await loadRegistry(join(root, 'content'));

describe('the shared tokenizer', () => {
  it('splits keys into parts, words and spelled-out abbreviations, keeping the whole key (a key prefix prefix-matches it)', () => {
    expect(keyTokens('state.backend.rocksdb.block.cache-size')).toEqual([
      'state.backend.rocksdb.block.cache-size',
      'state',
      'backend',
      'rocksdb',
      'block',
      'cache-size',
      'cache',
      'size',
    ]);
    expect(keyTokens('state.checkpoints.dir')).toEqual(['state.checkpoints.dir', 'state', 'checkpoints', 'checkpoint', 'dir', 'directory']);
    expect(keyTokens('table.exec.async-lookup.timeout')).toContain('asynchronous');
    expect(keyTokens('table.optimizer.agg-phase-strategy')).toContain(singular('aggregation'));
    expect(keyTokens('fs.default-scheme')).toContain('filesystem');
    expect(keyTokens('taskmanager.numberOfTaskSlots')).toEqual([
      'taskmanager.numberoftaskslots',
      'taskmanager',
      'numberoftaskslots',
      'numberoftaskslot',
      'number',
      'of',
      'task',
      'slot',
    ]);
  });
  it('cuts Chinese into character bigrams, the same for a phrase at index and at query time', () => {
    expect(tokenize('检查点目录')).toEqual(['检查', '查点', '点目', '目录']);
    expect(tokenize('默认的检查点目录。')).toEqual(expect.arrayContaining(tokenize('检查点目录')));
    expect(tokenize('状态 state')).toEqual(['状态', 'state']);
  });
  it('gives apart an English word and the Chinese written against it, without a space', () => {
    expect(tokenize('blob下载失败')).toEqual(['blob', '下载', '载失', '失败']);
    expect(tokenize('让TaskManager在OOM时退出')).toEqual(['让', 'taskmanager', '在', 'oom', '时退', '退出']);
    expect(tokenize('state.backend的类型')).toEqual([...tokenize('state.backend'), ...tokenize('的类型')]);
  });
  it('normalises English words lightly', () => {
    expect(['checkpoints', 'policies', 'checkpointing', 'class', 'status', 'use'].map(singular)).toEqual([
      'checkpoint',
      'policy',
      'checkpoint',
      'class',
      'status',
      'use',
    ]);
    expect(tokenize('Checkpoints, stored in directories.')).toEqual(['checkpoint', 'stored', 'in', 'directory']);
    // A long word's `-ion` goes, so that a key's noun and a query's verb meet; short ones (version, region) stay.
    expect(['connection', 'connections', 'compression', 'version', 'region', 'session'].map(singular)).toEqual([
      'connect',
      'connect',
      'compress',
      'version',
      'region',
      'session',
    ]);
    // `-ing` then `-ion`: partitioning, partition and partitions are one term.
    expect(['partitioning', 'partition', 'partitions'].map(singular)).toEqual(['partit', 'partit', 'partit']);
    // A long word typed past what the index keeps of it is on its way to that (compressio: compress).
    expect(['compressio', 'connecti', 'partitionin', 'checkpointin', 'sessio', 'plugin', 'compress'].map(stemTyped)).toEqual([
      'compress',
      'connect',
      'partit',
      'checkpoint',
      null,
      null,
      null,
    ]);
    expect(tokenize('Connect timeout')).toEqual(tokenize('connection timeouts'));
    // A name (names.ts) is indexed and looked up whole: NFKC, lower case, no spaces, 2 to 12 characters, with Chinese.
    expect(nameTerm('Web UI 端口')).toBe('webui端口|');
    expect(nameTerm('web-ui端口')).toBe('webui端口|');
    expect(nameTerm('-D参数')).toBe('d参数|');
    expect(nameTerm('keytab')).toBeNull();
    expect(nameTerm('一二三四五六七八九十一二三')).toBeNull();
    expect(nameTermsIn('detached模式提交')).toEqual([
      'detached模|',
      'detached模式|',
      'detached模式提|',
      'detached模式提交|',
      '模式|',
      '模式提|',
      '模式提交|',
      '式提|',
      '式提交|',
      '提交|',
    ]);
    expect(nameTermsIn('缓冲区大小老是来回小幅调整')).toHaveLength(77);
    // What is between words is left out, but ends a Latin word; a run starts where a query term does (not at 业, which
    // begins no bigram, nor at the stop word `a`).
    expect(nameTermsIn('作业 名称')).toEqual(['作业|', '作业名|', '作业名称|', '名称|']);
    expect(nameTermsIn('flink web-ui端口')).toEqual([
      'flinkwebui端|',
      'flinkwebui端口|',
      'webui端|',
      'webui端口|',
      'ui端|',
      'ui端口|',
      '端口|',
    ]);
    expect(nameTermsIn('a模式')).toEqual(['模式|']);
    expect(nameTermsIn('checkpoint interval')).toEqual([]);
    // An abbreviation's spelled-out form is normalised as a query's word is: `conf` is found by "configuration".
    expect(keyTokens('kubernetes.hadoop.conf.config-map.name')).toContain(tokenize('configuration')[0]);
  });
});

describe('glossary expansion', () => {
  const glossary = mergeGlossaries(registry.glossary);
  it('a Chinese query gains the English terms, longest first', () => {
    expect(expandQuery('检查点目录', glossary)).toEqual(['checkpoint directory']);
    expect(expandQuery('增量检查点', glossary)).toEqual(['incremental checkpoint']);
  });
  it('the words Chinese users write for key words: one character, a colloquial phrase', () => {
    expect(expandQuerySenses('读线程', glossary)).toEqual(expect.arrayContaining([expect.arrayContaining(['read'])]));
    expect(expandQuerySenses('批作业', glossary)).toEqual(expect.arrayContaining([expect.arrayContaining(['batch'])]));
    expect(expandQuerySenses('多表连接', glossary)).toEqual(expect.arrayContaining([expect.arrayContaining(['join'])]));
    expect(expandQuerySenses('内存爆了', glossary)).toEqual(expect.arrayContaining([['oom']]));
  });
  it('an English query gains the Chinese terms', () => {
    expect(expandQuery('local recovery', glossary)).toEqual(['本地恢复']);
  });
  it('a term with several senses gives them together; a short name (k8s, zk) its whole name', () => {
    expect(expandQuerySenses('取消超时', glossary)).toEqual([['timeout'], ['cancel', 'cancellation']]);
    expect(spelledShortNames('K8s 镜像')).toEqual(['kubernetes']);
    expect(spelledShortNames('zk根路径')).toEqual(['zookeeper']);
    expect(spelledShortNames('zkquorum k8')).toEqual([]);
    expect(spelledShortNames('TM 堆内存')).toEqual(['taskmanager']);
    expect(spelledShortNames('jm和tm')).toEqual(['jobmanager', 'taskmanager']);
  });
});

describe('search over the seed', () => {
  const index = createSearchIndex(searchDocuments(registry, 'zh', null), registry);
  const top = (query: string) => searchIndex(index, query, { limit: 3 }).map((h) => h.key);

  it.each([
    ['state.backend', 'state.backend'],
    ['state.backend.fs.m', 'state.backend.fs.memory-threshold'],
    ['检查点目录', 'state.checkpoints.dir'],
    ['本地恢复', 'state.backend.local-recovery'],
    ['增量检查点', 'state.backend.incremental'],
    ['chekpoint dir', 'state.checkpoints.dir'],
    ['write buffer', 'state.backend.fs.write-buffer-size'],
    ['savepoints', 'state.savepoints.dir'],
  ])('%s → %s first', (query, key) => expect(top(query)[0]).toBe(key));

  it('filters by group and by type', () => {
    const byGroup = searchIndex(index, 'state', { groups: ['state.checkpoints'], limit: 20 });
    expect(byGroup.map((h) => h.key)).toEqual(['state.checkpoints.dir', 'state.checkpoints.num-retained']);
    const byType = searchIndex(index, 'state', { types: ['Boolean'], limit: 20 });
    expect(byType.map((h) => h.key).sort()).toEqual(['state.backend.async', 'state.backend.incremental', 'state.backend.local-recovery']);
  });

  it('the bundle loaded part by part, as the browser does, gives the same results as the whole index, whatever else is loaded', async () => {
    const bundle = JSON.parse(JSON.stringify(bundleSearch(searchDocuments(registry, 'zh', null), registry))) as {
      core: SearchCore;
      shards: Record<string, TermShard>;
      display: [];
    };
    const queries = [
      '检查点目录',
      'state.backend.fs.m',
      'chekpoint dir',
      'write buffer',
      'savepoints',
      '本地恢复',
      'rocksdb',
      'buffer',
      'checkpointsdir',
    ];
    const partial = new LoadedSearch(bundle.core);
    for (const query of queries) {
      const fresh = new LoadedSearch(bundle.core);
      for (const target of [fresh, partial]) {
        // As the browser does: load until the terms name no missing shard (a word cut in two names its second side's).
        await loadShardsFor(target, query, (name) => bundle.shards[name]!);
        const ids = searchIndex(target, query).map((h) => h.id);
        for (const chunk of target.missingChunks(ids)) target.addChunk(chunk, bundle.display[chunk]!);
      }
      const whole = searchIndex(index, query);
      expect(whole.length, query).toBeGreaterThan(0);
      expect(searchIndex(fresh, query), query).toEqual(whole);
      expect(searchIndex(partial, query), query).toEqual(whole);
    }
    // The fresh loads fetched only the shards of their own terms.
    const only = new LoadedSearch(bundle.core);
    expect(only.missingShards(termsOf(only, '检查点目录'))).toEqual(
      [...new Set([...'检查点目录'.slice(0, 4)].map((c) => shardOf(c)).concat(['c', 'd']))].sort(),
    );
    // A word the index does not know: its own shard first, then the shard of the second side of its cut.
    const cut = new LoadedSearch(bundle.core);
    expect(cut.missingShards(termsOf(cut, 'checkpointsdir'))).toEqual(['c']);
    cut.addShard('c', bundle.shards['c']!);
    expect(termsOf(cut, 'checkpointsdir')).toEqual(['checkpointsdir', 'sdir', 'dir']);
    expect(cut.missingShards(termsOf(cut, 'checkpointsdir'))).toEqual(['d', 's']);
    expect(await loadShardsFor(new LoadedSearch(bundle.core), 'checkpointsdir', (name) => bundle.shards[name]!)).toEqual(['c', 'd', 's']);
    expect(searchIndex(index, 'checkpointsdir')[0]!.key).toBe('state.checkpoints.dir');
    // A word being typed, the beginning of one the index knows, is completed, not cut: no other part is loaded.
    cut.addShard('a', bundle.shards['a']!);
    expect(termsOf(cut, 'asynchro')).toEqual(['asynchro']);
  });

  it('cuts a word the index does not know in two it does, never a word it knows, and still corrects a cut word', () => {
    expect(termsOf(index, 'checkpointsdir')).toEqual(['checkpointsdir', 'checkpoints', 'dir']);
    // filesystem is indexed: it is not also file and system.
    expect(termsOf(index, 'filesystem')).toEqual(['filesystem']);
    // configuse is config and use, and one edit from configure: what it matched as configure is marked.
    expect(termsOf(index, 'configuse')).toEqual(['configuse', 'config', 'use']);
    expect(searchIndex(index, 'configuse').some((hit) => hit.terms.includes('configure'))).toBe(true);
  });

  it('corrects a typo to terms of its own first letter only', () => {
    expect(Object.fromEntries(index.corrections('chekpoint', 2))).toEqual({ checkpoint: 1, checkpoints: 2 });
    expect(index.corrections('xheckpoint', 2).size).toBe(0);
    expect(top('chekpoint')[0]).toMatch(/^state\.checkpoints\./);
  });

  it("refuses a core of another layout than the code's (a cached core.json after a deploy), rather than search the wrong shards", () => {
    const { core } = bundleSearch(searchDocuments(registry, 'zh', null), registry);
    expect(core.format).toBe(SEARCH_FORMAT);
    expect(core.shards.filter((name) => name.startsWith('h')).every((name) => Number(name.slice(1)) < HAN_SHARDS)).toBe(true);
    expect(HAN_SHARDS).toBe(512);
    expect(shardOf('检查')).toBe(`h${'检'.codePointAt(0)! % 512}`);
    expect(() => new LoadedSearch({ ...core, format: 1 } as unknown as SearchCore)).toThrow(
      'search index of format 1; this code reads format 3 (reload the page)',
    );
  });

  it('packs postings losslessly (doc-id deltas, term frequencies only where not 1)', () => {
    const data = { '0': { '3': 1, '17': 2, '4': 1 }, '2': { '0': 5 } };
    expect(encodePostings(data)).toEqual([0, 3, 6, 2, 27, 2, 2, 1, 1, 5]);
    expect(decodePostings(encodePostings(data))).toEqual(data);
  });

  it('confref search --json prints results in rank order with key and score', () => {
    const result = confref('search', '检查点目录', '--locale', 'zh', '--limit', '2', '--json');
    expect(result.status).toBe(0);
    const hits = JSON.parse(result.stdout);
    // Then the other directory: a description saying 目录 in Chinese and directory in English counts once, not twice.
    expect(hits.map((h: { key: string }) => h.key)).toEqual(['state.checkpoints.dir', 'state.savepoints.dir']);
    expect(hits[0].score).toBeGreaterThan(hits[1].score);
  });
});

describe('an option found by what any note says of it', () => {
  const result = build({
    'a.md': table(['| s.dir | (none) | String | Default directory for savepoints. |']),
    'b.md': table(['| s.dir | (none) | String | Where the nightly jobs park their snapshots before an upgrade. |']),
    'c.md': table(['| s.dir | (none) | String | 保存点的默认目录，升级前手动触发。 |']),
    'd.md': table(['| o.other | 1 | Integer | Unrelated option about threads. |']),
  });

  it('indexes an option once, with every other note description as searchable text, in each locale', () => {
    for (const locale of ['en', 'zh'] as const) {
      const docs = searchDocuments(result.registry, locale, null).filter((d) => d.kind === 'option');
      expect(docs.map((d) => d.key)).toEqual(['o.other', 's.dir']);
      const index = createSearchIndex(docs);
      expect(searchIndex(index, 'nightly snapshots')[0]?.key, locale).toBe('s.dir');
      expect(searchIndex(index, '升级前')[0]?.key, locale).toBe('s.dir');
    }
  });
});
