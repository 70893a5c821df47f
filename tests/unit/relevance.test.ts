/**
 * The relevance set (tests/fixtures/search/relevance.json, scored by
 * tests/helpers/relevance.ts): the goals, asserted on the held-out
 * half, which ranking is never tuned on.
 */
import { describe, expect, it } from 'vitest';
import {
  formatBreakdown,
  groupOf,
  halfOf,
  rankCases,
  relevanceCases,
  relevanceIndexes,
  relevanceSources,
  score,
} from '../helpers/relevance.ts';

const cases = relevanceCases();
const ranked = rankCases(cases, relevanceIndexes(await relevanceSources()));
const heldOut = (group: string) => score(ranked.filter((r) => r.half === 'held-out' && groupOf(r.c) === group));

describe(`search relevance: ${cases.length} queries, held-out half`, () => {
  it('has at least 200 queries of every class, in both halves, none twice', () => {
    expect(cases.length).toBeGreaterThanOrEqual(200);
    const classes = new Set(cases.map((c) => c.class));
    expect([...classes].sort()).toEqual([
      'camelcase',
      'chinese',
      'english',
      'key',
      'key-fragment',
      'notes-en',
      'notes-zh',
      'old-key',
      'typo',
    ]);
    for (const half of ['tuning', 'held-out'] as const) expect(cases.filter((c) => halfOf(c) === half).length).toBeGreaterThanOrEqual(100);
    expect(new Set(cases.map((c) => `${c.set}\n${c.locale}\n${c.query}`)).size).toBe(cases.length);
  });

  it('Flink 2.1, English: the expected option first in ≥ 0.92, MRR@10 ≥ 0.95', () => {
    const s = heldOut('flink-en');
    expect({ hit1: s.hit1 >= 0.92, mrr: s.mrr >= 0.95 }).toEqual({ hit1: true, mrr: true });
  });

  // The held-out half has 225 Chinese queries, 101 of them from two batches of 100 added on 2026-12-02 by helpers who
  // had not seen the ranking (docs/search.md#relevance). 0.9 is 203 of them: on 2026-12-03 it found 203.
  it('Flink 2.1, Chinese: first in ≥ 0.9', () => {
    expect(heldOut('flink-zh').hit1).toBeGreaterThanOrEqual(0.9);
  });

  it('the seed: first in ≥ 0.92 (English) and ≥ 0.9 (Chinese)', () => {
    expect(heldOut('seed-en').hit1).toBeGreaterThanOrEqual(0.92);
    expect(heldOut('seed-zh').hit1).toBeGreaterThanOrEqual(0.9);
  });

  it('team notes in Chinese: first in ≥ 0.8', () => {
    expect(heldOut('notes').hit1).toBeGreaterThanOrEqual(0.8);
  });

  it('a key typed whole always ranks first', () => {
    for (const r of ranked.filter((r) => r.c.class === 'key')) expect(r.rank, r.c.query).toBe(1);
  });

  it('prints hit@1 and MRR@10 per class for both halves', () => {
    console.log(`search relevance\n${formatBreakdown(ranked, 'tuning')}\n${formatBreakdown(ranked, 'held-out')}`);
  });
});
