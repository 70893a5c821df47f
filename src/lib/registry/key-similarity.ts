/**
 * How close two option keys are, for a "did you mean": the same key spelled
 * with other separators or case (`write-buffer-size`, `writebuffer.size`,
 * `write_buffer_size`), or a small typo (`intervall`, `proces`, `sise`).
 * Pure; the registry rule `similar-key` decides which of two close keys is
 * the suspect.
 */
import { editDistance } from './types.ts';

export interface KeyCloseness {
  /** `case`: only letter case differs; `separators`: only `.`, `-`, `_` and case differ; `edits`: a typo. */
  kind: 'case' | 'separators' | 'edits';
  /** Edits (insert, delete, substitute, swap two neighbours) between the keys' letters, separators and case aside. */
  edits: number;
}

/** Whether a word is used by keys other than the two compared (a real word, not a typo), when the caller knows. */
export type KnownWord = (word: string) => boolean;

/** The key's words, lower-cased: split at `.`, `-`, `_` and camelCase humps (`numberOfTaskSlots` → number, of, task, slots). */
export function keyWords(key: string): string[] {
  return key
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .toLowerCase()
    .split(/[\s._-]+/)
    .filter(Boolean);
}

/** The key's letters without separators, lower-cased: keys spelled alike have the same skeleton. */
export function keySkeleton(key: string): string {
  return keyWords(key).join('');
}

/** The prefix two close keys share: the first dot segment (`state` of `state.backend.type`), or the first word of an undotted key. */
export function keyPrefix(key: string): string {
  return key.includes('.') ? keySkeleton(key.slice(0, key.indexOf('.'))) : (keyWords(key)[0] ?? '');
}

/** Words of `a` that `b` lacks (as multisets). */
function wordsMissingFrom(a: readonly string[], b: readonly string[]): string[] {
  const left = [...b];
  return a.filter((word) => {
    const at = left.indexOf(word);
    if (at === -1) return true;
    left.splice(at, 1);
    return false;
  });
}

/** A changed word this short is likely another word (`jm`/`tm`, `ms`/`us`), not a typo. */
const MIN_CHANGED_WORD = 3;
/** At most one edit per this many letters of the key. */
const LETTERS_PER_EDIT = 8;

/**
 * How close `suspect` is to `known`, or null when they are not close. They
 * must share their prefix; then either their letters are the same
 * (separators and case aside), or one edit apart (a swap of neighbours
 * counts one), or two edits apart in two different words, one edit each.
 * Changed words must have three letters or more, and there is at most one
 * edit per eight letters of the key. Two edits in one word usually make
 * another word (`min`/`max`, `includes`/`excludes`, `host`/`port`), which
 * names another option; for the same reason a two-edit suspect's changed
 * words must be words no other key uses (`isKnownWord`). Numbers must be
 * the same.
 */
export function keyCloseness(suspect: string, known: string, isKnownWord: KnownWord = () => false): KeyCloseness | null {
  if (suspect === known) return null;
  if (suspect.toLowerCase() === known.toLowerCase()) return { kind: 'case', edits: 0 };
  if (keyPrefix(suspect) === '' || keyPrefix(suspect) !== keyPrefix(known)) return null;
  const a = keySkeleton(suspect);
  const b = keySkeleton(known);
  if (a === b) return { kind: 'separators', edits: 0 };
  // Keys that differ in a number are numbered options (`option-123`, `option-124`), not typos.
  if (Math.abs(a.length - b.length) > 2 || a.replace(/\D/g, '') !== b.replace(/\D/g, '')) return null;
  const edits = editDistance(a, b);
  if (edits > 2 || edits * LETTERS_PER_EDIT > Math.min(a.length, b.length)) return null;
  const ours = keyWords(suspect);
  const theirs = keyWords(known);
  const changed = [...wordsMissingFrom(ours, theirs), ...wordsMissingFrom(theirs, ours)];
  if (changed.some((word) => word.length < MIN_CHANGED_WORD)) return null;
  if (edits === 2) {
    // Word by word: two words of the same place, each one edit off.
    if (ours.length !== theirs.length) return null;
    const differing = ours.flatMap((word, i) => (word === theirs[i] ? [] : [[word, theirs[i]!] as const]));
    if (differing.length !== 2 || differing.some(([x, y]) => editDistance(x, y) !== 1)) return null;
    if (differing.some(([word]) => isKnownWord(word))) return null;
  }
  return { kind: 'edits', edits };
}

/**
 * Items by the signatures that close keys share, so that a key's close keys
 * are found without comparing it with every key: its prefix with its letters
 * less one (or none), and its words with two of them masked. Every pair
 * `keyCloseness` calls close shares one (the same letters, one edit, or one
 * edit in each of two words); the candidates are checked with it. A
 * signature more than `FAMILY` keys share marks a family of options
 * (`table.exec.<a>.<b>.option` with many words in the masked places), not a
 * typo's neighbourhood, and is passed over: it would make the search
 * quadratic.
 */
const FAMILY = 64;

export class CloseKeyIndex<T> {
  private readonly bySignature = new Map<string, T[]>();

  add(key: string, item: T): void {
    for (const signature of signaturesOf(key)) {
      const items = this.bySignature.get(signature);
      if (items) items.push(item);
      else this.bySignature.set(signature, [item]);
    }
  }

  /** Items whose key may be close to `key` (a superset of the close ones), each once. */
  candidates(key: string): T[] {
    const found = new Set<T>();
    for (const signature of signaturesOf(key)) {
      const items = this.bySignature.get(signature) ?? [];
      if (items.length <= FAMILY) for (const item of items) found.add(item);
    }
    return [...found];
  }
}

function signaturesOf(key: string): Set<string> {
  const prefix = keyPrefix(key);
  const letters = keySkeleton(key);
  const signatures = new Set([`1\u0000${prefix}\u0000${letters}`]);
  for (let i = 0; i < letters.length; i++) signatures.add(`1\u0000${prefix}\u0000${letters.slice(0, i)}${letters.slice(i + 1)}`);
  const words = keyWords(key);
  for (let i = 0; i < words.length; i++)
    for (let j = i + 1; j < words.length; j++)
      signatures.add(`2\u0000${prefix}\u0000${words.map((word, k) => (k === i || k === j ? '\u0001' : word)).join('\u0002')}`);
  return signatures;
}
