import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { buildRegistry } from '../../src/lib/registry/index.ts';
import { readContent } from '../../src/lib/registry/load.ts';
import type { Locale } from '../../src/lib/registry/schema.ts';
import { searchDocuments } from '../../src/lib/search/documents.ts';
import { createSearchIndex, searchIndex } from '../../src/lib/search/index.ts';

const root = fileURLToPath(new URL('../../', import.meta.url));
interface Case {
  query: string;
  locale: Locale;
  expect: string[];
}
const cases = JSON.parse(readFileSync(join(root, 'tests/fixtures/search/queries.json'), 'utf8')) as Case[];
// The seed content and a subset of Flink 2.1's tables, searched together.
const sources = [
  ...(await readContent(join(root, 'content'))),
  ...(await readContent(join(root, 'tests/fixtures/search'))).map((s) => ({ ...s, path: `flink/${s.path}` })),
];
const { registry } = buildRegistry(sources);
const indexes = {
  en: createSearchIndex(searchDocuments(registry, 'en', null), registry),
  zh: createSearchIndex(searchDocuments(registry, 'zh', null), registry),
};

function rankOf(c: Case): number {
  const hits = searchIndex(indexes[c.locale], c.query, { limit: 10 }).filter((h) => h.kind === 'option');
  const index = hits.findIndex((h) => c.expect.includes(h.key));
  return index === -1 ? Infinity : index + 1;
}

describe(`search relevance: ${cases.length} queries (keys, prefixes, English, typos, Chinese)`, () => {
  const ranks = cases.map((c) => ({ ...c, rank: rankOf(c) }));
  const hitAt1 = ranks.filter((r) => r.rank === 1).length / ranks.length;
  const mrr = ranks.reduce((sum, r) => sum + (r.rank <= 10 ? 1 / r.rank : 0), 0) / ranks.length;

  it('has at least 60 queries in English and Chinese', () => {
    expect(cases.length).toBeGreaterThanOrEqual(60);
    expect(cases.filter((c) => c.locale === 'zh').length).toBeGreaterThanOrEqual(15);
  });

  it('hit@1 ≥ 0.9 and MRR@10 ≥ 0.9', () => {
    const misses = ranks.filter((r) => r.rank !== 1).map((r) => `${r.query} → rank ${r.rank} (want ${r.expect.join(' or ')})`);
    expect({ hitAt1: hitAt1 >= 0.9, mrr: mrr >= 0.9, misses }).toEqual({ hitAt1: true, mrr: true, misses: expect.any(Array) });
    console.log(`search relevance: hit@1 ${hitAt1.toFixed(3)}, MRR@10 ${mrr.toFixed(3)}; not first: ${misses.join('; ') || 'none'}`);
  });

  it('an exact key always ranks first', () => {
    for (const r of ranks.filter((r) => r.query === r.expect[0])) expect(r.rank, r.query).toBe(1);
  });
});
