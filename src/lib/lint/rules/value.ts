/**
 * `invalid-value` and `default-value`: the value read as the option's type
 * with the registry's own parsers (registry/values.ts, after Flink's), and
 * compared with its typed default.
 */
import { parseDefault, type ParsedValue, type ValueType } from '../../registry/values.ts';
import type { TypedValue } from '../../registry/schema.ts';
import type { LintOption as Option } from '../lookup.ts';
import { say, type LintText } from '../messages.ts';
import { finding } from '../rules.ts';
import type { LintEntry, LintFinding } from '../types.ts';

const TEXT_TYPES = new Set(['String', 'Unknown']);

/** What a value of the type looks like, as registry/values.ts's invalidReason says it (a test keeps the two alike). */
export function typeReason({ baseType, enumValues }: ValueType): LintText {
  switch (baseType) {
    case 'Duration':
    case 'MemorySize':
    case 'Boolean':
    case 'Integer':
    case 'Long':
    case 'Map':
      return say(`type.${baseType}`);
    case 'Enum':
      return enumValues.length > 0 ? say('type.Enum.values', { values: enumValues.join(', ') }) : say('type.Enum');
    default:
      return say('type.other', { type: baseType });
  }
}

/** Why `text` is no value of `type`, or null when it is one. */
function problem(text: string, type: ValueType, parsed: ParsedValue): LintText | null {
  if (parsed.kind === 'literal') return null;
  if (parsed.kind === 'expression') return say('invalid-value.expression');
  if (text.trim() === '') return say('invalid-value.empty', { reason: typeReason(type) });
  if (parsed.kind === 'invalid' && parsed.item !== undefined)
    return say('invalid-value.list-item', { item: parsed.item, type: type.elementType ?? 'String' });
  return typeReason(type);
}

/** The value typed, or why it is not one: a YAML list item by item. */
export function typedValue(entry: LintEntry, option: Option): { value: TypedValue } | { problem: LintText } {
  if (entry.items && option.baseType !== 'List') return { problem: say('invalid-value.yaml-list', { type: option.type }) };
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
        say('invalid-value', { value: entry.value, type: option.type, key: entry.key, problem: typed.problem }),
        option.enumValues.length > 0 && option.baseType !== 'Boolean'
          ? say('invalid-value.enum.hint', { values: option.enumValues.join(', ') })
          : option.default
            ? say('invalid-value.default.hint', { default: option.default.raw })
            : say('invalid-value.hint'),
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
      say('default-value', { key: entry.key, default: stated.raw }),
      say('default-value.hint'),
      entry.key,
    ),
  ];
}
