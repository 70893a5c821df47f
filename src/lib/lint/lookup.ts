/**
 * A version's lint reference as data, and the lookup lint runs on it. The
 * data is plain JSON (`lintReferenceData` in reference.ts makes it from a
 * registry): the CLI revives it at once, the site writes it to a file per
 * version that the check page revives in the browser, so both check against
 * the same reference. Pure, and free of the registry's history code: this is
 * the part the browser bundles.
 */
import { CloseKeyIndex, keyCloseness } from '../registry/key-similarity.ts';
import { editDistance } from '../registry/types.ts';
import type { BaseType, DefaultValue, Option } from '../registry/schema.ts';

/** What lint reads of an option: its key, its type and default, and whether it is deprecated. */
export type LintOption = Pick<Option, 'key' | 'type' | 'baseType' | 'elementType' | 'enumValues' | 'default' | 'deprecated' | 'replacedBy'>;

/** What the version says about a key it does not have. */
export type OldKey =
  /** Flink still reads the key, for `to`. */
  | { kind: 'deprecated'; key: string; to: string; evidence: string }
  /** Renamed to `to` (by `by` when the history says), the old key no longer read as far as the data shows. */
  | { kind: 'renamed'; key: string; to: string; by: string | null; evidence: string }
  /** An earlier version had it; `last` is the last version that did. */
  | { kind: 'removed'; key: string; last: string };

export type KeyLookup =
  | { kind: 'known'; option: LintOption }
  | { kind: 'old'; old: OldKey; option: LintOption | null }
  /** An entry of a Map option written as a key below it (`pipeline.global-job-parameters.team: data`), as Flink reads it. */
  | { kind: 'map-entry'; option: LintOption }
  /** A prefix whose keys Flink hands on to another system (Hadoop, YARN, a container's environment). */
  | { kind: 'passed-on'; prefix: string }
  /** A key the version does not have, when the version is partial (notes that copy part of it): it may have it. */
  | { kind: 'unchecked'; version: string }
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

/**
 * An option as the data file holds it: fields at their usual value are left
 * out (`baseType` and `elementType` when `type` says them, no enum values,
 * no default, not deprecated), so a version of 1,500 options stays small.
 */
export interface LintOptionData {
  key: string;
  type: string;
  baseType?: BaseType;
  elementType?: BaseType | null;
  enumValues?: string[];
  default?: DefaultValue;
  /** Present when the option is deprecated: the keys that replace it (maybe none). */
  replacedBy?: string[];
}

/** The JSON a version's reference travels as (the site's `check/reference.json`). */
export interface LintReferenceData {
  version: string | null;
  /** The version's options, in the registry's order (sorted by key): the first placeholder key a key matches wins. */
  options: LintOptionData[];
  /** Keys the version lacks, and what it says about each. */
  old: OldKey[];
  /** Keys only a later version has, with the first version that does. */
  later: Array<[key: string, version: string]>;
  /** The version is partial (whole.ts: a hand copy beside an upstream reference): a key it lacks is not known to be wrong. */
  partial?: true;
}

/** `List<String>` → List of String; any other type names its base type. */
function typeParts(type: string): { baseType: string; elementType: string | null } {
  const list = /^List<(.+)>$/.exec(type);
  return list ? { baseType: 'List', elementType: list[1]! } : { baseType: type, elementType: null };
}

export function lintOptionData(option: LintOption): LintOptionData {
  const parts = typeParts(option.type);
  return {
    key: option.key,
    type: option.type,
    ...(parts.baseType === option.baseType && parts.elementType === option.elementType
      ? {}
      : { baseType: option.baseType, elementType: option.elementType }),
    ...(option.enumValues.length > 0 ? { enumValues: option.enumValues } : {}),
    ...(option.default !== null ? { default: option.default } : {}),
    ...(option.deprecated ? { replacedBy: option.replacedBy } : {}),
  };
}

function reviveOption(data: LintOptionData): LintOption {
  const parts = typeParts(data.type);
  return {
    key: data.key,
    type: data.type,
    baseType: data.baseType ?? (parts.baseType as BaseType),
    elementType: data.elementType !== undefined ? data.elementType : (parts.elementType as BaseType | null),
    enumValues: data.enumValues ?? [],
    default: data.default ?? null,
    deprecated: data.replacedBy !== undefined,
    replacedBy: data.replacedBy ?? [],
  };
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

/** The reference lint checks against, from its data (as made, or read back from JSON). */
export function reviveLintReference(data: LintReferenceData): LintReference {
  const options = data.options.map(reviveOption);
  const byKey = new Map(options.map((option) => [option.key, option]));
  const patterns = options
    .filter((option) => option.key.includes('<'))
    .map((option) => ({ pattern: placeholderPattern(option.key), option }));
  const old = new Map(data.old.map((entry) => [entry.key, entry]));
  const later = new Map(data.later);
  const close = new CloseKeyIndex<string>();
  for (const key of byKey.keys()) close.add(key, key);
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
    version: data.version,
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
      if (data.partial && data.version !== null) return { kind: 'unchecked', version: data.version };
      return { kind: 'unknown', suggestion: suggest(key), addedIn: later.get(key) ?? null };
    },
  };
}
