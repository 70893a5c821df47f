/**
 * The one tokenizer of search: the index build, the browser and the CLI all
 * use it, so the same text gives the same tokens everywhere. No Node or
 * browser API is used.
 *
 * - Option keys stay findable whole (a key prefix such as `state.backend.rocksdb.block.c`
 *   prefix-matches the whole key), and also by their dotted parts, hyphenated
 *   and camelCase words, and spelled-out abbreviations.
 * - English words are lower-cased and lightly singularised (`checkpoints` → `checkpoint`).
 * - Chinese is cut into overlapping character bigrams (`检查点` → `检查`, `查点`):
 *   the same at index and query time whatever the browser's dictionary, unlike
 *   a word segmenter.
 */

export const HAN = /\p{Script=Han}/u;
// A run is all Han or has none: Han characters are letters too, and `blob下载` or `TaskManager的` (Chinese written
// against an English word, as people type it) must give the word and the Chinese apart.
const RUNS = /\p{Script=Han}+|(?:(?!\p{Script=Han})[\p{L}\p{N}_.<>*-])+/gu;
const KEY = /^[\p{L}\p{N}_<>*-]+(?:\.[\p{L}\p{N}_<>*-]+)+$/u;

/** Abbreviations in keys, spelled out the way descriptions and queries say them. */
export const ABBREVIATIONS = new Map<string, string>(
  Object.entries({
    dir: 'directory',
    dirs: 'directory',
    num: 'number',
    max: 'maximum',
    min: 'minimum',
    tmp: 'temporary',
    conf: 'configuration',
    config: 'configuration',
    ms: 'millisecond',
    mem: 'memory',
    ha: 'availability',
    jm: 'jobmanager',
    tm: 'taskmanager',
    ssl: 'ssl',
    async: 'asynchronous',
    agg: 'aggregation',
    fs: 'filesystem',
    env: 'environment',
  }),
);

/**
 * Short names readers type for what keys and descriptions spell whole (`k8s 镜像`, `zk quorum`): a query
 * with one also searches the whole name (the short name itself is searched too: `metrics.scope.tm` has `tm`).
 */
export const SHORT_NAMES = new Map<string, string>(
  Object.entries({
    k8s: 'kubernetes',
    zk: 'zookeeper',
    // TaskManager and JobManager, as Flink's own logs, metrics scopes and users write them.
    tm: 'taskmanager',
    jm: 'jobmanager',
  }),
);

/** The whole names of the short names a query says, once each, in the query's order. */
export function spelledShortNames(query: string): string[] {
  const out = new Set<string>();
  const text = query.normalize('NFKC').toLowerCase();
  // Latin runs, so that `zk根路径` says zk as `zk 根路径` does.
  for (const [word] of text.matchAll(/[a-z0-9]+/g)) {
    const whole = SHORT_NAMES.get(word);
    if (whole) out.add(whole);
  }
  return [...out];
}

/**
 * A light normaliser for English words: plural `checkpoints` → `checkpoint`,
 * `policies` → `policy`, and for long words `-ing` (`checkpointing` →
 * `checkpoint`) and `-ion` (`connection` → `connect`, `compression` →
 * `compress`), so that a key's noun and a query's verb meet. Short words and
 * `-ss`/`-us`/`-is` stay.
 */
export function singular(word: string): string {
  if (word.length <= 3 || !/^[a-z]+$/.test(word)) return word;
  // `partitioning` is `partition`, which is `partit` as `partition` is.
  if (word.length > 7 && word.endsWith('ing')) return withoutIon(word.slice(0, -3));
  if (word.length > 7 && word.endsWith('ion')) return withoutIon(word);
  if (word.length > 8 && word.endsWith('ions')) return withoutIon(word.slice(0, -1));
  if (word.endsWith('ies') && word.length > 4) return `${word.slice(0, -3)}y`;
  if (/(?:ss|us|is)$/.test(word)) return word;
  if (/(?:ches|shes|xes|sses)$/.test(word)) return word.slice(0, -2);
  if (word.endsWith('s')) return word.slice(0, -1);
  return word;
}

function withoutIon(word: string): string {
  return word.length > 7 && word.endsWith('ion') ? word.slice(0, -3) : word;
}

/**
 * What a long word being typed may be the beginning of, as the index spells it: `compressio` and `connecti` are on
 * their way to compression and connection, which the index holds as `compress` and `connect` (and `partitionin` to
 * partitioning, `partit`). Nothing for a shorter word, or one that ends otherwise.
 */
export function stemTyped(prefix: string): string | null {
  const cut = /^([a-z]+?)(?:i|io|in|ioni|ionin)$/.exec(prefix)?.[1];
  return cut && cut.length >= 5 ? cut : null;
}

function hanBigrams(run: string): string[] {
  const chars = [...run];
  if (chars.length === 1) return chars;
  const out: string[] = [];
  for (let i = 0; i < chars.length - 1; i++) out.push(chars[i]! + chars[i + 1]!);
  return out;
}

/** Tokens of an option key: whole, its dotted parts, and the words of hyphenated or camelCase parts. */
export function keyTokens(key: string): string[] {
  const lower = key.toLowerCase();
  const parts = lower.split('.');
  // camelCase parts (`numberOfTaskSlots`) also give their words.
  const camelWords = key
    .split(/[.\-_]/)
    .flatMap((part) => (/[a-z][A-Z]/.test(part) ? part.split(/(?<=[a-z0-9])(?=[A-Z])/).map((w) => singular(w.toLowerCase())) : []));
  const out = new Set<string>([lower]);
  for (const part of parts) {
    if (part === '') continue;
    out.add(part);
    for (const word of part.split(/[-_]/)) {
      if (word === '') continue;
      out.add(singular(word));
      const spelled = ABBREVIATIONS.get(word);
      if (spelled) out.add(singular(spelled));
    }
  }
  for (const word of camelWords) out.add(word);
  return [...out];
}

/** Tokens of any text (descriptions, prose, queries). */
export function tokenize(text: string): string[] {
  const out: string[] = [];
  for (const match of text.normalize('NFKC').toLowerCase().matchAll(RUNS)) {
    const run = match[0].replace(/^[.\-*]+|[.\-*]+$/g, '');
    if (run === '') continue;
    if (HAN.test(run)) out.push(...hanBigrams(run));
    else if (KEY.test(run)) out.push(...keyTokens(run));
    else for (const word of run.split(/[-_.]/)) if (word !== '') out.push(singular(word));
  }
  return out;
}
