import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { loadRegistry } from '../../src/lib/registry/load.ts';
import { searchDocuments } from '../../src/lib/search/documents.ts';
import { expandQuery, mergeGlossaries } from '../../src/lib/search/glossary.ts';
import { createSearchIndex, loadSearchIndex, searchIndex } from '../../src/lib/search/index.ts';
import { keyTokens, singular, tokenize } from '../../src/lib/search/tokenize.ts';

const root = fileURLToPath(new URL('../../', import.meta.url));
const { registry } = await loadRegistry(join(root, 'content'));

describe('the shared tokenizer', () => {
  it('splits keys into parts, words and spelled-out abbreviations, keeping the whole key (a key prefix prefix-matches it)', () => {
    expect(keyTokens('state.backend.rocksdb.block.cache-size')).toEqual(['state.backend.rocksdb.block.cache-size', 'state', 'backend', 'rocksdb', 'block', 'cache-size', 'cache', 'size']);
    expect(keyTokens('state.checkpoints.dir')).toEqual(['state.checkpoints.dir', 'state', 'checkpoints', 'checkpoint', 'dir', 'directory']);
    expect(keyTokens('taskmanager.numberOfTaskSlots')).toEqual(['taskmanager.numberoftaskslots', 'taskmanager', 'numberoftaskslots', 'numberoftaskslot', 'number', 'of', 'task', 'slot']);
  });
  it('cuts Chinese into character bigrams, the same for a phrase at index and at query time', () => {
    expect(tokenize('检查点目录')).toEqual(['检查', '查点', '点目', '目录']);
    expect(tokenize('默认的检查点目录。')).toEqual(expect.arrayContaining(tokenize('检查点目录')));
    expect(tokenize('状态 state')).toEqual(['状态', 'state']);
  });
  it('normalises English words lightly', () => {
    expect(['checkpoints', 'policies', 'checkpointing', 'class', 'status', 'use'].map(singular)).toEqual(['checkpoint', 'policy', 'checkpoint', 'class', 'status', 'use']);
    expect(tokenize('Checkpoints, stored in directories.')).toEqual(['checkpoint', 'stored', 'in', 'directory']);
  });
});

describe('glossary expansion', () => {
  const glossary = mergeGlossaries(registry.glossary);
  it('a Chinese query gains the English terms, longest first', () => {
    expect(expandQuery('检查点目录', glossary)).toEqual(['checkpoint directory']);
    expect(expandQuery('增量检查点', glossary)).toEqual(['incremental checkpoint']);
  });
  it('an English query gains the Chinese terms', () => {
    expect(expandQuery('local recovery', glossary)).toEqual(['本地恢复']);
  });
});

describe('search over the seed', () => {
  const index = createSearchIndex(searchDocuments(registry, 'zh', null));
  const top = (query: string) => searchIndex(index, query, { glossary: registry.glossary, limit: 3 }).map((h) => h.key);

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
    const byGroup = searchIndex(index, 'state', { glossary: registry.glossary, groups: ['state.checkpoints'], limit: 20 });
    expect(byGroup.map((h) => h.key)).toEqual(['state.checkpoints.dir', 'state.checkpoints.num-retained']);
    const byType = searchIndex(index, 'state', { glossary: registry.glossary, types: ['Boolean'], limit: 20 });
    expect(byType.map((h) => h.key).sort()).toEqual(['state.backend.async', 'state.backend.incremental', 'state.backend.local-recovery']);
  });

  it('an index serialised for the browser gives the same results', () => {
    const again = loadSearchIndex(JSON.stringify(index));
    expect(searchIndex(again, '检查点目录', { glossary: registry.glossary }).map((h) => h.key)).toEqual(searchIndex(index, '检查点目录', { glossary: registry.glossary }).map((h) => h.key));
  });

  it('confref search --json prints results in rank order with key and score', () => {
    const result = spawnSync(process.execPath, [join(root, 'bin/confref.js'), 'search', '检查点目录', '--locale', 'zh', '--limit', '2', '--json'], { cwd: root, encoding: 'utf8' });
    expect(result.status).toBe(0);
    const hits = JSON.parse(result.stdout);
    expect(hits.map((h: { key: string }) => h.key)).toEqual(['state.checkpoints.dir', 'state.checkpoints.num-retained']);
    expect(hits[0].score).toBeGreaterThan(hits[1].score);
  });
});
