/**
 * An option key's history across the versions the content holds: the
 * versions it exists in, since when, and where it was removed or renamed
 * (renames only with evidence, as in the diff).
 */
import type { Option, Registry } from '../registry/schema.ts';
import { diffOptions, optionsOfVersion, type Rename } from './diff.ts';

export interface KeyHistory {
  versions: string[];
  /** The oldest version here that has the key. */
  since: string;
  /** The first later version without it, if any. */
  removedIn: string | null;
  renamedTo: Rename | null;
  renamedFrom: Rename | null;
}

/** Versions sorted oldest first (numeric parts compared as numbers). */
/** The version a site shows at its plain paths: unversioned options when there are any, else the latest version. */
export function currentVersion(options: ReadonlyArray<Pick<Option, 'version'>>): string | null {
  if (options.some((o) => o.version === null)) return null;
  return sortVersions(options.flatMap((o) => (o.version === null ? [] : [o.version]))).at(-1) ?? null;
}

export function sortVersions(versions: Iterable<string>): string[] {
  return [...new Set(versions)].sort((a, b) => a.localeCompare(b, 'en', { numeric: true }));
}

export function keyHistories(registry: Pick<Registry, 'options' | 'renames'>): Map<string, KeyHistory> {
  const versions = sortVersions(registry.options.flatMap((o) => (o.version === null ? [] : [o.version])));
  const byVersion = new Map(versions.map((v) => [v, optionsOfVersion(registry, v)] as const));
  const histories = new Map<string, KeyHistory>();
  for (const version of versions) {
    for (const option of byVersion.get(version)!) {
      const history = histories.get(option.key);
      if (history) history.versions.push(version);
      else histories.set(option.key, { versions: [version], since: version, removedIn: null, renamedTo: null, renamedFrom: null });
    }
  }
  for (let i = 1; i < versions.length; i++) {
    const [from, to] = [versions[i - 1]!, versions[i]!];
    const diff = diffOptions(byVersion.get(from)!, byVersion.get(to)!, { from, to }, registry.renames);
    for (const key of [...diff.removed, ...diff.renamed.map((r) => r.from)]) {
      const history = histories.get(key)!;
      if (history.removedIn === null) history.removedIn = to;
    }
    for (const rename of diff.renamed) {
      histories.get(rename.from)!.renamedTo ??= rename;
      histories.get(rename.to)!.renamedFrom ??= rename;
    }
  }
  return histories;
}
