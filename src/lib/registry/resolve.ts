/**
 * One key of one version, many rows: every row is kept as a definition of
 * its own, and the option's default, type and required flag are resolved by
 * one rule (docs/content-format.md, "Where sources disagree"):
 *
 * 1. the upstream reference of that version, where it states the field;
 * 2. else the value every row that states it agrees on;
 * 3. else nothing: the option says the sources disagree, and lists each
 *    value with its sources. No value is picked.
 *
 * Pure: the diagnostics are made by the caller (merge.ts) from what this returns.
 */
import type { OptionRow } from './rows.ts';
import { typeName } from './types.ts';
import { sameDefault } from './values.ts';
import type { DefaultValue, Definition, DefinitionKind, Disagreement, Resolution, SourcePosition } from './schema.ts';

const rowType = (row: OptionRow): string => typeName(row.type);

export function definitionKind(row: OptionRow): DefinitionKind {
  return row.noteKind === 'translations' ? 'translation' : row.upstream ? 'upstream' : 'note';
}

/** A row as the definition it makes, all its own values kept. */
export function definitionOf(row: OptionRow): Definition {
  return {
    source: row.position,
    note: row.noteId,
    kind: definitionKind(row),
    version: row.version,
    locale: row.locale,
    type: rowType(row),
    typeRaw: row.type.raw,
    typeSource: row.type.source,
    statesDefault: row.statesDefault,
    default: row.default,
    required: row.required,
    deprecated: row.deprecated,
    replacedBy: row.replacedBy,
    deprecatedKeys: row.deprecatedKeys,
    fallbackKeys: row.fallbackKeys,
    since: row.since,
    labels: row.labels,
    description: row.description,
    trail: row.trail,
    extra: row.extra,
  };
}

/** The outcome for one field: the value taken (or null), how, and the rows that disagree. */
export interface FieldResolution<T> {
  value: T | null;
  resolution: Resolution;
  /** The upstream row the value comes from (resolution `upstream`). */
  reference: OptionRow | undefined;
  /** Each distinct value with its rows, in the order of its first row; two or more when the rows disagree. */
  groups: Array<{ value: T; rows: OptionRow[] }>;
}

/**
 * Resolves one field over the rows (in (file, line) order) that state it:
 * `valueOf` reads it, `same` tells equal values apart. Rows for which
 * `counts` is false (a value invalid for its type) are listed among the
 * values but take no part in choosing one.
 */
export function resolveField<T>(
  rows: readonly OptionRow[],
  valueOf: (row: OptionRow) => T,
  same: (a: T, b: T) => boolean,
  counts: (row: OptionRow) => boolean = () => true,
): FieldResolution<T> {
  const groups: Array<{ value: T; rows: OptionRow[] }> = [];
  for (const row of rows) {
    const value = valueOf(row);
    const group = groups.find((candidate) => same(candidate.value, value));
    if (group) group.rows.push(row);
    else groups.push({ value, rows: [row] });
  }
  const reference = rows.find((row) => row.upstream && counts(row));
  if (reference) return { value: valueOf(reference), resolution: 'upstream', reference, groups };
  // When no row counts, all of them do: a lone invalid default is still what its note says.
  const counted = groups.filter((group) => group.rows.some(counts));
  const voting = counted.length > 0 ? counted : groups;
  if (voting.length === 0) return { value: null, resolution: 'unstated', reference: undefined, groups };
  if (voting.length === 1) return { value: voting[0]!.value, resolution: 'agreed', reference: undefined, groups };
  return { value: null, resolution: 'disagree', reference: undefined, groups };
}

export const showDefault = (value: DefaultValue | null): string => (value ? value.raw : 'none');
export const showRequired = (value: boolean | null): string => (value === null ? 'unstated' : value ? 'yes' : 'no');

export function resolveDefault(rows: readonly OptionRow[]): FieldResolution<DefaultValue | null> {
  return resolveField(
    rows.filter((row) => row.statesDefault),
    (row) => row.default,
    sameDefault,
    // A default that is no value of its type is an error of its own (invalid-default), not a vote.
    (row) => row.default?.kind !== 'invalid',
  );
}

/** Declared types only: a type inferred from a default is no statement of the type. */
export function resolveType(rows: readonly OptionRow[]): FieldResolution<string> {
  return resolveField(
    rows.filter((row) => row.type.source === 'declared'),
    rowType,
    (a, b) => a === b,
  );
}

export function resolveRequired(rows: readonly OptionRow[]): FieldResolution<boolean> {
  return resolveField(
    rows.filter((row) => row.required !== null),
    (row) => row.required!,
    (a, b) => a === b,
  );
}

/** The disagreement a resolution records, when its rows state two values or more. */
export function disagreementOf<T>(
  field: Disagreement['field'],
  outcome: FieldResolution<T>,
  show: (value: T) => string,
): Disagreement | undefined {
  if (outcome.groups.length < 2) return undefined;
  return {
    field,
    values: outcome.groups.map((group) => ({
      value: show(group.value),
      sources: group.rows.map((row): SourcePosition => row.position),
    })),
  };
}
