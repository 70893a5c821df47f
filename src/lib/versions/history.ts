/**
 * An option key's history across the versions the content holds. The
 * content knows only the imported versions, so a change between two of them
 * happened "by" the newer one: a key gone from 1.11.3 to 1.20 was renamed or
 * removed by 1.20, in 1.20 or in a release in between. "Since" is only what
 * the data says (a `since` field or column), never the oldest version here.
 */
import type { Registry } from '../registry/schema.ts';
import { optionsOfVersion } from './diff.ts';
import { sortVersions } from '../registry/current-version.ts';
import { findRenames, type Rename } from './renames.ts';
import { wholeVersions } from './whole.ts';

/** A rename between two imported versions: by `by`, after `after` (the last version with the old key). */
export interface DatedRename extends Rename {
  after: string;
  by: string;
}

export interface KeyHistory {
  /** The versions that have the key, oldest first. */
  versions: string[];
  /** Every imported version, oldest first. */
  imported: string[];
  /** The imported versions whose keys are all there, oldest first (whole.ts). */
  whole: string[];
  /** What the data says: the first `since` of the key's options, else null. */
  since: string | null;
  /** The last whole version before the key's first one (the key is not there), or null when there is none. */
  absentBefore: string | null;
  /** The first whole version after one with the key that lacks it, if any. */
  removedBy: string | null;
  renamedTo: DatedRename | null;
  renamedFrom: DatedRename | null;
}

export function keyHistories(registry: Pick<Registry, 'options' | 'renames' | 'notes'>): Map<string, KeyHistory> {
  const imported = sortVersions(registry.options.flatMap((o) => (o.version === null ? [] : [o.version])));
  const whole = wholeVersions(registry, imported);
  const lastWholeBefore = (i: number): string | null => imported.slice(0, i).findLast((v) => whole.includes(v)) ?? null;
  const byVersion = new Map(imported.map((v) => [v, new Map(optionsOfVersion(registry, v).map((o) => [o.key, o]))] as const));
  const histories = new Map<string, KeyHistory>();
  imported.forEach((version, i) => {
    for (const option of byVersion.get(version)!.values()) {
      const history = histories.get(option.key);
      if (history) {
        history.versions.push(version);
        history.since ??= option.since;
      } else
        histories.set(option.key, {
          versions: [version],
          imported,
          whole,
          since: option.since,
          absentBefore: lastWholeBefore(i),
          removedBy: null,
          renamedTo: null,
          renamedFrom: null,
        });
    }
  });
  for (let i = 1; i < whole.length; i++) {
    const [after, by] = [whole[i - 1]!, whole[i]!];
    const [from, to] = [byVersion.get(after)!, byVersion.get(by)!];
    for (const key of from.keys()) if (!to.has(key)) histories.get(key)!.removedBy ??= by;
    for (const rename of findRenames(from, to, registry.renames, by)) {
      const dated = { ...rename, after, by };
      histories.get(rename.from)!.renamedTo ??= dated;
      histories.get(rename.to)!.renamedFrom ??= dated;
    }
  }
  return histories;
}
