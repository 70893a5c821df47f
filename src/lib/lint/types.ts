/**
 * What the lint readers give and the rules take: each setting a file makes,
 * where its key and its value are, and how the file wrote it. Pure data, no
 * Node API: the browser runs the same core.
 */
import type { Severity } from '../registry/schema.ts';
import type { LintSaying } from './messages.ts';

export const INPUT_FORMATS = ['config-yaml', 'flink-conf', 'sql', 'cli', 'kubernetes'] as const;
export type InputFormat = (typeof INPUT_FORMATS)[number];

export function isInputFormat(text: string): text is InputFormat {
  return (INPUT_FORMATS as readonly string[]).includes(text);
}

/** A line and column, both from 1. */
export interface Place {
  line: number;
  column: number;
}

/**
 * How the key was written: `flat` (`a.b.c: v`, `SET 'a.b.c'`, `-Da.b.c=v`),
 * `nested` (YAML maps joined with dots), or `mixed` (a nested map holding a
 * dotted key, `a: {b.c: v}`).
 */
export type KeyForm = 'flat' | 'nested' | 'mixed';

export interface LintEntry {
  /** The full key, nested parts joined with dots. */
  key: string;
  /** The value as Flink reads it, in its string form; a YAML list is joined with `;` as Flink joins it. */
  value: string;
  /** Where the key is written (the last nested part for a nested key). */
  place: Place;
  /** Where the value is written. */
  valuePlace: Place;
  form: KeyForm;
  format: InputFormat;
  /** For a YAML list: its items, for a List option. */
  items?: string[];
  /** The value holds a shell variable (`$INTERVAL`) or is a YAML alias (`*ref`) to no anchor: its value is not known here. */
  unresolved?: boolean;
  /**
   * Offsets of the key as written (for a nested YAML key, its last part), for
   * `--fix`, which rewrites a flat key only where this text is the key itself.
   */
  keyRange: [number, number];
  /** For YAML: the keys of the maps the setting is in, outermost first, and the key as written in its own map. */
  path?: string[];
  /** For YAML: the offsets of the keys of the maps the setting is in, outermost first. */
  ancestors?: number[];
  /** For YAML: where the value's text starts and ends (a comment after it left out). */
  valueRange?: [number, number];
  /**
   * Settings of one scope apply together: one file, one command of a shell
   * script, the SET statements between two other SQL statements. A key set
   * twice in one scope loses a value.
   */
  scope: number;
  /** For a Kubernetes resource: the Flink version its `spec.flinkVersion` names (`1.20`). */
  flinkVersion?: string;
}

/** One finding, as `check --format json` prints a diagnostic (`file` added by the caller). */
export interface LintFinding extends Place {
  rule: LintRuleId;
  severity: Severity;
  /** In English, as the CLI prints it. */
  message: string;
  hint?: string;
  /** The key the finding is about, when there is one (tests and SARIF read it). */
  key?: string;
  /** The message and hint as ids and parameters, to render in any language (`lintMessage`, messages.ts). */
  text: LintSaying;
}

export type LintRuleId =
  | 'syntax'
  | 'ignored-line'
  | 'hash-in-value'
  | 'quoted-value'
  | 'unknown-key'
  | 'invalid-value'
  | 'deprecated-key'
  | 'renamed-key'
  | 'removed-key'
  | 'duplicate-key'
  | 'scalar-and-map'
  | 'default-value'
  | 'not-checked';

/** What a reader gives: the settings in file order and what it found about the file itself. */
export interface ReadResult {
  entries: LintEntry[];
  findings: LintFinding[];
}
