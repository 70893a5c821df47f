/**
 * Normalises the Type column (`MemorySize`, `List<String>`, `Enum Possible
 * values: [A, B]`, `数据类型: 整数`, …) and infers a type from a default when
 * a note has no Type column.
 */
import type { BaseType } from './schema.ts';
import { isArithmeticExpression, parseBoolean, parseDecimal, parseDuration, parseMemorySize, parseWholeNumber } from './values.ts';

export interface TypeInfo {
  baseType: BaseType;
  elementType: BaseType | null;
  enumValues: string[];
  /** false when the text was not understood (the type is then Unknown). */
  recognized: boolean;
}

const SCALAR_ALIASES: Record<string, BaseType> = {};
function alias(type: BaseType, ...names: string[]): void {
  for (const name of names) SCALAR_ALIASES[name] = type;
}
alias('Boolean', 'boolean', 'bool', '布尔', '布尔值', '布尔型', '布尔类型');
alias('Integer', 'integer', 'int', 'int32', 'short', '整数', '整型', '整数型', '数字', '数值');
alias('Long', 'long', 'int64', 'bigint', '长整型', '长整数');
alias('Float', 'float', 'float32', '单精度浮点数');
alias('Double', 'double', 'float64', 'number', 'decimal', '浮点数', '浮点型', '小数', '双精度浮点数');
alias('String', 'string', 'str', 'text', 'path', 'password', 'url', 'uri', '字符串', '文本', '路径', '字符');
alias('Duration', 'duration', 'time', 'timeout', 'interval', '时间', '时长', '时间间隔', '持续时间');
alias('MemorySize', 'memorysize', 'memory', 'size', 'bytes', '内存', '内存大小', '大小', '字节');
alias('Enum', 'enum', 'enumeration', '枚举', '枚举型', '枚举值');
alias('Map', 'map', 'dict', 'dictionary', 'properties', '字典', '映射', '键值对');
alias('List', 'list', 'array', '列表', '数组');

function lookup(name: string): BaseType | undefined {
  return SCALAR_ALIASES[
    name
      .trim()
      .toLowerCase()
      .replace(/[\s_]+/g, '')
  ];
}

const VALUES_LABEL = /(?:possible values|allowed values|valid values|可选值|取值范围|取值)\s*[:：]?/i;

function unique(values: string[]): string[] {
  return [...new Set(values)];
}

/**
 * Enum values: `[A, B]`, `{A|B}`, `(A, B)`, or what follows "Possible values:" /
 * "可选值：" — Flink 2.x lists them as `"A": what A does` items, 1.x as `[A, B]`.
 */
/** A type's name as the registry writes it: `Integer`, `List<String>`. */
export function typeName(type: Pick<TypeInfo, 'baseType' | 'elementType'>): string {
  return type.baseType === 'List' ? `List<${type.elementType}>` : type.baseType;
}

export function parseEnumValues(text: string): string[] {
  const label = VALUES_LABEL.exec(text);
  const after = label ? text.slice(label.index + label[0].length) : text;
  const quoted = [...after.matchAll(/"([\w.$-]+)"/g)].map((m) => m[1]!);
  if (label && quoted.length > 0) return unique(quoted);
  const bracketed =
    /^\s*[[{(（]([^\]})）]*)[\]})）]/.exec(after)?.[1] ?? (label ? undefined : /[[{(（]([^\]})）]*)[\]})）]/.exec(text)?.[1]);
  // Without brackets, the list runs to the end of its sentence or line.
  const list = bracketed ?? (label ? after.split(/\.\s|\n|。|；|;/)[0] : undefined);
  if (!list) return [];
  return unique(
    list
      .split(/[,，|、\s]+/)
      // A sentence's punctuation is not part of the value: `AUTOMATIC.` → `AUTOMATIC`.
      .map((value) =>
        value
          .replace(/^["'`]|["'`]$/g, '')
          .replace(/[.,;:!?。，；：！？]+$/u, '')
          .replace(/^["'`]|["'`]$/g, '')
          .trim(),
      )
      .filter((value) => /^[\w.$-]+$/u.test(value) && value !== 'or' && value !== 'and'),
  );
}

/** Enum values a description lists, only when it says "Possible values" (or 可选值). */
export function enumValuesInDescription(text: string): string[] {
  return VALUES_LABEL.test(text) ? parseEnumValues(text) : [];
}

/** Normalises the Type cell text. */
export function normalizeType(raw: string): TypeInfo {
  const text = raw.trim();
  const unknown: TypeInfo = { baseType: 'Unknown', elementType: null, enumValues: [], recognized: false };
  if (text === '') return { ...unknown, recognized: true };
  const generic =
    /^(?:list|array|列表|数组)\s*[<(（[]\s*([^>)）\]]+?)\s*[>)）\]]/i.exec(text) ?? /^(?:list|array)\s+of\s+(\w+?)s?$/i.exec(text);
  if (generic) {
    const element = lookup(generic[1]!);
    if (!element || element === 'List') return unknown;
    return { baseType: 'List', elementType: element, enumValues: element === 'Enum' ? parseEnumValues(text) : [], recognized: true };
  }
  // Java's generic spellings of Enum and Map (`Enum<ExecutionMode>`, `Map<String, String>`): a Flink Enum (values from the
  // description) and a Flink Map (always String to String in a configuration, whatever the arguments say).
  const javaGeneric = /^([A-Za-z]+)\s*<[^<>]*>$/.exec(text);
  const genericBase = javaGeneric ? lookup(javaGeneric[1]!) : undefined;
  if (genericBase === 'Enum' || genericBase === 'Map')
    return { baseType: genericBase, elementType: null, enumValues: [], recognized: true };
  const head = /^([^\s(:：[{（]+)/.exec(text)?.[1] ?? text;
  const base = lookup(text) ?? lookup(head);
  if (!base) return unknown;
  if (base === 'Enum')
    return { baseType: 'Enum', elementType: null, enumValues: parseEnumValues(text.slice(head.length)), recognized: true };
  if (base === 'List') return { baseType: 'List', elementType: 'String', enumValues: [], recognized: true };
  // Anything after a scalar type name other than a short note in brackets is not understood.
  const rest = text.slice(head.length).trim();
  if (rest !== '' && !/^[(（[].*[)）\]]$/.test(rest) && lookup(text) === undefined) return unknown;
  return { baseType: base, elementType: null, enumValues: [], recognized: true };
}

/**
 * The type a default shows beyond doubt, for notes without a Type column:
 * `true` is a Boolean, `20 kb` a MemorySize, `10 s` a Duration, `0.7` a
 * Double, `4096` an Integer (Long when it does not fit), a quoted or path-like
 * text a String. Anything else stays Unknown.
 */
export function inferType(defaultText: string | null): BaseType {
  if (defaultText === null) return 'Unknown';
  const text = defaultText.trim();
  if (parseBoolean(text) !== null) return 'Boolean';
  if (parseWholeNumber(text, 'Integer') !== null) return 'Integer';
  if (parseWholeNumber(text, 'Long') !== null) return 'Long';
  if (parseDecimal(text) !== null) return 'Double';
  if (isArithmeticExpression(text)) return 'Unknown';
  const unit = /^[\d.]+\s*([a-zµμ]+)$/i.exec(text)?.[1]?.toLowerCase();
  if (unit) {
    // `m` is minutes for a Duration and mebibytes for a MemorySize: ambiguous alone.
    if (unit === 'm') return 'Unknown';
    if (parseMemorySize(text) !== null) return 'MemorySize';
    if (parseDuration(text) !== null) return 'Duration';
  }
  if (/^(["']).*\1$/.test(text) || /^(?:[a-z][a-z0-9+.-]*:\/\/|\/|\.\/|~\/)/i.test(text)) return 'String';
  return 'Unknown';
}

/** The canonical type names, for suggestions. */
const TYPE_NAMES = ['Boolean', 'Integer', 'Long', 'Float', 'Double', 'String', 'Duration', 'MemorySize', 'Enum', 'List', 'Map'] as const;

/**
 * Edit distance with adjacent transpositions (optimal string alignment):
 * `Stirng` is one edit from `String`.
 */
export function editDistance(a: string, b: string): number {
  const rows = Array.from({ length: a.length + 1 }, (_, i) =>
    Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)),
  );
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let best = Math.min(rows[i - 1]![j]! + 1, rows[i]![j - 1]! + 1, rows[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) best = Math.min(best, rows[i - 2]![j - 2]! + 1);
      rows[i]![j] = best;
    }
  }
  return rows[a.length]![b.length]!;
}

/**
 * The known type an unknown Type cell most likely means (`Intger` →
 * `Integer`, `List<Stirng>` → `List<String>`, `Integer<Long>` → `Integer`), or
 * undefined when none is close: at most two edits, and fewer than a third of
 * the name.
 */
export function suggestType(raw: string): string | undefined {
  const text = raw.trim();
  const generic = /^(list|array)\s*<\s*([^<>]+?)\s*>$/i.exec(text);
  if (generic) {
    const element = suggestType(generic[2]!);
    return element === undefined || element.startsWith('List') ? undefined : `List<${element}>`;
  }
  // A known type's name with arguments it takes none of (`Integer<Long>`, `Duration[ms, s]`): that type.
  const leading = /^([A-Za-z]+)\s*[<([{]/.exec(text)?.[1];
  const known = leading === undefined ? undefined : lookup(leading);
  if (known !== undefined) return known === 'List' || known === 'Unknown' ? undefined : known;
  const word = /^[A-Za-z]+/.exec(text)?.[0];
  if (!word || word.length < 3 || word.length > 20) return undefined;
  let best: { name: string; distance: number } | undefined;
  for (const name of TYPE_NAMES) {
    const distance = editDistance(word.toLowerCase(), name.toLowerCase());
    if (!best || distance < best.distance) best = { name, distance };
  }
  return best && best.distance > 0 && best.distance <= 2 && best.distance * 3 < best.name.length ? best.name : undefined;
}
