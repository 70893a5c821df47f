/**
 * What changed between two versions of the options: added, removed, renamed
 * (only with evidence: a deprecated or fallback key named in the data, a
 * replacement named by a deprecated option, or a rename map in the content,
 * each labelled), and changed defaults, types and descriptions.
 */
import type { Option, Registry } from '../registry/schema.ts';
import { sameDefault } from '../registry/values.ts';

export type RenameEvidence = 'deprecated-key' | 'fallback-key' | 'replaced-by' | 'rename-map';

export interface Rename {
  from: string;
  to: string;
  evidence: RenameEvidence;
}

export interface FieldChange {
  field: 'default' | 'type' | 'description';
  from: string | null;
  to: string | null;
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
  added: string[];
  removed: string[];
  renamed: Rename[];
  changed: Array<{ key: string; changes: FieldChange[] }>;
}

export interface RenameMapEntry {
  from: string;
  to: string;
  version: string | null;
}

function byKey(options: readonly Option[]): Map<string, Option> {
  return new Map(options.map((option) => [option.key, option]));
}

function defaultText(option: Option): string | null {
  return option.default ? option.default.raw : null;
}

/** The description a comparison reads: English, else whatever there is. */
export function englishText(option: Option): string | null {
  return (option.descriptions.en ?? Object.values(option.descriptions)[0])?.text ?? null;
}

/** Renames with evidence, from the removed keys to the added ones. */
export function findRenames(
  from: Map<string, Option>,
  to: Map<string, Option>,
  renameMap: readonly RenameMapEntry[],
  toVersion: string,
): Rename[] {
  const removed = new Set([...from.keys()].filter((key) => !to.has(key)));
  const renames = new Map<string, Rename>();
  const add = (rename: Rename): void => {
    if (removed.has(rename.from) && to.has(rename.to) && !renames.has(rename.from)) renames.set(rename.from, rename);
  };
  for (const entry of renameMap)
    if (entry.version === null || entry.version === toVersion) add({ from: entry.from, to: entry.to, evidence: 'rename-map' });
  for (const option of to.values()) {
    for (const old of option.deprecatedKeys) add({ from: old, to: option.key, evidence: 'deprecated-key' });
    for (const old of option.fallbackKeys) add({ from: old, to: option.key, evidence: 'fallback-key' });
  }
  for (const option of from.values()) for (const next of option.replacedBy) add({ from: option.key, to: next, evidence: 'replaced-by' });
  return [...renames.values()].sort((a, b) => (a.from < b.from ? -1 : 1));
}

export function diffOptions(
  fromOptions: readonly Option[],
  toOptions: readonly Option[],
  versions: { from: string; to: string },
  renameMap: readonly RenameMapEntry[] = [],
): VersionDiff {
  const from = byKey(fromOptions);
  const to = byKey(toOptions);
  const renamed = findRenames(from, to, renameMap, versions.to);
  const renamedFrom = new Set(renamed.map((r) => r.from));
  const renamedTo = new Set(renamed.map((r) => r.to));
  const addedBefore = [...to.keys()].filter((key) => !from.has(key)).sort();
  const removedBefore = [...from.keys()].filter((key) => !to.has(key)).sort();
  const changed: VersionDiff['changed'] = [];
  const pairs: Array<[Option, Option]> = [
    ...[...from.values()].filter((o) => to.has(o.key)).map((o): [Option, Option] => [o, to.get(o.key)!]),
    ...renamed.map((r): [Option, Option] => [from.get(r.from)!, to.get(r.to)!]),
  ];
  for (const [a, b] of pairs) {
    const changes: FieldChange[] = [];
    if (!sameDefault(a.default, b.default)) changes.push({ field: 'default', from: defaultText(a), to: defaultText(b) });
    if (a.type !== b.type && a.typeSource === 'declared' && b.typeSource === 'declared')
      changes.push({ field: 'type', from: a.type, to: b.type });
    const [da, db] = [englishText(a), englishText(b)];
    if (da !== db) changes.push({ field: 'description', from: da, to: db });
    if (changes.length > 0) changed.push({ key: b.key, changes });
  }
  changed.sort((a, b) => (a.key < b.key ? -1 : 1));
  const added = addedBefore.filter((key) => !renamedTo.has(key));
  const removed = removedBefore.filter((key) => !renamedFrom.has(key));
  return {
    from: versions.from,
    to: versions.to,
    summary: {
      common: [...from.keys()].filter((key) => to.has(key)).length,
      added: added.length,
      removed: removed.length,
      renamed: renamed.length,
      changed: changed.length,
      addedBeforeRenames: addedBefore.length,
      removedBeforeRenames: removedBefore.length,
    },
    added,
    removed,
    renamed,
    changed,
  };
}

/** The options of one version of a registry (null: the unversioned notes). */
export function optionsOfVersion(registry: Pick<Registry, 'options'>, version: string | null): Option[] {
  return registry.options.filter((option) => option.version === version);
}

export function diffVersions(registry: Pick<Registry, 'options' | 'renames'>, from: string, to: string): VersionDiff {
  return diffOptions(optionsOfVersion(registry, from), optionsOfVersion(registry, to), { from, to }, registry.renames);
}
