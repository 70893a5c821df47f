/**
 * Renames between two sets of options, only with evidence, each labelled:
 * what the content says (a rename map, a deprecated or fallback key of the
 * newer option, a replacement a deprecated option names), then Flink's own
 * deprecated keys shipped with confref, then a key gone and a new key with
 * the same description (normalised), when that match is one to one.
 */
import type { Option, SourcePosition } from '../registry/schema.ts';
import { FLINK_DEPRECATED_KEYS, citeFlinkSource, type FlinkDeprecatedKey } from './flink-deprecated-keys.ts';

export type RenameEvidence =
  'rename-map' | 'deprecated-key' | 'fallback-key' | 'replaced-by' | 'flink-deprecated-keys' | 'same-description';

/** How a message names each kind of evidence (`check --against`, `confref lint`; lint/messages.ts translates each). */
export const RENAME_EVIDENCE = {
  'rename-map': 'per the rename map',
  'deprecated-key': 'which lists it as a deprecated key',
  'fallback-key': 'which falls back to it',
  'replaced-by': 'as its deprecation note says',
  'flink-deprecated-keys': "per Flink's deprecated keys",
  'same-description': 'the same description, under the new key',
} as const satisfies Record<RenameEvidence, string>;

export interface Rename {
  from: string;
  to: string;
  evidence: RenameEvidence;
  /** Where the evidence is: a row (`file:line`) or, for Flink's table, `Class.FIELD (Flink V)`; null for a description match. */
  citation: string | null;
}

export interface RenameMapEntry {
  from: string;
  to: string;
  version: string | null;
  source?: SourcePosition;
}

/** The description a comparison reads: English, else whatever there is. */
export function englishText(option: Option): string | null {
  return (option.descriptions.en ?? Object.values(option.descriptions)[0])?.text ?? null;
}

/** Case, punctuation and spacing left out: what two descriptions must share to count as the same text. */
export function normalisedDescription(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** A description this short ("The port.") says too little to tie two keys together. */
const MIN_DESCRIPTION_WORDS = 4;

function at(position: SourcePosition | undefined): string | null {
  return position ? `${position.file}:${position.line}` : null;
}

/** Keys of one side whose normalised description no other key of that side shares. */
function uniqueDescriptions(keys: Iterable<string>, options: Map<string, Option>): Map<string, string> {
  const byText = new Map<string, string[]>();
  for (const key of keys) {
    const text = normalisedDescription(englishText(options.get(key)!) ?? '');
    if (text.split(' ').length < MIN_DESCRIPTION_WORDS) continue;
    byText.set(text, [...(byText.get(text) ?? []), key]);
  }
  return new Map([...byText].filter(([, ks]) => ks.length === 1).map(([text, [key]]) => [text, key!]));
}

/**
 * Renames from keys of `from` that `to` lacks to keys `to` has. The first
 * evidence found for an old key wins, in the order the module comment gives.
 */
export function findRenames(
  from: Map<string, Option>,
  to: Map<string, Option>,
  renameMap: readonly RenameMapEntry[],
  toVersion: string,
  flinkTable: readonly FlinkDeprecatedKey[] = FLINK_DEPRECATED_KEYS,
): Rename[] {
  const removed = new Set([...from.keys()].filter((key) => !to.has(key)));
  const renames = new Map<string, Rename>();
  const add = (rename: Rename): void => {
    if (removed.has(rename.from) && to.has(rename.to) && !renames.has(rename.from)) renames.set(rename.from, rename);
  };
  for (const entry of renameMap)
    if (entry.version === null || entry.version === toVersion)
      add({ from: entry.from, to: entry.to, evidence: 'rename-map', citation: at(entry.source) });
  for (const option of to.values()) {
    const citation = at(option.sources[0]);
    for (const old of option.deprecatedKeys) add({ from: old, to: option.key, evidence: 'deprecated-key', citation });
    for (const old of option.fallbackKeys) add({ from: old, to: option.key, evidence: 'fallback-key', citation });
  }
  for (const option of from.values())
    for (const next of option.replacedBy) add({ from: option.key, to: next, evidence: 'replaced-by', citation: at(option.sources[0]) });
  for (const entry of flinkTable)
    for (const old of entry.oldKeys) add({ from: old, to: entry.key, evidence: 'flink-deprecated-keys', citation: citeFlinkSource(entry) });
  const gone = uniqueDescriptions(
    [...removed].filter((key) => !renames.has(key)),
    from,
  );
  const taken = new Set([...renames.values()].map((r) => r.to));
  const fresh = uniqueDescriptions(
    [...to.keys()].filter((key) => !from.has(key) && !taken.has(key)),
    to,
  );
  for (const [text, old] of gone) {
    const next = fresh.get(text);
    if (next) add({ from: old, to: next, evidence: 'same-description', citation: null });
  }
  return [...renames.values()].sort((a, b) => (a.from < b.from ? -1 : 1));
}
