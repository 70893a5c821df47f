/**
 * `invalid-value` and `default-value`: the value read as the option's type
 * with the registry's own parsers (registry/values.ts, after Flink's), and
 * compared with its typed default.
 */
import { invalidReason, parseDefault, type ParsedValue, type ValueType } from '../../registry/values.ts';
import type { TypedValue } from '../../registry/schema.ts';
import type { LintOption as Option } from '../lookup.ts';
import { finding } from '../rules.ts';
import type { LintEntry, LintFinding } from '../types.ts';

const TEXT_TYPES = new Set(['String', 'Unknown']);

/** Why `text` is no value of `type`, or null when it is one. */
function problem(text: string, type: ValueType, parsed: ParsedValue): string | null {
  if (parsed.kind === 'literal') return null;
  if (parsed.kind === 'expression') return 'Flink does not evaluate arithmetic in a value: write the result';
  if (text.trim() === '') return `it is empty; ${invalidReason(type)}`;
  return parsed.kind === 'invalid' ? parsed.reason : invalidReason(type);
}

/** The value typed, or why it is not one: a YAML list item by item. */
export function typedValue(entry: LintEntry, option: Option): { value: TypedValue } | { problem: string } {
  if (entry.items && option.baseType !== 'List') return { problem: `a YAML list is no ${option.type}` };
  const parsed = parseDefault(entry.value, option);
  const why = problem(entry.value, option, parsed);
  if (why !== null) return { problem: why };
  return { value: (parsed as Extract<ParsedValue, { kind: 'literal' }>).value };
}

export function valueFindings(entry: LintEntry, option: Option): LintFinding[] {
  if (entry.unresolved || TEXT_TYPES.has(option.baseType)) return defaultFinding(entry, option, entry.value.trim());
  const typed = typedValue(entry, option);
  if ('problem' in typed)
    return [
      finding(
        'invalid-value',
        entry.valuePlace,
        `"${entry.value}" is not a valid ${option.type} for "${entry.key}": ${typed.problem}`,
        option.enumValues.length > 0 && option.baseType !== 'Boolean'
          ? `Use one of ${option.enumValues.join(', ')}.`
          : `Flink fails on it when it reads the option${option.default ? `; the default is "${option.default.raw}"` : ''}.`,
        entry.key,
      ),
    ];
  return defaultFinding(entry, option, typed.value);
}

function defaultFinding(entry: LintEntry, option: Option, value: TypedValue): LintFinding[] {
  const stated = option.default;
  if (entry.unresolved || stated?.kind !== 'literal' || stated.value === null) return [];
  if (JSON.stringify(stated.value) !== JSON.stringify(value)) return [];
  return [
    finding(
      'default-value',
      entry.valuePlace,
      `"${entry.key}" is set to its default, ${stated.raw}`,
      'The line changes nothing; remove it unless you mean to pin the value.',
      entry.key,
    ),
  ];
}
