/**
 * Glossary expansion for search: a Chinese query also finds options that only
 * have English text (检查点目录 → checkpoint directory), and an English query
 * finds Chinese-only text. The glossary is the content's own over a built-in
 * default (`glossary-default.ts`, build side only: the index carries the merged
 * glossary, so the browser's code does not).
 */
import { HAN } from './tokenize.ts';

export interface GlossaryPair {
  en: string;
  zh: string;
}

interface CompiledGlossary {
  /** Chinese terms, longest first, each with every English term it translates (延迟: latency and delay). */
  zh: Array<{ zh: string; en: string[] }>;
  /**
   * English terms (lower case), longest first, with their Chinese. Each is matched as a whole word (plural allowed) by
   * a pattern made the first time a query holds the term's text: a glossary of a thousand pairs would otherwise
   * compile a thousand patterns for each process's first query (10 ms of a 140 ms `confref search`).
   */
  en: Array<{ text: string; pattern?: RegExp; zh: string }>;
}

/** Each Chinese term (lower case) with its English senses, in the glossary's order, once each. */
function sensesOf(pairs: readonly GlossaryPair[]): Map<string, Set<string>> {
  const senses = new Map<string, Set<string>>();
  for (const pair of pairs) {
    const term = pair.zh.toLowerCase();
    senses.set(term, (senses.get(term) ?? new Set<string>()).add(pair.en));
  }
  return senses;
}

const compiled = new WeakMap<readonly GlossaryPair[], CompiledGlossary>();

/** Sorted and compiled once per glossary, not once per query. */
function compile(glossary: readonly GlossaryPair[]): CompiledGlossary {
  let result = compiled.get(glossary);
  if (!result) {
    // Pairs whose "Chinese" is a product name (RocksDB, JobManager) expand nothing.
    const pairs = glossary.filter((pair) => HAN.test(pair.zh));
    result = {
      zh: [...sensesOf(pairs)].map(([term, en]) => ({ zh: term, en: [...en] })).sort((a, b) => b.zh.length - a.zh.length),
      en: [...pairs].sort((a, b) => b.en.length - a.en.length).map((pair) => ({ text: pair.en.toLowerCase(), zh: pair.zh })),
    };
    compiled.set(glossary, result);
  }
  return result;
}

/**
 * The other language's words for the terms a query contains, longest terms
 * first, without letting a shorter term re-match inside a longer one found.
 * A Chinese term with several senses in the glossary brings each of them.
 */
export function expandQuery(query: string, glossary: readonly GlossaryPair[]): string[] {
  return expandQuerySenses(query, glossary).flat();
}

/** The glossary's Chinese terms a query holds, longest first, each with its senses, and what is left of the query. */
function chineseTerms(lower: string, zh: CompiledGlossary['zh']): { found: string[][]; rest: string } {
  const found: string[][] = [];
  let rest = lower;
  if (HAN.test(lower)) {
    for (const pair of zh) {
      if (rest.includes(pair.zh)) {
        found.push([...pair.en]);
        rest = rest.replaceAll(pair.zh, ' ');
      }
    }
  }
  return { found, rest };
}

/** The same, term by term: each term the query contains, with its senses (取消: cancel, cancellation). */
export function expandQuerySenses(query: string, glossary: readonly GlossaryPair[]): string[][] {
  return readQuery(query, glossary).senses;
}

/**
 * How much of a query's Chinese the glossary leaves untranslated: the share of its Han characters in none of the
 * glossary's terms (0 when it has none). Of the 13 characters of 缓冲区大小老是来回小幅调整, the glossary's 缓冲区 and 大小
 * translate 5: 8/13 untranslated.
 */
export function untranslatedShare(query: string, glossary: readonly GlossaryPair[]): number {
  return readQuery(query, glossary).untranslated;
}

/** A query read through the glossary once: the senses of each term it holds, and the share of its Chinese left untranslated. */
export function readQuery(query: string, glossary: readonly GlossaryPair[]): { senses: string[][]; untranslated: number } {
  const { zh, en } = compile(glossary);
  const lower = query.toLowerCase();
  const chinese = chineseTerms(lower, zh);
  const found = chinese.found;
  let rest = lower;
  if (/[a-z]/.test(lower)) {
    for (const pair of en) {
      if (!rest.includes(pair.text)) continue;
      pair.pattern ??= new RegExp(`\\b${pair.text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}s?\\b`);
      if (pair.pattern.test(rest)) {
        found.push([pair.zh]);
        rest = rest.replace(pair.pattern, ' ');
      }
    }
  }
  const han = (text: string): number => [...text].filter((ch) => HAN.test(ch)).length;
  const all = han(lower);
  return { senses: found, untranslated: all === 0 ? 0 : han(chinese.rest) / all };
}
