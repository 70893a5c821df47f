/**
 * Option rows of all notes → one option per (version, key). Rows are taken in
 * (file, line) order, so the result does not depend on the order files were
 * read in. A key twice in one locale and version is a duplicate; different
 * defaults or types for one option are conflicts; descriptions of other
 * locales are merged in.
 */
import type { VFile } from 'vfile';
import { report } from './diagnostics.ts';
import { groupOfKey } from './keys.ts';
import { typeName } from './types.ts';
import { sameDefault } from './values.ts';
import type { OptionRow } from './rows.ts';
import {
  definitionOf,
  disagreementOf,
  resolveDefault,
  resolveRequired,
  resolveType,
  showDefault,
  showRequired,
  type FieldResolution,
} from './resolve.ts';
import { DEFAULT_LOCALE, type Disagreement, type Option, type SectionRef, type SourcePosition } from './schema.ts';
import { compareVersions } from './current-version.ts';

function comparePositions(a: SourcePosition, b: SourcePosition): number {
  return a.file < b.file ? -1 : a.file > b.file ? 1 : a.line - b.line || a.column - b.column;
}

/** `file:line:col`, as messages name a place. */
export function where(position: SourcePosition): string {
  return `${position.file}:${position.line}:${position.column}`;
}

function union(lists: string[][]): string[] {
  return [...new Set(lists.flat())].sort();
}

/** A row that repeats a key of another table of its note, stating nothing the earlier row contradicts. */
function repeatsInAnotherTable(earlier: OptionRow, row: OptionRow): boolean {
  if (earlier.table === row.table) return false;
  if (earlier.statesDefault && row.statesDefault && !sameDefault(earlier.default, row.default)) return false;
  if (earlier.type.source === 'declared' && row.type.source === 'declared' && typeName(earlier.type) !== typeName(row.type)) return false;
  if (earlier.required !== null && row.required !== null && earlier.required !== row.required) return false;
  return earlier.deprecated === row.deprecated;
}

function mergeGroup(rows: OptionRow[], version: string | null, fileOf: (path: string) => VFile): Option {
  const first = rows[0]!;
  // Within one note, a key twice is a duplicate; across notes, each row is a definition of its own.
  const seen = new Map<string, OptionRow>();
  for (const row of rows) {
    const id = `${row.position.file}\u0000${row.locale}`;
    const earlier = seen.get(id);
    // A section note (Flink's *_section tables) repeats options by design, and so does a note's second table
    // (a summary) that gives a key the same default, type and required flag.
    const repeat = earlier && (earlier.noteKind === 'section' || row.noteKind === 'section' || repeatsInAnotherTable(earlier, row));
    if (earlier && !repeat) {
      const scope = `locale ${row.locale}${version ? `, version ${version}` : ''}`;
      if (earlier.rowText === row.rowText) {
        report(
          fileOf(row.position.file),
          'duplicate-row',
          row.position,
          `Row of "${row.key}" repeats the row at ${where(earlier.position)} word for word (${scope})`,
          'Remove the repeated row.',
        );
      } else {
        report(
          fileOf(row.position.file),
          'duplicate-key',
          row.position,
          `Duplicate key "${row.key}": already defined at ${where(earlier.position)} in this note (${scope})`,
          'Keep one row per key in a table (another table may repeat it with the same default, type and required flag); translations go in a note of the other locale.',
        );
      }
    } else if (!earlier) seen.set(id, row);
  }

  // The upstream reference, then the defining table rather than a section that repeats it, is the primary source.
  const primary =
    rows.find((row) => row.upstream) ??
    rows.find((row) => row.locale === DEFAULT_LOCALE && row.noteKind !== 'section') ??
    rows.find((row) => row.locale === DEFAULT_LOCALE) ??
    first;
  const defaultOutcome = resolveDefault(rows);
  const typeOutcome = resolveType(rows);
  const requiredOutcome = resolveRequired(rows);
  reportDisagreement(rows, version, 'default', defaultOutcome, showDefault, DEFAULT_SUSPICION, fileOf);
  reportDisagreement(rows, version, 'type', typeOutcome, (type) => type, ANY_SUSPICION, fileOf);
  reportDisagreement(rows, version, 'required', requiredOutcome, showRequired, ANY_SUSPICION, fileOf);

  // The declared type as resolved; without one, the type a default implies; when declared types disagree, none.
  const inferred = [primary, ...rows].find((row) => row.type.source === 'inferred') ?? primary;
  const typed =
    typeOutcome.resolution === 'disagree'
      ? undefined
      : (typeOutcome.reference ?? typeOutcome.groups[0]?.rows[0] ?? (inferred.type.source === 'inferred' ? inferred : undefined));
  const type = typed?.type ?? UNKNOWN_TYPE;

  // Descriptions: the upstream reference's first, then the notes' in (file, line) order, one per locale.
  const descriptions: Option['descriptions'] = {};
  for (const row of [...rows.filter((r) => r.upstream), ...rows.filter((r) => !r.upstream)]) {
    if (row.description && !descriptions[row.locale]) descriptions[row.locale] = row.description;
  }
  const sections: SectionRef[] = [];
  for (const row of rows) {
    if (!sections.some((s) => s.file === row.position.file && s.trail.join('\u0000') === row.trail.join('\u0000'))) {
      sections.push({ file: row.position.file, trail: row.trail });
    }
  }
  // The first row's cell wins; own properties whatever the header (`__proto__` included).
  const extra: Record<string, string> = Object.fromEntries([...rows].reverse().flatMap((row) => Object.entries(row.extra)));
  const reference = rows.filter((row) => row.upstream);
  const flagRows = reference.length > 0 ? reference : rows;
  const disagreements = [
    disagreementOf('default', defaultOutcome, showDefault),
    disagreementOf('type', typeOutcome, (name) => name),
    disagreementOf('required', requiredOutcome, showRequired),
  ].filter((d): d is Disagreement => d !== undefined);

  return {
    key: first.key,
    type: typeName(type),
    baseType: type.baseType,
    elementType: type.elementType,
    enumValues: type.enumValues,
    typeRaw: type.raw,
    typeSource: type.source,
    default: defaultOutcome.value,
    required: requiredOutcome.value,
    deprecated: flagRows.some((row) => row.deprecated),
    replacedBy: union(rows.map((row) => row.replacedBy)),
    deprecatedKeys: union(rows.map((row) => row.deprecatedKeys)),
    fallbackKeys: union(rows.map((row) => row.fallbackKeys)),
    since: flagRows.find((row) => row.since !== null)?.since ?? null,
    labels: union(rows.map((row) => row.labels)),
    group: primary.group ?? groupOfKey(first.key),
    version,
    descriptions,
    sections,
    extra,
    sources: rows.map((row) => row.position),
    definitions: rows.map(definitionOf),
    resolved: { default: defaultOutcome.resolution, type: typeOutcome.resolution, required: requiredOutcome.resolution },
    disagreements,
  };
}

const UNKNOWN_TYPE: OptionRow['type'] = {
  baseType: 'Unknown',
  elementType: null,
  enumValues: [],
  recognized: false,
  raw: null,
  source: 'unknown',
};

/**
 * A field the rows disagree on: with an upstream reference, each row that
 * differs from it is told so; without one, the disagreement is reported once,
 * naming every value and its sources, at the author most likely wrong (suspectRow).
 * A warning, or an error when every source is in one note.
 */
function reportDisagreement<T>(
  rows: readonly OptionRow[],
  version: string | null,
  field: Disagreement['field'],
  outcome: FieldResolution<T>,
  show: (value: T) => string,
  suspicion: Suspicion<T>,
  fileOf: (path: string) => VFile,
): void {
  const key = rows[0]!.key;
  const place = (row: OptionRow) => (field === 'default' ? row.defaultPlace : row.position);
  const rule = field === 'default' ? 'conflicting-default' : field === 'type' ? 'conflicting-type' : 'conflicting-required';
  const noun = field === 'required' ? 'required flag' : field;
  const name = noun.charAt(0).toUpperCase() + noun.slice(1);
  if (outcome.reference) {
    const upstream = outcome.reference;
    const said = show(outcome.value as T);
    for (const group of outcome.groups) {
      if (group.rows.includes(upstream)) continue;
      // A default invalid for its type has its own error (invalid-default).
      for (const row of group.rows.filter((r) => !r.upstream && !(field === 'default' && r.default?.kind === 'invalid'))) {
        report(
          fileOf(row.position.file),
          'differs-from-upstream',
          place(row),
          `${name} of "${key}" is "${show(group.value)}" here, but the upstream reference${version ? ` of ${version}` : ''} says "${said}" (${where(upstream.position)})`,
          `Write the upstream ${noun}, or say in the note why this deployment differs (a note's own value belongs in its prose or an extra column).`,
        );
      }
    }
    return;
  }
  if (outcome.resolution !== 'disagree') return;
  const firstRow = suspectRow(outcome.groups, suspicion);
  const files = new Set(outcome.groups.flatMap((group) => group.rows.map((row) => row.position.file)));
  const values = outcome.groups.map(
    (group) => `"${show(group.value)}" (${group.rows.map((row) => where({ file: row.position.file, ...place(row) })).join(', ')})`,
  );
  report(
    fileOf(firstRow.position.file),
    rule,
    place(firstRow),
    `Sources disagree on the ${noun} of "${key}"${version ? ` (version ${version})` : ''}: ${values.join('; ')}. The option shows no ${noun}.`,
    files.size === 1
      ? 'One note states two values: keep one.'
      : 'Make the notes agree, give them different versions in front matter, or import the upstream reference, which settles it.',
    files.size === 1 ? 'error' : 'warning',
  );
}

/** How a field's values are weighed when choosing where to report a disagreement. */
interface Suspicion<T> {
  /** Whether a row's value takes part (a default invalid for its type has its own error). */
  counts: (row: OptionRow) => boolean;
  /** Whether a value is a plain value of its type, not words or arithmetic. */
  plain: (value: T) => boolean;
}

const DEFAULT_SUSPICION: Suspicion<OptionRow['default']> = {
  counts: (row) => row.default?.kind !== 'invalid',
  plain: (value) => value === null || value.kind === 'literal',
};
const ANY_SUSPICION: Suspicion<unknown> = { counts: () => true, plain: () => true };

/**
 * Where a disagreement is reported: at the author most likely wrong, the first
 * row of the least-attested value. Fewest notes first; among values as well
 * attested, one that is no plain value (a default in words or arithmetic);
 * else the first.
 */
export function suspectRow<T>(groups: ReadonlyArray<{ value: T; rows: OptionRow[] }>, suspicion: Suspicion<T>): OptionRow {
  const candidates = groups.filter((group) => group.rows.some(suspicion.counts));
  const notes = (group: { rows: OptionRow[] }) => new Set(group.rows.map((row) => row.position.file)).size;
  let best = candidates[0] ?? groups[0]!;
  for (const group of candidates.slice(1)) {
    const fewer = notes(group) - notes(best);
    if (fewer < 0 || (fewer === 0 && !suspicion.plain(group.value) && suspicion.plain(best.value))) best = group;
  }
  return best.rows[0]!;
}

/**
 * Adds the descriptions of translations notes: keyed by option key, for the
 * row's version or, without one, for every version of the key.
 */
function applyTranslations(options: Option[], translations: OptionRow[], fileOf: (path: string) => VFile): void {
  const byKey = new Map<string, Option[]>();
  for (const option of options) byKey.set(option.key, [...(byKey.get(option.key) ?? []), option]);
  const taken = new Map<string, OptionRow>();
  for (const row of translations) {
    const targets = (byKey.get(row.key) ?? []).filter((option) => row.version === null || option.version === row.version);
    if (targets.length === 0) {
      report(
        fileOf(row.position.file),
        'orphan-translation',
        row.position,
        `Translation for "${row.key}", which no note defines${row.version ? ` in version ${row.version}` : ''}`,
        'Check the key, or remove the translation.',
      );
      continue;
    }
    if (!row.description) continue;
    const id = `${row.locale}\u0000${row.version ?? ''}\u0000${row.key}`;
    const earlier = taken.get(id);
    if (earlier) {
      report(
        fileOf(row.position.file),
        'duplicate-key',
        row.position,
        `Duplicate translation of "${row.key}": already translated at ${where(earlier.position)} (locale ${row.locale})`,
        'Keep one translation.',
      );
      continue;
    }
    taken.set(id, row);
    for (const option of targets) {
      // A translation table that also states a type or default may have fallen behind its source.
      const ownType = typeName(row.type);
      if (row.type.source === 'declared' && option.typeSource === 'declared' && ownType !== option.type) {
        report(
          fileOf(row.position.file),
          'conflicting-type',
          row.position,
          `Type of "${row.key}" is ${ownType} in this translation but ${option.type} at ${where(option.sources[0]!)}: the translation is out of date`,
          'Update the translation table.',
          'warning',
        );
      }
      if (row.statesDefault && option.default && row.default && !sameDefault(row.default, option.default)) {
        report(
          fileOf(row.position.file),
          'conflicting-default',
          row.defaultPlace,
          `Default of "${row.key}" is "${row.default.raw}" in this translation but "${option.default.raw}" at ${where(option.sources[0]!)}: the translation is out of date`,
          'Update the translation table.',
          'warning',
        );
      }
      // A translation note's description gives way to one written in a note of that locale.
      option.descriptions[row.locale] ??= row.description;
      option.sources.push(row.position);
      option.definitions.push(definitionOf(row));
    }
  }
}

/**
 * Merges rows into options sorted by key, then version. Rows of unversioned
 * notes annotate the `current` version (registry/current-version.ts): they
 * join its options, while each definition keeps its note's own version (null).
 */
export function mergeRows(rows: readonly OptionRow[], current: string | null, fileOf: (path: string) => VFile): Option[] {
  const groups = new Map<string, { version: string | null; rows: OptionRow[] }>();
  const translations: OptionRow[] = [];
  for (const row of rows) {
    if (row.noteKind === 'translations') {
      translations.push(row);
      continue;
    }
    const version = row.version ?? current;
    const id = `${version ?? ''}\u0000${row.key}`;
    const group = groups.get(id);
    if (group) group.rows.push(row);
    else groups.set(id, { version, rows: [row] });
  }
  const options: Option[] = [];
  for (const group of groups.values()) {
    group.rows.sort((a, b) => comparePositions(a.position, b.position));
    options.push(mergeGroup(group.rows, group.version, fileOf));
  }
  translations.sort((a, b) => comparePositions(a.position, b.position));
  applyTranslations(options, translations, fileOf);
  for (const option of options) {
    option.sources.sort(comparePositions);
    option.definitions.sort((a, b) => comparePositions(a.source, b.source));
  }
  reportCaseOnlyKeys(options, fileOf);
  return options.sort(compareOptions);
}

/**
 * Keys of one version that differ only in case (`state.backend`, `State.Backend`):
 * Flink reads them as two options. Each note that writes the later spelling is told.
 */
function reportCaseOnlyKeys(options: readonly Option[], fileOf: (path: string) => VFile): void {
  const first = new Map<string, Option>();
  const ordered = [...options].sort((a, b) => comparePositions(a.sources[0]!, b.sources[0]!));
  for (const option of ordered) {
    const id = `${option.version ?? ''}\u0000${option.key.toLowerCase()}`;
    const earlier = first.get(id);
    if (!earlier) {
      first.set(id, option);
      continue;
    }
    const told = new Set<string>();
    for (const at of option.definitions.filter((d) => d.kind !== 'translation').map((d) => d.source)) {
      if (told.has(at.file)) continue;
      told.add(at.file);
      report(
        fileOf(at.file),
        'key-case',
        at,
        `Key "${option.key}" differs only in case from "${earlier.key}" at ${where(earlier.sources[0]!)}${option.version ? ` (version ${option.version})` : ''}; keys are case-sensitive, so these are two options`,
        'Use one spelling of the key.',
      );
    }
  }
}

export function compareOptions(a: Option, b: Option): number {
  return a.key < b.key ? -1 : a.key > b.key ? 1 : compareVersions(a.version ?? '', b.version ?? '');
}
