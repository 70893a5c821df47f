/**
 * What lint checks a file against: one version's options (placeholder keys
 * as patterns), and what that version says about keys it lacks: an old key
 * it still reads for a newer one (deprecated), a key renamed by it or
 * before it, a key an earlier version had (removed), a key only a later
 * version has. Built from a registry as plain data (`lintReferenceData`),
 * which the CLI revives at once and the site writes to a JSON file per
 * version for the check page (lookup.ts): one way to make it for both.
 */
import { compareVersions } from '../registry/current-version.ts';
import type { Option, Registry, SourcePosition } from '../registry/schema.ts';
import { optionsOfVersion } from '../versions/diff.ts';
import { FLINK_DEPRECATED_KEYS, citeFlinkSource, type FlinkDeprecatedKey } from '../versions/flink-deprecated-keys.ts';
import { keyHistories } from '../versions/history.ts';
import { wholeVersions } from '../versions/whole.ts';
import { RENAME_EVIDENCE, type RenameEvidence } from '../versions/renames.ts';
import { lintOptionData, reviveLintReference, type LintReference, type LintReferenceData, type OldKey } from './lookup.ts';

export {
  PASSED_ON_PREFIXES,
  reviveLintReference,
  type KeyLookup,
  type LintOption,
  type LintReference,
  type LintReferenceData,
  type OldKey,
} from './lookup.ts';

function atOrBefore(version: string, limit: string): boolean {
  return compareVersions(version, limit) <= 0;
}

/** Old keys of `version`, the first evidence found for each winning (the order below). */
function oldKeysOf(
  registry: Pick<Registry, 'options' | 'renames' | 'notes'>,
  version: string | null,
  byKey: Map<string, Option>,
  flinkTable: readonly FlinkDeprecatedKey[],
  partial: boolean,
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
    // Only a whole version tells that a key is gone, and a partial one lacks keys it has.
    const before = partial ? [] : history.versions.filter((v) => history.whole.includes(v) && compareVersions(v, version) < 0);
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
    else {
      const after = history.versions.find((v) => compareVersions(v, version) > 0);
      if (after !== undefined) later.set(key, after);
    }
  }
  return { old, later };
}

/** A version's reference as plain JSON data: what the CLI checks against, and what the site's check page loads. */
export function lintReferenceData(
  registry: Pick<Registry, 'options' | 'renames' | 'notes'>,
  version: string | null,
  flinkTable: readonly FlinkDeprecatedKey[] = FLINK_DEPRECATED_KEYS,
): LintReferenceData {
  const options = optionsOfVersion(registry, version);
  const byKey = new Map(options.map((option) => [option.key, option]));
  const partial = version !== null && wholeVersions(registry, [version]).length === 0;
  const { old, later } = oldKeysOf(registry, version, byKey, flinkTable, partial);
  return {
    version,
    options: options.map(lintOptionData),
    old: [...old.values()],
    later: [...later],
    ...(partial ? { partial: true } : {}),
  };
}

export function lintReference(
  registry: Pick<Registry, 'options' | 'renames' | 'notes'>,
  version: string | null,
  flinkTable: readonly FlinkDeprecatedKey[] = FLINK_DEPRECATED_KEYS,
): LintReference {
  return reviveLintReference(lintReferenceData(registry, version, flinkTable));
}
