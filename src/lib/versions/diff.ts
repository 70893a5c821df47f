/**
 * What changed between two versions of the options, grouped by option group:
 * added and removed options with their descriptions, renames with their
 * evidence (see `renames.ts`), and changed defaults, types and descriptions
 * (old → new, descriptions as a word diff). The diff page and
 * `confref diff` (text and `--json`) both print this one value.
 */
import type { Option, Registry } from '../registry/schema.ts';
import { sameDefault } from '../registry/values.ts';
import { englishText, findRenames, type Rename, type RenameMapEntry } from './renames.ts';
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

export function diffOptions(
  fromOptions: readonly Option[],
  toOptions: readonly Option[],
  versions: { from: string; to: string },
  renameMap: readonly RenameMapEntry[] = [],
): VersionDiff {
  const from = byKey(fromOptions);
  const to = byKey(toOptions);
  const renames = findRenames(from, to, renameMap, versions.to);
  const renamedFrom = new Set(renames.map((r) => r.from));
  const renamedTo = new Set(renames.map((r) => r.to));
  const groups = new Map<string, GroupDiff>();
  const groupOf = (option: Option): GroupDiff => {
    let group = groups.get(option.group);
    if (!group) groups.set(option.group, (group = { group: option.group, added: [], removed: [], renamed: [], changed: [] }));
    return group;
  };
  let [common, addedBefore, removedBefore, changed] = [0, 0, 0, 0];
  for (const option of to.values()) {
    const old = from.get(option.key);
    if (!old) {
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
    groups: sorted,
  };
}

/** The options of one version of a registry (null: the unversioned notes). */
export function optionsOfVersion(registry: Pick<Registry, 'options'>, version: string | null): Option[] {
  return registry.options.filter((option) => option.version === version);
}

export function diffVersions(registry: Pick<Registry, 'options' | 'renames'>, from: string, to: string): VersionDiff {
  return diffOptions(optionsOfVersion(registry, from), optionsOfVersion(registry, to), { from, to }, registry.renames);
}
