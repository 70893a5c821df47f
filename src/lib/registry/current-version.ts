/**
 * The current version: the one a site shows at its plain paths, and the one
 * unversioned team notes annotate. Set in one place (`CONFREF_CURRENT_VERSION`,
 * lib/config/env.ts); by default the newest version that has an upstream
 * reference, else the unversioned notes (null), else the newest version.
 */

/** What the choice reads of a row or an option: its version, and whether an upstream reference states it. */
export interface VersionEvidence {
  version: string | null;
  upstream: boolean;
}

// One collator for every comparison: `localeCompare` with options makes a new one per call.
const versionCollator = new Intl.Collator('en', { numeric: true });

/** The order of versions: numeric parts compared as numbers (`1.9` < `1.20` < `2.1`). */
export function compareVersions(a: string, b: string): number {
  return versionCollator.compare(a, b);
}

/** Versions sorted oldest first, each once. */
export function sortVersions(versions: Iterable<string>): string[] {
  return [...new Set(versions)].sort(compareVersions);
}

/** The registry's `versions`: every version the current one, the options and the notes name, oldest first. */
export function namedVersions(
  current: string | null,
  options: ReadonlyArray<{ version: string | null }>,
  notes: ReadonlyArray<{ version: string | null }>,
): string[] {
  return sortVersions([current, ...options.map((o) => o.version), ...notes.map((n) => n.version)].filter((v): v is string => v !== null));
}

export function chooseCurrentVersion(items: Iterable<VersionEvidence>, configured?: string): string | null {
  if (configured !== undefined) return configured;
  const upstream: string[] = [];
  const named: string[] = [];
  let unversioned = false;
  for (const item of items) {
    if (item.version === null) unversioned = true;
    else {
      named.push(item.version);
      if (item.upstream) upstream.push(item.version);
    }
  }
  if (upstream.length > 0) return sortVersions(upstream).at(-1)!;
  if (unversioned) return null;
  return sortVersions(named).at(-1) ?? null;
}
