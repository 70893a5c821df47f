/**
 * Typed parsing of option values, following Flink's own parsers
 * (TimeUtils.parseDuration, MemorySize.parse, ConfigurationUtils) so that a
 * value confref accepts is one Flink accepts, with a few spellings people use
 * in notes (`10min`, `64mib`) on top.
 */
import type { BaseType, DefaultValue, TypedValue } from './schema.ts';

const MS_PER: Record<string, number> = {};
function units(factor: number, ...labels: string[]): void {
  for (const label of labels) MS_PER[label] = factor;
}
// Flink's TimeUtils.TimeUnit labels (singular, and plural with an `s`), plus `mins`, `hr`, `hrs`.
units(86_400_000, 'd', 'day', 'days');
units(3_600_000, 'h', 'hour', 'hours', 'hr', 'hrs');
units(60_000, 'min', 'mins', 'm', 'minute', 'minutes');
units(1_000, 's', 'sec', 'secs', 'second', 'seconds');
units(1, 'ms', 'milli', 'millis', 'millisecond', 'milliseconds');
units(0.001, 'µs', 'μs', 'us', 'micro', 'micros', 'microsecond', 'microseconds');
units(0.000_001, 'ns', 'nano', 'nanos', 'nanosecond', 'nanoseconds');

const NUMBER_WITH_UNIT = /^([+-]?(?:\d+(?:\.\d*)?|\.\d+))\s*([^\d\s.+-][^\s]*)?$/u;
const ISO_DURATION = /^P(?:(\d+(?:\.\d+)?)D)?(?:T(?:(\d+(?:\.\d+)?)H)?(?:(\d+(?:\.\d+)?)M)?(?:(\d+(?:\.\d+)?)S)?)?$/i;

/** Milliseconds for a Flink duration (`10 s`, `1min`, `100 ms`, `PT1H`), or null. A bare number is milliseconds. */
export function parseDuration(text: string): number | null {
  const trimmed = text.trim();
  const iso = ISO_DURATION.exec(trimmed);
  if (iso && trimmed.length > 1 && !/T$/i.test(trimmed)) {
    const [, d = '0', h = '0', m = '0', s = '0'] = iso;
    return roundMs(Number(d) * 86_400_000 + Number(h) * 3_600_000 + Number(m) * 60_000 + Number(s) * 1_000);
  }
  const match = NUMBER_WITH_UNIT.exec(trimmed);
  if (!match) return null;
  const amount = Number(match[1]);
  const unit = (match[2] ?? 'ms').toLowerCase();
  const factor = MS_PER[unit];
  if (factor === undefined || !Number.isFinite(amount) || amount < 0) return null;
  return roundMs(amount * factor);
}

function roundMs(ms: number): number {
  // Sub-millisecond units keep their fraction; everything else is whole.
  return Number.isInteger(ms) ? ms : Number(ms.toPrecision(12));
}

const BYTES_PER: Record<string, bigint> = {};
function sizeUnits(factor: bigint, ...labels: string[]): void {
  for (const label of labels) BYTES_PER[label] = factor;
}
// Flink's MemorySize.MemoryUnit labels, plus the IEC spellings (`kib`, `mib`, …).
sizeUnits(1n, 'b', 'bytes', 'byte');
sizeUnits(1024n, 'k', 'kb', 'kib', 'kibibytes');
sizeUnits(1024n ** 2n, 'm', 'mb', 'mib', 'mebibytes');
sizeUnits(1024n ** 3n, 'g', 'gb', 'gib', 'gibibytes');
sizeUnits(1024n ** 4n, 't', 'tb', 'tib', 'tebibytes');

const LONG_MAX = 9_223_372_036_854_775_807n;

/** Bytes for a Flink memory size (`20 kb` → 20480, `64mb`, `1 gb`), or null. A bare number is bytes. */
export function parseMemorySize(text: string): number | string | null {
  const match = NUMBER_WITH_UNIT.exec(text.trim());
  if (!match) return null;
  const unit = (match[2] ?? 'b').toLowerCase();
  const factor = BYTES_PER[unit];
  const amount = match[1]!;
  if (factor === undefined || amount.startsWith('-')) return null;
  let bytes: bigint;
  if (/^\+?\d+$/.test(amount)) {
    bytes = BigInt(amount.replace('+', '')) * factor;
  } else {
    bytes = BigInt(Math.round(Number(amount) * Number(factor)));
  }
  if (bytes > LONG_MAX) return null;
  return bigToJson(bytes);
}

function bigToJson(value: bigint): number | string {
  return value <= BigInt(Number.MAX_SAFE_INTEGER) && value >= BigInt(Number.MIN_SAFE_INTEGER) ? Number(value) : value.toString();
}

export function parseBoolean(text: string): boolean | null {
  const lower = text.trim().toLowerCase();
  if (lower === 'true') return true;
  if (lower === 'false') return false;
  return null;
}

const INT_RANGE = { Integer: [-(2n ** 31n), 2n ** 31n - 1n], Long: [-(2n ** 63n), 2n ** 63n - 1n] } as const;

/** An Integer (32-bit) or Long (64-bit, as a decimal string past 2^53); null when not a whole number in range. */
export function parseWholeNumber(text: string, type: 'Integer' | 'Long'): number | string | null {
  const trimmed = text.trim();
  if (!/^[+-]?\d+$/.test(trimmed)) return null;
  const value = BigInt(trimmed);
  const [min, max] = INT_RANGE[type];
  if (value < min || value > max) return null;
  return bigToJson(value);
}

const DECIMAL = /^[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?[fFdD]?$/;

export function parseDecimal(text: string): number | null {
  const trimmed = text.trim();
  if (/^[+-]?(?:Infinity|NaN)$/.test(trimmed)) return null; // not representable in JSON
  if (!DECIMAL.test(trimmed)) return null;
  const value = Number(trimmed.replace(/[fFdD]$/, ''));
  return Number.isFinite(value) ? value : null;
}

/** Removes one pair of matching outer quotes (Flink's generated docs quote String defaults). */
export function unquote(text: string): string {
  const trimmed = text.trim();
  if (trimmed.length >= 2) {
    const first = trimmed[0];
    const last = trimmed[trimmed.length - 1];
    if (((first === '"' || first === "'") && first === last) || (first === '“' && last === '”') || (first === '‘' && last === '’')) {
      return trimmed.slice(1, -1);
    }
  }
  return trimmed;
}

/**
 * Splits on a separator outside single or double quotes, as Flink's
 * StructuredOptionsSplitter does for lists (`;`) and maps (`,`, `:`).
 * Quotes are removed from quoted parts; a doubled quote inside stands for one.
 */
export function splitQuoted(text: string, separator: string): string[] {
  const parts: string[] = [];
  let current = '';
  let quote: string | null = null;
  let wasQuoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (quote) {
      if (ch === quote) {
        if (text[i + 1] === quote) {
          current += ch;
          i++;
        } else quote = null;
      } else current += ch;
    } else if (ch === '"' || ch === "'") {
      if (current.trim() === '') {
        current = '';
        quote = ch;
        wasQuoted = true;
      } else current += ch;
    } else if (ch === separator) {
      parts.push(wasQuoted ? current : current.trim());
      current = '';
      wasQuoted = false;
    } else if (!(wasQuoted && quote === null && /\s/.test(ch))) {
      current += ch;
    }
  }
  parts.push(wasQuoted ? current : current.trim());
  return parts;
}

export function parseList(text: string): string[] {
  const trimmed = text.trim();
  if (trimmed === '' || trimmed === '[]') return [];
  return splitQuoted(trimmed, ';');
}

/** `k:v,k2:v2` → [['k', 'v'], ['k2', 'v2']] in the order written; null when an entry has no `:`. */
export function parseMapEntries(text: string): Array<[string, string]> | null {
  const trimmed = text.trim();
  if (trimmed === '' || trimmed === '{}') return [];
  const entries: Array<[string, string]> = [];
  for (const entry of splitQuoted(trimmed, ',')) {
    const pair = splitQuoted(entry, ':');
    if (pair.length !== 2 || pair[0] === '') return null;
    entries.push([pair[0]!, pair[1]!]);
  }
  return entries;
}

/** `k:v,k2:v2` → { k: 'v', k2: 'v2' }; null when an entry has no `:`. */
export function parseMap(text: string): Record<string, string> | null {
  const entries = parseMapEntries(text);
  // Own properties even for `__proto__` (an assignment would set the prototype instead).
  return entries && Object.fromEntries(entries);
}

const EXPRESSION = /^(?:-\s*)?\(?\s*[\d.]+\s*\)?(?:\s*[-+*/×x]\s*\(?\s*[\d.]+\s*\)?)+$/;
/** One unit after the arithmetic (`10 * 60 s`, `2 * 1024 mb`); `x` is a times sign, never a unit. */
const TRAILING_UNIT = /(?<=[\d)\s])\s*([a-zµμ]+)$/i;

/** Whether `unit` is a Duration or MemorySize unit label. */
function isUnit(unit: string): boolean {
  const lower = unit.toLowerCase();
  return MS_PER[lower] !== undefined || BYTES_PER[lower] !== undefined;
}

/**
 * Arithmetic (`4 * 1024`, `-1 * 5`, `10 * 60 s`) split into its numbers and
 * its unit, or undefined when the text is no arithmetic.
 */
export function splitArithmetic(text: string): { numbers: string; unit: string | null } | undefined {
  const trimmed = text.trim();
  const unit = TRAILING_UNIT.exec(trimmed)?.[1];
  const withUnit = unit !== undefined && unit.toLowerCase() !== 'x' && isUnit(unit);
  const numbers = withUnit ? trimmed.slice(0, -unit.length).trim() : trimmed;
  return EXPRESSION.test(numbers) ? { numbers, unit: withUnit ? unit : null } : undefined;
}

/** True for arithmetic such as `4 * 1024` or `10 * 60 s`: kept as written, never typed silently. */
export function isArithmeticExpression(text: string): boolean {
  return splitArithmetic(text) !== undefined;
}

/**
 * Evaluates `4 * 1024`-style arithmetic (numbers, + - * / ×, parentheses) for
 * a diagnostic's hint. A tiny recursive-descent parser; never `eval`.
 */
export function evaluateArithmetic(text: string): number | null {
  const tokens = text.replace(/[×x]/g, '*').match(/\d+(?:\.\d+)?|[-+*/()]/g);
  if (!tokens || tokens.join('') !== text.replace(/[×x]/g, '*').replace(/\s+/g, '')) return null;
  let pos = 0;
  const peek = (): string | undefined => tokens[pos];
  const factor = (): number => {
    const token = tokens[pos++];
    if (token === '(') {
      const value = sum();
      if (tokens[pos++] !== ')') throw new Error('unbalanced');
      return value;
    }
    if (token === '-') return -factor();
    if (token === undefined || !/^\d/.test(token)) throw new Error('number expected');
    return Number(token);
  };
  const product = (): number => {
    let value = factor();
    while (peek() === '*' || peek() === '/') value = tokens[pos++] === '*' ? value * factor() : value / factor();
    return value;
  };
  const sum = (): number => {
    let value = product();
    while (peek() === '+' || peek() === '-') value = tokens[pos++] === '+' ? value + product() : value - product();
    return value;
  };
  try {
    const value = sum();
    return pos === tokens.length && Number.isFinite(value) ? value : null;
  } catch {
    return null;
  }
}

/** How a default cell says "there is no default". */
const NO_DEFAULT = new Set(['', '(none)', 'none', '-', '—', '–', '无', '(无)', '（无）', 'n/a', 'null', '(null)', '空']);
/** Bare words that say "no default" unless the type is an Enum with such a constant (Flink has `NONE` constants). */
const ENUM_WORDS = new Set(['none', 'null']);

/**
 * Whether a default cell says "there is no default". With an Enum type,
 * `NONE` is a constant, not a marker: only `(none)` and the other explicit
 * markers are, unless the Enum's listed values leave NONE out; without a
 * list, `NONE` in capitals is the constant and `none` the marker.
 */
export function isNoDefault(text: string, type?: Pick<ValueType, 'baseType' | 'elementType' | 'enumValues'>): boolean {
  const word = text.trim().toLowerCase();
  if (!NO_DEFAULT.has(word)) return false;
  const isEnum = type !== undefined && (type.baseType === 'Enum' || (type.baseType === 'List' && type.elementType === 'Enum'));
  if (!isEnum || !ENUM_WORDS.has(word)) return true;
  // Without a list of values, a constant is told by how it is written: `NONE` is one, `none` a marker.
  if (type.enumValues.length === 0) return text.trim() !== text.trim().toUpperCase();
  return !type.enumValues.some((value) => value.toLowerCase() === word);
}

export type ParsedValue =
  | { kind: 'literal'; value: TypedValue }
  /** Arithmetic: `evaluated` is its result, `value` that result typed when it is a valid value of the type (else null). */
  | { kind: 'expression'; evaluated: number | null; value: TypedValue | null; unit?: string }
  | { kind: 'text' }
  /** `item`: for a List, the item that is no value of the element type. */
  | { kind: 'invalid'; reason: string; item?: string };

export interface ValueType {
  baseType: BaseType;
  elementType: BaseType | null;
  enumValues: readonly string[];
}

/** Parses one scalar of a base type; null when it is not a valid literal. */
function parseScalar(text: string, type: BaseType, enumValues: readonly string[]): TypedValue | null {
  switch (type) {
    case 'Boolean':
      return parseBoolean(text);
    case 'Integer':
    case 'Long':
      return parseWholeNumber(text, type);
    case 'Float':
    case 'Double':
      return parseDecimal(text);
    case 'Duration':
      return parseDuration(unquote(text));
    case 'MemorySize':
      return parseMemorySize(unquote(text));
    case 'Enum': {
      const value = unquote(text);
      if (!/^[\w.$-]+$/u.test(value)) return null;
      if (enumValues.length === 0) return value;
      // Flink matches enum constants ignoring case.
      return enumValues.find((candidate) => candidate.toLowerCase() === value.toLowerCase()) ?? null;
    }
    case 'String':
    case 'Unknown':
      return unquote(text);
    case 'Map':
      return parseMap(unquote(text));
    case 'List':
      return null;
  }
}

/** Whether unparseable text reads as an attempt at a literal (an error) rather than a description (`infinite`). */
function looksLikeLiteralAttempt(text: string, type: BaseType): boolean {
  const trimmed = unquote(text);
  if (/^[+-]?[\d.]/.test(trimmed)) return true;
  if (/\s|\(/.test(trimmed)) return false;
  return type === 'Boolean' || type === 'Enum';
}

const TEXT_TYPES: ReadonlySet<BaseType> = new Set(['String', 'Unknown']);

/** Types a default that is not "no default". */
export function parseDefault(raw: string, type: ValueType): ParsedValue {
  const text = raw.trim();
  // For text types only `*`, `×`, `+` or `/` make arithmetic: `50100-50200` is a port range, `1920x1080` a size.
  const arithmetic = splitArithmetic(text);
  if (arithmetic && (!TEXT_TYPES.has(type.baseType) || /[*×+/]/.test(text))) {
    const evaluated = evaluateArithmetic(arithmetic.numbers);
    const value = evaluated === null ? null : typedResult(evaluated, type.baseType, arithmetic.unit);
    return arithmetic.unit === null
      ? { kind: 'expression', evaluated, value }
      : { kind: 'expression', evaluated, value, unit: arithmetic.unit };
  }
  if (type.baseType === 'List') {
    const element = type.elementType ?? 'String';
    const items: TypedValue[] = [];
    for (const item of parseList(text)) {
      const value = parseScalar(item, element, type.enumValues);
      if (value === null) {
        return looksLikeLiteralAttempt(text, element)
          ? { kind: 'invalid', reason: `list item "${item}" is not a valid ${element}`, item }
          : { kind: 'text' };
      }
      items.push(value);
    }
    return { kind: 'literal', value: items };
  }
  const value = parseScalar(text, type.baseType, type.enumValues);
  if (value !== null) return { kind: 'literal', value };
  if (!looksLikeLiteralAttempt(text, type.baseType) && type.baseType !== 'Map') return { kind: 'text' };
  return { kind: 'invalid', reason: invalidReason(type) };
}

/**
 * An arithmetic result as a value of a numeric type: whole and in range for
 * Integer, Long and MemorySize (bytes), at least 0 for Duration (ms). A unit
 * scales a Duration or MemorySize result (`10 * 60 s` → 600000 ms); other
 * types have no units.
 */
function typedResult(result: number, type: BaseType, unit: string | null = null): TypedValue | null {
  const lower = unit?.toLowerCase();
  switch (type) {
    case 'Integer':
    case 'Long':
      return unit === null && Number.isSafeInteger(result) ? parseWholeNumber(String(result), type) : null;
    case 'Float':
    case 'Double':
      return unit === null && Number.isFinite(result) ? result : null;
    case 'MemorySize': {
      const factor = lower === undefined ? 1n : BYTES_PER[lower];
      // A fraction of a unit is rounded to bytes, as parseMemorySize does; bytes themselves are whole.
      if (factor === undefined || !Number.isFinite(result) || result < 0 || (!Number.isSafeInteger(result) && factor === 1n)) return null;
      const scaled = result * Number(factor);
      if (!Number.isFinite(scaled)) return null;
      const bytes = Number.isSafeInteger(result) ? BigInt(result) * factor : BigInt(Math.round(scaled));
      return bytes > LONG_MAX ? null : bigToJson(bytes);
    }
    case 'Duration': {
      const factor = lower === undefined ? 1 : MS_PER[lower];
      return factor !== undefined && Number.isFinite(result) && result >= 0 ? roundMs(result * factor) : null;
    }
    default:
      return null;
  }
}

/** What a value of the type looks like, for a message about one that is not. */
export function invalidReason(type: ValueType): string {
  switch (type.baseType) {
    case 'Duration':
      return 'a Duration is a whole number with a unit: d, h, min, s, ms, µs or ns (e.g. "10 s")';
    case 'MemorySize':
      return 'a MemorySize is a whole number with a unit: bytes, kb, mb, gb or tb (e.g. "64 mb")';
    case 'Boolean':
      return 'a Boolean is true or false';
    case 'Integer':
      return 'an Integer is a whole number from -2147483648 to 2147483647';
    case 'Long':
      return 'a Long is a whole number of at most 64 bits';
    case 'Enum':
      return type.enumValues.length > 0 ? `expected one of ${type.enumValues.join(', ')}` : 'an Enum constant is one word';
    case 'Map':
      return 'a Map is written key:value,key2:value2';
    default:
      return `not a valid ${type.baseType}`;
  }
}

/**
 * Whether two defaults agree: both absent, written alike (white space aside),
 * or typed to the same value (`20 kb` and `20480 bytes`). Used wherever
 * defaults are compared: merging notes, translations, diffs, check --against.
 */
export function sameDefault(a: DefaultValue | null, b: DefaultValue | null): boolean {
  if (!a || !b) return a === b;
  const text = (d: DefaultValue): string => d.raw.replace(/\s+/g, ' ').trim();
  if (text(a) === text(b)) return true;
  return a.value !== null && JSON.stringify(a.value) === JSON.stringify(b.value);
}
