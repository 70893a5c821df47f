/**
 * What lint checks a file against: one version's options (placeholder keys
 * as patterns), and what that version says about keys it lacks: an old key
 * it still reads for a newer one (deprecated), a key renamed by it or
 * before it, a key an earlier version had (removed), a key only a later
 * version has. Built from a registry, pure: the browser can build it from a
 * version's JSON.
 */
import { compareVersions } from '../registry/current-version.ts';
import { CloseKeyIndex, keyCloseness } from '../registry/key-similarity.ts';
import { editDistance } from '../registry/types.ts';
import type { Option, Registry, SourcePosition } from '../registry/schema.ts';
import { optionsOfVersion } from '../versions/diff.ts';
import { FLINK_DEPRECATED_KEYS, citeFlinkSource, type FlinkDeprecatedKey } from '../versions/flink-deprecated-keys.ts';
import { keyHistories } from '../versions/history.ts';
import { RENAME_EVIDENCE, type RenameEvidence } from '../versions/renames.ts';

/** What the version says about a key it does not have. */
export type OldKey =
  /** Flink still reads the key, for `to`. */
  | { kind: 'deprecated'; key: string; to: string; evidence: string }
  /** Renamed to `to` (by `by` when the history says), the old key no longer read as far as the data shows. */
  | { kind: 'renamed'; key: string; to: string; by: string | null; evidence: string }
  /** An earlier version had it; `last` is the last version that did. */
  | { kind: 'removed'; key: string; last: string };

export type KeyLookup =
  | { kind: 'known'; option: Option }
  | { kind: 'old'; old: OldKey; option: Option | null }
  /** An entry of a Map option written as a key below it (`pipeline.global-job-parameters.team: data`), as Flink reads it. */
  | { kind: 'map-entry'; option: Option }
  /** A prefix whose keys Flink hands on to another system (Hadoop, YARN, a container's environment). */
  | { kind: 'passed-on'; prefix: string }
  | { kind: 'unknown'; suggestion: string | null; addedIn: string | null };

/**
 * Prefixes whose keys Flink hands on as they are, so any key under them is
 * fine: Hadoop and YARN settings, container environment variables, and the
 * Kubernetes operator's own settings in a FlinkDeployment.
 */
export const PASSED_ON_PREFIXES = [
  'flink.hadoop.',
  'flink.yarn.',
  'containerized.master.env.',
  'containerized.taskmanager.env.',
  'kubernetes.operator.',
] as const;

export interface LintReference {
  /** The version checked against (null: the registry's unversioned options). */
  version: string | null;
  lookup(key: string): KeyLookup;
}

/** `metrics.reporter.<name>.factory.class` → a pattern any reporter name matches. */
function placeholderPattern(key: string): RegExp {
  const parts = key.split(/(<[^>]+>)/).map((part) => (/^<[^>]+>$/.test(part) ? '[^.]+' : part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')));
  return new RegExp(`^${parts.join('')}$`);
}

/**
 * A key that differs from `key` in one segment only, by one edit (two in a
 * segment of eight letters or more): the typo `keyCloseness` passes over
 * when it is in the first segment (`paralelism.default`), which it needs
 * shared. The first such key of `candidates`, or null.
 */
function oneSegmentTypo(key: string, candidates: readonly string[]): string | null {
  const parts = key.split('.');
  for (const candidate of candidates) {
    const theirs = candidate.split('.');
    const differing = parts.flatMap((part, i) => (part === theirs[i] ? [] : [[part, theirs[i]!] as const]));
    if (differing.length !== 1) continue;
    const [[ours, other]] = differing as [readonly [string, string]];
    if (Math.min(ours.length, other.length) < 4) continue;
    if (editDistance(ours.toLowerCase(), other.toLowerCase()) <= (Math.min(ours.length, other.length) >= 8 ? 2 : 1)) return candidate;
  }
  return null;
}

function atOrBefore(version: string, limit: string): boolean {
  return compareVersions(version, limit) <= 0;
}

/** Old keys of `version`, the first evidence found for each winning (the order below). */
function oldKeysOf(
  registry: Pick<Registry, 'options' | 'renames' | 'notes'>,
  version: string | null,
  byKey: Map<string, Option>,
  flinkTable: readonly FlinkDeprecatedKey[],
): { old: Map<string, OldKey>; later: Map<string, string> } {
  const old = new Map<string, OldKey>();
  const later = new Map<string, string>();
  const add = (entry: OldKey): void => {
    if (!byKey.has(entry.key) && !old.has(entry.key) && (entry.kind === 'removed' || byKey.has(entry.to))) old.set(entry.key, entry);
  };
  const evidence = (kind: RenameEvidence, citation: string | null): string => `${RENAME_EVIDENCE[kind]}${citation ? `: ${citation}` : ''}`;
  const at = (source: SourcePosition | undefined): string | null => (source ? `${source.file}:${source.line}` : null);
  for (const option of byKey.values()) {
    const citation = at(option.sources[0]);
    for (const key of option.deprecatedKeys)
      add({ kind: 'deprecated', key, to: option.key, evidence: evidence('deprecated-key', citation) });
    for (const key of option.fallbackKeys) add({ kind: 'deprecated', key, to: option.key, evidence: evidence('fallback-key', citation) });
  }
  for (const entry of flinkTable)
    for (const key of entry.oldKeys) {
      const why = evidence('flink-deprecated-keys', citeFlinkSource(entry));
      // The table was read from one Flink release: past it, the old key may be gone.
      if (version === null || atOrBefore(version, entry.source.flinkVersion))
        add({ kind: 'deprecated', key, to: entry.key, evidence: why });
      else add({ kind: 'renamed', key, to: entry.key, by: null, evidence: why });
    }
  for (const rename of registry.renames)
    if (rename.version === null || version === null || atOrBefore(rename.version, version))
      add({ kind: 'renamed', key: rename.from, to: rename.to, by: rename.version, evidence: evidence('rename-map', at(rename.source)) });
  if (version === null) return { old, later };
  for (const [key, history] of keyHistories(registry)) {
    if (byKey.has(key)) continue;
    const before = history.versions.filter((v) => compareVersions(v, version) < 0);
    const renamed = history.renamedTo;
    if (renamed && atOrBefore(renamed.by, version))
      add({
        kind: 'renamed',
        key,
        to: renamed.to,
        by: renamed.by,
        evidence: evidence(renamed.evidence, renamed.citation),
      });
    if (before.length > 0) add({ kind: 'removed', key, last: before.at(-1)! });
    else if (history.versions.length > 0) later.set(key, history.versions[0]!);
  }
  return { old, later };
}

export function lintReference(
  registry: Pick<Registry, 'options' | 'renames' | 'notes'>,
  version: string | null,
  flinkTable: readonly FlinkDeprecatedKey[] = FLINK_DEPRECATED_KEYS,
): LintReference {
  const options = optionsOfVersion(registry, version);
  const byKey = new Map(options.map((option) => [option.key, option]));
  const patterns = options
    .filter((option) => option.key.includes('<'))
    .map((option) => ({ pattern: placeholderPattern(option.key), option }));
  const close = new CloseKeyIndex<string>();
  for (const key of byKey.keys()) close.add(key, key);
  const { old, later } = oldKeysOf(registry, version, byKey, flinkTable);
  const closeKey = (key: string): string | null => {
    const [best] = close
      .candidates(key)
      .flatMap((candidate) => {
        const closeness = keyCloseness(key, candidate);
        return closeness ? [{ candidate, edits: closeness.edits }] : [];
      })
      .sort((a, b) => a.edits - b.edits || (a.candidate < b.candidate ? -1 : 1));
    return best?.candidate ?? null;
  };
  // Keys by their number of segments, in key order, for `oneSegmentTypo`.
  const bySegments = new Map<number, string[]>();
  for (const key of [...byKey.keys()].sort()) {
    const count = key.split('.').length;
    bySegments.set(count, [...(bySegments.get(count) ?? []), key]);
  }
  const suggest = (key: string): string | null => closeKey(key) ?? oneSegmentTypo(key, bySegments.get(key.split('.').length) ?? []);
  return {
    version,
    lookup(key) {
      const option = byKey.get(key) ?? patterns.find(({ pattern }) => pattern.test(key))?.option;
      if (option) return { kind: 'known', option };
      const oldKey = old.get(key);
      if (oldKey) return { kind: 'old', old: oldKey, option: oldKey.kind === 'removed' ? null : (byKey.get(oldKey.to) ?? null) };
      const parts = key.split('.');
      for (let i = parts.length - 1; i > 0; i--) {
        const parent = byKey.get(parts.slice(0, i).join('.'));
        if (parent?.baseType === 'Map') return { kind: 'map-entry', option: parent };
      }
      const prefix = PASSED_ON_PREFIXES.find((p) => key.startsWith(p) && key.length > p.length);
      if (prefix) return { kind: 'passed-on', prefix };
      return { kind: 'unknown', suggestion: suggest(key), addedIn: later.get(key) ?? null };
    },
  };
}
