/** The lint rules, one id each, with their severity and what they mean (the README's table is this list). */
import type { Severity } from '../registry/schema.ts';
import { render, type LintText } from './messages.ts';
import type { LintFinding, LintRuleId, Place } from './types.ts';

export const LINT_RULES = {
  syntax: { severity: 'error', summary: 'The file cannot be read as its format (YAML syntax, an unclosed quote in SQL or shell).' },
  'ignored-line': {
    severity: 'warning',
    summary: "flink-conf.yaml: a line Flink's reader skips (no `: ` after the key, or no value).",
  },
  'hash-in-value': {
    severity: 'warning',
    summary: 'flink-conf.yaml: a `#` inside a value, where Flink cuts the line: the rest is read as a comment.',
  },
  'quoted-value': {
    severity: 'warning',
    summary: "flink-conf.yaml: a value in quotes, which Flink's reader keeps as part of the value.",
  },
  'unknown-key': { severity: 'error', summary: 'A key the version does not have (Flink ignores it), with a did-you-mean.' },
  'invalid-value': {
    severity: 'error',
    summary: "A value that is not one of the option's type: `10 parsecs` for a Duration, `yes` for a Boolean, an enum value not listed.",
  },
  'deprecated-key': {
    severity: 'warning',
    summary: 'A key the version marks deprecated, or an old key it still reads for a newer one: the replacement is named.',
  },
  'renamed-key': {
    severity: 'error',
    summary: 'A key renamed by the version (the evidence named), with the new key: Flink no longer reads the old one.',
  },
  'removed-key': { severity: 'error', summary: 'A key an earlier version had and this version no longer has.' },
  'duplicate-key': { severity: 'error', summary: 'A key set twice in one file, the same key nested and flat included: one value is lost.' },
  'scalar-and-map': {
    severity: 'error',
    summary: 'One YAML key given both a value and a map of keys below it in the same map: YAML allows a key once per map.',
  },
  'default-value': { severity: 'info', summary: 'A key set to its default: the line can go.' },
  'not-checked': {
    severity: 'info',
    summary: 'A key a partial version (notes that copy part of it, beside an upstream reference) does not have: not checked.',
  },
} as const satisfies Record<LintRuleId, { severity: Severity; summary: string }>;

/** A finding: its message and hint as ids and parameters (messages.ts), and in English. */
export function finding(rule: LintRuleId, place: Place, message: LintText, hint?: LintText, key?: string): LintFinding {
  return {
    line: place.line,
    column: place.column,
    rule,
    severity: LINT_RULES[rule].severity,
    message: render(message, 'en'),
    ...(hint !== undefined ? { hint: render(hint, 'en') } : {}),
    ...(key !== undefined ? { key } : {}),
    text: hint !== undefined ? { message, hint } : { message },
  };
}

/** Findings by position, then rule, then message: output is deterministic. */
export function sortFindings(findings: LintFinding[]): LintFinding[] {
  return findings.sort(
    (a, b) => a.line - b.line || a.column - b.column || a.rule.localeCompare(b.rule) || a.message.localeCompare(b.message),
  );
}
