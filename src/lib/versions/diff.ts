/**
 * What changed between two versions of the options, grouped by option group:
 * added and removed options with their descriptions, renames with their
 * evidence (see `renames.ts`), and changed defaults, types and descriptions
 * (old → new, descriptions as a word diff). The diff page and
 * `confref diff` (text and `--json`) both print this one value.
 *
 * A key a partial version (whole.ts) does not write is unknown there, not
 * absent: against a partial side nothing is added or removed, and no rename
 * rests on a key's absence alone (a description match); the diff says how
 * many keys the partial side does not cover instead. Changes of the keys
 * both sides write are reported all the same.
 */
import type { Option, Registry } from '../registry/schema.ts';
import { sameDefault } from '../registry/values.ts';
import { englishText, findRenames, type Rename, type RenameMapEntry } from './renames.ts';
import { wholeVersions } from './whole.ts';
import { wordDiff, type WordPart } from './word-diff.ts';

export { englishText, findRenames, type Rename, type RenameEvidence, type RenameMapEntry } from './renames.ts';

export type FieldChange =
  | { field: 'default' | 'type'; from: string | null; to: string | null }
  | { field: 'description'; from: string | null; to: string | null; words: WordPart[] };

/** An added or removed option as the diff shows it. */
export interface OptionBrief {
  key: string;
  type: string;
  default: string | null;
  description: string | null;
}

export interface RenamedOption extends Rename {
  /** What else changed between the old key and the new one. */
  changes: FieldChange[];
}

export interface ChangedOption {
  key: string;
  changes: FieldChange[];
}

/** The changes of one option group (a renamed option counts in its new key's group). */
export interface GroupDiff {
  group: string;
  added: OptionBrief[];
  removed: OptionBrief[];
  renamed: RenamedOption[];
  changed: ChangedOption[];
}

/** A side of the diff that is not a whole version. */
export interface PartialSide {
  side: 'from' | 'to';
  version: string;
  /** Keys of the other side this one does not write (renamed ones aside): neither added nor removed, but unknown here. */
  uncovered: number;
}

export interface VersionDiff {
  from: string;
  to: string;
  summary: {
    common: number;
    added: number;
    removed: number;
    renamed: number;
    changed: number;
    addedBeforeRenames: number;
    removedBeforeRenames: number;
  };
  /** The partial sides, `from` first; empty when both versions are whole. */
  partial: PartialSide[];
  groups: GroupDiff[];
}

function byKey(options: readonly Option[]): Map<string, Option> {
  return new Map(options.map((option) => [option.key, option]));
}

function brief(option: Option): OptionBrief {
  return { key: option.key, type: option.type, default: option.default?.raw ?? null, description: englishText(option) };
}

/** Default, type (when both sides declare one) and description, each when it differs. */
export function fieldChanges(a: Option, b: Option): FieldChange[] {
  const changes: FieldChange[] = [];
  if (!sameDefault(a.default, b.default)) changes.push({ field: 'default', from: a.default?.raw ?? null, to: b.default?.raw ?? null });
  if (a.type !== b.type && a.typeSource === 'declared' && b.typeSource === 'declared')
    changes.push({ field: 'type', from: a.type, to: b.type });
  const [da, db] = [englishText(a), englishText(b)];
  if (da !== db) changes.push({ field: 'description', from: da, to: db, words: wordDiff(da ?? '', db ?? '') });
  return changes;
}

const byKeyOrder =
  <T>(key: (item: T) => string) =>
  (a: T, b: T): number =>
    key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0;

/**
 * The diff of two versions' options. `whole` says which sides are whole
 * versions (whole.ts); a partial side's missing keys are counted, not listed.
 */
export function diffOptions(
  fromOptions: readonly Option[],
  toOptions: readonly Option[],
  versions: { from: string; to: string },
  renameMap: readonly RenameMapEntry[] = [],
  whole: { from: boolean; to: boolean } = { from: true, to: true },
): VersionDiff {
  const from = byKey(fromOptions);
  const to = byKey(toOptions);
  // A description match rests on one key being gone, which a partial side cannot tell.
  const renames = findRenames(from, to, renameMap, versions.to).filter(
    (rename) => (whole.from && whole.to) || rename.evidence !== 'same-description',
  );
  const renamedFrom = new Set(renames.map((r) => r.from));
  const renamedTo = new Set(renames.map((r) => r.to));
  const groups = new Map<string, GroupDiff>();
  const groupOf = (option: Option): GroupDiff => {
    let group = groups.get(option.group);
    if (!group) groups.set(option.group, (group = { group: option.group, added: [], removed: [], renamed: [], changed: [] }));
    return group;
  };
  let [common, addedBefore, removedBefore, changed, notInFrom, notInTo] = [0, 0, 0, 0, 0, 0];
  for (const option of to.values()) {
    const old = from.get(option.key);
    if (!old) {
      if (!whole.from) {
        if (!renamedTo.has(option.key)) notInFrom++;
        continue;
      }
      addedBefore++;
      if (!renamedTo.has(option.key)) groupOf(option).added.push(brief(option));
      continue;
    }
    common++;
    const changes = fieldChanges(old, option);
    if (changes.length > 0) {
      changed++;
      groupOf(option).changed.push({ key: option.key, changes });
    }
  }
  for (const option of from.values()) {
    if (to.has(option.key)) continue;
    if (!whole.to) {
      if (!renamedFrom.has(option.key)) notInTo++;
      continue;
    }
    removedBefore++;
    if (!renamedFrom.has(option.key)) groupOf(option).removed.push(brief(option));
  }
  for (const rename of renames) {
    const next = to.get(rename.to)!;
    groupOf(next).renamed.push({ ...rename, changes: fieldChanges(from.get(rename.from)!, next) });
  }
  const sorted = [...groups.values()].sort(byKeyOrder((g) => g.group));
  for (const group of sorted) {
    group.added.sort(byKeyOrder((o) => o.key));
    group.removed.sort(byKeyOrder((o) => o.key));
    group.renamed.sort(byKeyOrder((r) => r.from));
    group.changed.sort(byKeyOrder((c) => c.key));
  }
  return {
    from: versions.from,
    to: versions.to,
    summary: {
      common,
      added: sorted.reduce((n, g) => n + g.added.length, 0),
      removed: sorted.reduce((n, g) => n + g.removed.length, 0),
      renamed: renames.length,
      changed,
      addedBeforeRenames: addedBefore,
      removedBeforeRenames: removedBefore,
    },
    partial: [
      ...(whole.from ? [] : [{ side: 'from' as const, version: versions.from, uncovered: notInFrom }]),
      ...(whole.to ? [] : [{ side: 'to' as const, version: versions.to, uncovered: notInTo }]),
    ],
    groups: sorted,
  };
}

/** The options of one version of a registry (null: the unversioned notes). */
export function optionsOfVersion(registry: Pick<Registry, 'options'>, version: string | null): Option[] {
  return registry.options.filter((option) => option.version === version);
}

/** The diff of two versions of one registry, each whole or partial as whole.ts decides. */
export function diffVersions(registry: Pick<Registry, 'options' | 'renames' | 'notes'>, from: string, to: string): VersionDiff {
  const whole = wholeVersions(registry, [from, to]);
  return diffOptions(optionsOfVersion(registry, from), optionsOfVersion(registry, to), { from, to }, registry.renames, {
    from: whole.includes(from),
    to: whole.includes(to),
  });
}
