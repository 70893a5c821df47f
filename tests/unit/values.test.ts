import { describe, expect, it } from 'vitest';
import {
  evaluateArithmetic,
  isArithmeticExpression,
  isNoDefault,
  parseBoolean,
  parseDecimal,
  parseDefault,
  parseDuration,
  parseList,
  parseMap,
  parseMemorySize,
  parseWholeNumber,
  splitQuoted,
  type ValueType,
} from '../../src/lib/registry/values.ts';

const type = (baseType: ValueType['baseType'], extra: Partial<ValueType> = {}): ValueType => ({
  baseType,
  elementType: null,
  enumValues: [],
  ...extra,
});

describe('parseDuration (milliseconds, as Flink TimeUtils)', () => {
  it.each([
    ['1 min', 60_000],
    ['10 s', 10_000],
    ['100 ms', 100],
    ['10min', 600_000],
    ['10 mins', 600_000],
    ['1 d', 86_400_000],
    ['2 hours', 7_200_000],
    ['30 seconds', 30_000],
    ['5000', 5000],
    ['0 ms', 0],
    ['1 MIN', 60_000],
    ['500 µs', 0.5],
    ['1000 ns', 0.001],
    ['PT1H30M', 5_400_000],
    ['P1D', 86_400_000],
  ])('%s → %d', (text, ms) => expect(parseDuration(text)).toBe(ms));

  it.each(['', 'ten seconds', '10 parsecs', '-1 s', 'PT', '10 s s', 's'])('rejects %j', (text) => expect(parseDuration(text)).toBeNull());
});

describe('parseMemorySize (bytes, 1024-based as Flink MemorySize)', () => {
  it.each([
    ['256 bytes', 256],
    ['20 kb', 20_480],
    ['20kb', 20_480],
    ['64 mb', 67_108_864],
    ['1 gb', 1_073_741_824],
    ['1g', 1_073_741_824],
    ['2 tb', 2_199_023_255_552],
    ['4096', 4096],
    ['64 MiB', 67_108_864],
    ['1.5 kb', 1536],
    ['8388607 tb', '9223370937343148032'],
  ])('%s → %s', (text, bytes) => expect(parseMemorySize(text)).toBe(bytes));

  it.each(['', 'big', '-1 mb', '10 parsecs', '9999999999 tb'])('rejects %j', (text) => expect(parseMemorySize(text)).toBeNull());
});

describe('scalars', () => {
  it('booleans are true/false in any case only', () => {
    expect([parseBoolean('true'), parseBoolean('FALSE'), parseBoolean(' True ')]).toEqual([true, false, true]);
    expect([parseBoolean('yes'), parseBoolean('1'), parseBoolean('')]).toEqual([null, null, null]);
  });
  it('Integer is 32-bit and Long 64-bit (as a string past 2^53)', () => {
    expect(parseWholeNumber('2147483647', 'Integer')).toBe(2147483647);
    expect(parseWholeNumber('2147483648', 'Integer')).toBeNull();
    expect(parseWholeNumber('-12', 'Integer')).toBe(-12);
    expect(parseWholeNumber('9223372036854775807', 'Long')).toBe('9223372036854775807');
    expect(parseWholeNumber('9223372036854775808', 'Long')).toBeNull();
    expect(parseWholeNumber('1.0', 'Integer')).toBeNull();
  });
  it('decimals', () => {
    expect([parseDecimal('0.4'), parseDecimal('1e-3'), parseDecimal('.5'), parseDecimal('2f')]).toEqual([0.4, 0.001, 0.5, 2]);
    expect([parseDecimal('Infinity'), parseDecimal('abc'), parseDecimal('')]).toEqual([null, null, null]);
  });
  it('"no default" spellings', () => {
    for (const text of ['(none)', 'none', '-', '无', '', '  ', 'None', '（无）']) expect(isNoDefault(text), text).toBe(true);
    for (const text of ['0', 'false', '(none)x', 'null-value']) expect(isNoDefault(text), text).toBe(false);
  });
  it('NONE of an Enum is a constant, not "no default"; (none) still is', () => {
    expect(isNoDefault('NONE', type('Enum'))).toBe(false);
    expect(isNoDefault('none', type('Enum', { enumValues: ['NONE', 'LZ4'] }))).toBe(false);
    expect(isNoDefault('NONE', type('List', { elementType: 'Enum' }))).toBe(false);
    expect(isNoDefault('(none)', type('Enum', { enumValues: ['NONE', 'LZ4'] }))).toBe(true);
    expect(isNoDefault('-', type('Enum'))).toBe(true);
    // An Enum whose listed values leave NONE out: the word is the marker again.
    expect(isNoDefault('none', type('Enum', { enumValues: ['LZ4', 'ZSTD'] }))).toBe(true);
    expect(isNoDefault('NONE', type('String'))).toBe(true);
    expect(parseDefault('NONE', type('Enum', { enumValues: ['NONE', 'LZ4'] }))).toEqual({ kind: 'literal', value: 'NONE' });
  });
});

describe('lists and maps (Flink syntax with quoting)', () => {
  it('lists split on ; outside quotes', () => {
    expect(parseList('a;b')).toEqual(['a', 'b']);
    expect(parseList('a; b ;c')).toEqual(['a', 'b', 'c']);
    expect(parseList("'a;b';c")).toEqual(['a;b', 'c']);
    expect(parseList('')).toEqual([]);
  });
  it('maps are k:v,k2:v2', () => {
    expect(parseMap('k:v,k2:v2')).toEqual({ k: 'v', k2: 'v2' });
    expect(parseMap('OPERATOR:70,STATE_BACKEND:70,PYTHON:30')).toEqual({ OPERATOR: '70', STATE_BACKEND: '70', PYTHON: '30' });
    // As Flink's StructuredOptionsSplitter: quoting is undone per level, so a ':' in a key needs both.
    expect(parseMap(`"'a:b':c"`)).toEqual({ 'a:b': 'c' });
    expect(parseMap('novalue')).toBeNull();
  });
  it('doubled quotes stand for one', () => {
    expect(splitQuoted("'it''s';x", ';')).toEqual(["it's", 'x']);
  });
});

describe('parseDefault by type', () => {
  it('types each kind of default', () => {
    expect(parseDefault('20 kb', type('MemorySize'))).toEqual({ kind: 'literal', value: 20480 });
    expect(parseDefault('"10 s"', type('Duration'))).toEqual({ kind: 'literal', value: 10000 });
    expect(parseDefault('"hashmap"', type('String'))).toEqual({ kind: 'literal', value: 'hashmap' });
    expect(parseDefault('exactly_once', type('Enum', { enumValues: ['EXACTLY_ONCE', 'AT_LEAST_ONCE'] }))).toEqual({
      kind: 'literal',
      value: 'EXACTLY_ONCE',
    });
    expect(parseDefault('a;b', type('List', { elementType: 'String' }))).toEqual({ kind: 'literal', value: ['a', 'b'] });
    expect(parseDefault('1 s;2 s', type('List', { elementType: 'Duration' }))).toEqual({ kind: 'literal', value: [1000, 2000] });
    expect(parseDefault('k:v,k2:v2', type('Map'))).toEqual({ kind: 'literal', value: { k: 'v', k2: 'v2' } });
  });
  it('marks expressions as such, typed where the type allows the result', () => {
    expect(parseDefault('4 * 1024', type('Integer'))).toEqual({ kind: 'expression', evaluated: 4096, value: 4096 });
    expect(parseDefault('64*1024*1024', type('Long'))).toEqual({ kind: 'expression', evaluated: 67108864, value: 67108864 });
    expect(parseDefault('64*1024*1024', type('MemorySize'))).toEqual({ kind: 'expression', evaluated: 67108864, value: 67108864 });
    expect(parseDefault('5 * 60 * 1000', type('Duration'))).toEqual({ kind: 'expression', evaluated: 300000, value: 300000 });
    expect(parseDefault('1 / 4', type('Double'))).toEqual({ kind: 'expression', evaluated: 0.25, value: 0.25 });
    // Not valid for the type: no value.
    expect(parseDefault('1 / 4', type('Integer'))).toEqual({ kind: 'expression', evaluated: 0.25, value: null });
    expect(parseDefault('2147483647 + 1', type('Integer'))).toEqual({ kind: 'expression', evaluated: 2147483648, value: null });
    expect(parseDefault('1 - 2', type('MemorySize'))).toEqual({ kind: 'expression', evaluated: -1, value: null });
    // A leading minus, and one unit after the arithmetic: the result typed in that unit.
    expect(parseDefault('-1 * 5', type('Integer'))).toEqual({ kind: 'expression', evaluated: -5, value: -5 });
    expect(parseDefault('10 * 60 s', type('Duration'))).toEqual({ kind: 'expression', evaluated: 600, value: 600000, unit: 's' });
    expect(parseDefault('(2 + 3) min', type('Duration'))).toEqual({ kind: 'expression', evaluated: 5, value: 300000, unit: 'min' });
    expect(parseDefault('2 * 1024 mb', type('MemorySize'))).toEqual({ kind: 'expression', evaluated: 2048, value: 2147483648, unit: 'mb' });
    expect(parseDefault('3 / 2 gb', type('MemorySize'))).toEqual({ kind: 'expression', evaluated: 1.5, value: 1610612736, unit: 'gb' });
    expect(parseDefault('4 * 1024 * 1024 tb', type('MemorySize'))).toEqual({
      kind: 'expression',
      evaluated: 4194304,
      value: '4611686018427387904',
      unit: 'tb',
    });
    expect(parseDefault('8 * 1024 * 1024 tb', type('MemorySize'))).toEqual({
      kind: 'expression',
      evaluated: 8388608,
      value: null,
      unit: 'tb',
    });
    // No value where the unit or the sign does not fit the type: negative sizes and durations, a unit on a plain number.
    expect(parseDefault('-1 * 5 s', type('Duration'))).toEqual({ kind: 'expression', evaluated: -5, value: null, unit: 's' });
    expect(parseDefault('-2 * 3 kb', type('MemorySize'))).toEqual({ kind: 'expression', evaluated: -6, value: null, unit: 'kb' });
    expect(parseDefault('2 * 3 mb', type('Integer'))).toEqual({ kind: 'expression', evaluated: 6, value: null, unit: 'mb' });
    expect(parseDefault('2 * 3 s', type('String'))).toEqual({ kind: 'expression', evaluated: 6, value: null, unit: 's' });
    // Not arithmetic: a unit that is none, `x` as a unit, a plain negative number, a unit with no operator.
    expect(parseDefault('2 * 3 apples', type('Duration'))).toEqual({
      kind: 'invalid',
      reason: 'a Duration is a whole number with a unit: d, h, min, s, ms, µs or ns (e.g. "10 s")',
    });
    expect(parseDefault('-5', type('Integer'))).toEqual({ kind: 'literal', value: -5 });
    expect(parseDefault('64 mb', type('MemorySize'))).toEqual({ kind: 'literal', value: 67108864 });
    expect(['2 x', '1920x1080', '- 1', '10 s * 2', '1 * 2 s s'].map(isArithmeticExpression)).toEqual([false, true, false, false, false]);
    // Text types are no number: an expression all the same, without a value.
    expect(parseDefault('4 * 1024', type('String'))).toEqual({ kind: 'expression', evaluated: 4096, value: null });
    expect(parseDefault('4*1024', type('Unknown'))).toEqual({ kind: 'expression', evaluated: 4096, value: null });
    // A range or a size of a text type is no arithmetic.
    expect(parseDefault('50100-50200', type('String'))).toEqual({ kind: 'literal', value: '50100-50200' });
    expect(parseDefault('1920x1080', type('Unknown'))).toEqual({ kind: 'literal', value: '1920x1080' });
  });
  it('tells free text from a broken literal', () => {
    expect(parseDefault('infinite', type('Duration'))).toEqual({ kind: 'text' });
    expect(parseDefault('JVM default keystore type', type('Integer'))).toEqual({ kind: 'text' });
    expect(parseDefault('10 parsecs', type('Duration')).kind).toBe('invalid');
    expect(parseDefault('yes', type('Boolean')).kind).toBe('invalid');
    expect(parseDefault('FAST', type('Enum', { enumValues: ['SLOW'] })).kind).toBe('invalid');
  });
});

describe('evaluateArithmetic (no eval)', () => {
  it.each([
    ['4 * 1024', 4096],
    ['(1 + 2) * 3', 9],
    ['1024 × 1024', 1048576],
    ['10 / 4', 2.5],
  ])('%s = %d', (text, value) => expect(evaluateArithmetic(text)).toBe(value));
  it.each(['process.exit()', '4 *', '1 + (2', ''])('refuses %j', (text) => expect(evaluateArithmetic(text)).toBeNull());
});
