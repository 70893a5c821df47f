/**
 * Querying a loaded search index, in the browser and in Node alike: ranks an
 * exact key first, then keys the query is a prefix of, then MiniSearch's BM25
 * with prefix matching, and corrects typos for the terms nothing matched.
 * Holds no index-building code, so the browser's search bundle stays small.
 */
import type { Query, SearchResult } from 'minisearch';
import { readQuery } from './glossary.ts';
import { answerTypes } from './question.ts';
import { NAME_MARK, nameForm, nameTermsIn } from './names.ts';
import type { TermShard } from './bundle.ts';
import { LoadedSearch } from './loaded.ts';
import { rankCandidates, type Candidate } from './rank.ts';
import { HAN, SHORT_NAMES, spelledShortNames, stemTyped } from './tokenize.ts';
import { FUZZY_WEIGHT, MAX_COMPLETIONS, PREFIX_WEIGHT, prefixTerms, queryTerms, typoDistance } from './options.ts';

export { LoadedSearch };

export interface SearchHit {
  key: string;
  kind: 'option' | 'section';
  score: number;
  title: string;
  type: string;
  defaultValue: string;
  group: string;
  url: string;
  lang: string;
  description: string;
  /** What to mark: the indexed terms that matched, each completion of a prefix cut back to the prefix typed. */
  terms: string[];
  id: string;
  /** The old key the query typed, when this option replaced it, and the version that renamed it (null: not known). */
  renamedFrom?: string;
  renamedIn?: string | null;
}

export interface QueryOptions {
  limit?: number;
  /** Filters: only these groups or types. */
  groups?: readonly string[];
  types?: readonly string[];
}

/**
 * A query's text and its expansion: the glossary's terms for it and the whole names of its short names (k8s); `senses`,
 * the glossary's terms for each term of the query it holds (the expansion is made of them); `untranslated`, the share
 * of its Chinese the glossary leaves untranslated (rank.ts).
 */
export function expandedQuery(
  search: LoadedSearch,
  query: string,
): { text: string; expansion: string; senses: string[][]; untranslated: number } {
  const text = query.trim();
  if (text === '') return { text, expansion: '', senses: [], untranslated: 0 };
  const { senses, untranslated } = readQuery(text, search.core.glossary);
  return { text, expansion: [...senses.flat(), ...spelledShortNames(text)].join(' '), senses, untranslated };
}

/** The shortest side of a word cut in two. */
const MIN_SIDE = 2;

/** What a side of a cut word weighs in MiniSearch's query (a completion weighs at most 0.375, a correction 0.45). */
const CUT_WEIGHT = 0.5;

/** What the word two words make weighs in MiniSearch's query. */
const JOIN_WEIGHT = 0.5;

/**
 * A typed word the index does not know, nor any word it begins, read as two words the index does know (`webui`: web,
 * ui; `kubeconfig`: kube, config; `nodelabel`: node, label): every cut whose sides are both indexed terms. A cut's
 * first side is in the word's own shard; `pending` collects second sides whose shard is not loaded yet, which the
 * browser loads before searching, so that the cuts never depend on what else is loaded.
 */
function cutsOf(search: LoadedSearch, term: string, pending?: string[]): Array<[string, string]> {
  // Not a word the index knows, nor the beginning of one (a word being typed is completed instead).
  if (term.length < 2 * MIN_SIDE + 1 || !/^[a-z0-9]+$/.test(term) || search.knows(term) !== false) return [];
  if (search.completions(term, 1).length > 0) return [];
  const cuts: Array<[string, string]> = [];
  for (let i = MIN_SIDE; i <= term.length - MIN_SIDE; i++) {
    const head = term.slice(0, i);
    const tail = term.slice(i);
    if (!search.knows(head)) continue;
    const known = search.knows(tail);
    if (known === undefined) pending?.push(tail);
    else if (known) cuts.push([head, tail]);
  }
  return cuts;
}

/**
 * The terms a query looks up: what the browser needs loaded (their shards) before searching. As shards load, a word
 * the index does not know may add the second sides of its cuts (`cutsOf`): load until nothing is missing.
 */
export function termsOf(search: LoadedSearch, query: string): string[] {
  const { text, expansion } = expandedQuery(search, query);
  const typed = queryTerms(text);
  const cuts: string[] = [];
  for (const term of typed) cuts.push(...cutsOf(search, term, cuts).flat());
  return [...typed, ...queryTerms(expansion), ...cuts, ...nameTermsIn(text)];
}

/**
 * Loads what a query needs of a partly loaded index, as the browser does: the shards of its terms, again while the
 * loaded shards name more (a word cut in two names its second side's), until none is missing. `shard` fetches one.
 */
export async function loadShardsFor(
  search: LoadedSearch,
  query: string,
  shard: (name: string) => Promise<TermShard> | TermShard,
): Promise<string[]> {
  const loaded: string[] = [];
  for (let names = search.missingShards(termsOf(search, query)); names.length > 0; names = search.missingShards(termsOf(search, query))) {
    const shards = await Promise.all(names.map(async (name) => [name, await shard(name)] as const));
    for (const [name, body] of shards) search.addShard(name, body);
    loaded.push(...names);
  }
  return loaded;
}

type Result = SearchResult & { kind?: string; group?: string; type?: string };

/** How many of MiniSearch's results, by score, are re-ranked (besides keys the query types or begins). */
export const RERANKED = 40;

function keyOf(id: string): string {
  return id.slice(2);
}

/** A section's heading as its id spells it (`s:<note>#<heading slug>`): what the ranker reads, before any display chunk is loaded. */
function headingOf(id: string): string {
  return id.slice(id.indexOf('#') + 1).replace(/-/g, ' ');
}

export function searchIndex(search: LoadedSearch, query: string, options: QueryOptions = {}): SearchHit[] {
  const { text, expansion, senses, untranslated } = expandedQuery(search, query);
  if (text === '') return [];
  const lower = text.toLowerCase();
  const index = search.index;
  const terms = queryTerms(text);
  const glossaryTerms = queryTerms(expansion);
  // Completions of the prefix being typed, corrections of typos, the sides of a word cut in two and the word two words
  // make: indexed terms added to the query with the weights MiniSearch gives prefix and fuzzy matches, each
  // remembering the query terms it stands for. A term the query says itself (typed or from the glossary) stands for
  // itself, never for another; a term derived twice stands for the query terms of both, with the heavier weight and
  // the way it came.
  type Derivation = 'completion' | 'correction' | 'cut' | 'join';
  const said = new Set([...terms, ...glossaryTerms]);
  const derived = new Map<string, { weight: number; sources: readonly string[]; how: Derivation }>();
  const derive = (term: string, weight: number, sources: readonly string[], how: Derivation): void => {
    if (said.has(term)) return;
    const before = derived.get(term);
    if (!before) derived.set(term, { weight, sources, how });
    else {
      const merged = [...new Set([...before.sources, ...sources])];
      derived.set(term, weight > before.weight ? { weight, sources: merged, how } : { ...before, sources: merged });
    }
  };
  const sourcesOf = (term: string): readonly string[] => derived.get(term)?.sources ?? [term];
  for (const term of prefixTerms(terms)) {
    for (const completion of search.completions(term, MAX_COMPLETIONS))
      derive(
        completion,
        (PREFIX_WEIGHT * completion.length) / (completion.length + 0.3 * (completion.length - term.length)),
        [term],
        'completion',
      );
    // A long word typed past what the index keeps of it (`compressio`: compress, for compression).
    const stem = stemTyped(term);
    if (stem && search.knows(stem)) derive(stem, PREFIX_WEIGHT, [term], 'completion');
  }
  // A word the index does not know, cut into two it does: each side stands for the word typed.
  for (const term of terms) for (const side of cutsOf(search, term).flat()) derive(side, CUT_WEIGHT, [term], 'cut');
  // Two words one after the other, typed or in one of the glossary's terms, also say the one word they make
  // (history server: historyserver; 写缓冲区: write buffer, writebuffer), searched when the index knows it.
  const latin = terms.filter((term) => !HAN.test(term));
  const adjacent = [latin, ...senses.flat().map((sense) => queryTerms(sense))].flatMap((run) =>
    run.slice(1).map((second, i) => [run[i]!, second] as const),
  );
  for (const [first, second] of adjacent) if (search.knows(first + second)) derive(first + second, JOIN_WEIGHT, [first, second], 'join');
  // The runs of the query that could be one of an option's Chinese names, looked up whole in `names` (names.ts).
  const names = nameTermsIn(text);
  const queryChars = [...nameForm(text)].length;
  const filtered = Boolean(options.groups?.length || options.types?.length);
  const filter = (result: SearchResult): boolean =>
    (!options.groups?.length || options.groups.includes(result['group'] as string)) &&
    (!options.types?.length || options.types.includes(result['type'] as string));
  const run = (): Result[] => {
    const queries: Query[] = [text];
    if (expansion) queries.push(expansion);
    if (derived.size > 0)
      queries.push({
        queries: [[...derived.keys()].join(' ')],
        tokenize: (s: string) => s.split(' '),
        processTerm: (t: string) => t,
        boostTerm: (t: string) => derived.get(t)?.weight ?? 1,
      });
    if (names.length > 0)
      queries.push({
        queries: [names.join('\n')],
        fields: ['names'],
        tokenize: (s: string) => s.split('\n'),
        processTerm: (t: string) => t,
      });
    return index.search({ combineWith: 'OR', queries }, filtered ? { filter } : {}) as Result[];
  };
  let results = run();
  // Terms nothing matched, neither whole nor completed, may be typos: add the indexed terms close to them. (A word
  // cut in two may be a typo too: its sides do not count as matching it.)
  const matched = new Set<string>();
  for (const r of results)
    for (const term of r.queryTerms) if (derived.get(term)?.how !== 'cut') for (const source of sourcesOf(term)) matched.add(source);
  let corrected = false;
  for (const term of [...terms, ...glossaryTerms]) {
    if (matched.has(term) || typoDistance(term) === 0) continue;
    for (const [correction, distance] of search.corrections(term, typoDistance(term))) {
      if (distance === 0) continue;
      derive(correction, (FUZZY_WEIGHT * correction.length) / (correction.length + distance), [term], 'correction');
      corrected = true;
    }
  }
  if (corrected) results = run();
  const limit = options.limit ?? 10;
  const variants = new Map<string, Set<string>>();
  const addVariant = (word: string, form: string): void => void (variants.get(word) ?? variants.set(word, new Set()).get(word)!).add(form);
  for (const [term, { sources }] of derived) for (const source of sources) addVariant(source, term);
  // The word two words make is a form of each, indexed or not (a key word is matched against it: historyserver).
  for (const [first, second] of adjacent) for (const word of [first, second]) addVariant(word, first + second);
  const renames = search.renames;
  const successors = renames.byOldKey.get(lower) ?? [];
  // The candidates: the best-scored results, keys the query types or begins, and options that replaced an old key typed whole.
  const candidates = new Map<string, Candidate & { r: Result }>();
  const take = (r: Result): void => {
    if (candidates.has(r.id)) return;
    const matched = new Set<string>();
    for (const term of r.queryTerms) for (const source of sourcesOf(term)) matched.add(source);
    const option = r.kind === 'option';
    const key = option ? keyOf(r.id) : headingOf(r.id);
    candidates.set(r.id, {
      id: r.id,
      kind: option ? 'option' : 'section',
      key,
      score: r.score,
      matched,
      oldKeys: option ? (renames.byKey.get(key) ?? []) : [],
      type: String(r.type ?? ''),
      // The longest of its names the query says whole, as a share of the query (names.ts; the name term ends in its mark).
      named: option
        ? Math.max(0, ...r.queryTerms.filter((term) => r.match[term]?.includes('names')).map((term) => [...term].length - 1)) / queryChars
        : 0,
      r,
    });
  };
  // The keys the query begins, however low their score, but no more of them than of the rest.
  let begun = 0;
  results.forEach((r, i) => {
    if (i < RERANKED) take(r);
    else if (
      begun < RERANKED &&
      r.kind === 'option' &&
      lower.length >= 3 &&
      r.id.length - 2 >= lower.length &&
      keyOf(r.id).toLowerCase().startsWith(lower)
    ) {
      begun++;
      take(r);
    }
  });
  for (const { to } of successors) {
    const id = `o:${to}`;
    const stored = search.stored(id);
    if (!stored || candidates.has(id)) continue;
    const r = { id, score: 0, terms: [], queryTerms: [], match: {}, ...stored } as Result;
    if (!filtered || filter(r)) take(r);
  }
  const words = new Set([...terms, ...glossaryTerms].filter((term) => !HAN.test(term)));
  // A short name and its whole name (k8s, kubernetes) are one word of the query, said as typed.
  const shortNames = [...SHORT_NAMES].filter(([short, whole]) => terms.includes(short) && glossaryTerms.includes(whole));
  // A query is read as typed and as translated (rank.ts, `readings`): a Chinese query's translation is its Latin words
  // and the glossary's English (not the glossary's Chinese for a word it typed in English: TaskManager, 任务管理器).
  const chinese = HAN.test(text);
  const readings =
    glossaryTerms.length > 0
      ? [
          [...terms, ...shortNames.map(([, whole]) => whole)],
          chinese ? [...latin, ...glossaryTerms.filter((term) => !HAN.test(term))] : glossaryTerms,
        ]
      : undefined;
  // The one-word senses of a term with several are one word of the query (rank.ts, `synonyms`).
  const synonyms = [
    ...senses
      .map((term) => term.map((sense) => queryTerms(sense)))
      .filter((term) => term.length > 1 && term.every((sense) => sense.length === 1))
      .map((term) => [...new Set(term.map((sense) => sense[0]!))])
      .filter((group) => group.length > 1),
    ...shortNames,
  ];
  const answers = answerTypes(text);
  const ranked = rankCandidates([...candidates.values()], {
    lower,
    terms: [...terms, ...glossaryTerms],
    words,
    variants,
    ...(readings ? { readings } : {}),
    ...(synonyms.length > 0 ? { synonyms } : {}),
    // Only a query with a translated reading: BM25 makes up for what that reading leaves out (rank.ts, `untranslated`).
    ...(chinese && glossaryTerms.length > 0 ? { translated: true, untranslated } : {}),
    ...(answers ? { answerTypes: answers } : {}),
  });
  return ranked.slice(0, limit).map(({ candidate, tier, rank }) => {
    const r = candidate.r;
    const row = search.display(r.id);
    const renamed = successors.find((s) => s.to === candidate.key && candidate.kind === 'option');
    return {
      key: keyOf(r.id),
      kind: r.kind as 'option' | 'section',
      score: Number((rank + tier * 10).toFixed(4)),
      title: row?.title ?? '',
      type: row?.type ?? String(r.type ?? ''),
      defaultValue: row?.defaultValue ?? '',
      group: String(r.group ?? ''),
      url: row?.url ?? '',
      lang: row?.lang ?? '',
      description: row?.excerpt ?? '',
      // A completion is marked as far as it was typed: `class` in `classloader.resolve-order`, not the whole key.
      // A name (names.ts) marks nothing: its words are marked by the query's own terms.
      terms: [
        ...new Set(
          r.terms
            .filter((term) => !term.endsWith(NAME_MARK))
            .map((term) => (derived.get(term)?.how === 'completion' ? derived.get(term)!.sources[0]! : term)),
        ),
      ],
      id: r.id,
      ...(renamed ? { renamedFrom: renamed.from, renamedIn: renamed.version } : {}),
    };
  });
}
