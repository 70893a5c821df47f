import { describe, expect, it } from 'vitest';
import { enumValuesInDescription, inferType, normalizeType, parseEnumValues } from '../../src/lib/registry/types.ts';

describe('normalizeType', () => {
  it.each([
    ['MemorySize', 'MemorySize', null],
    ['memory size', 'MemorySize', null],
    ['Boolean', 'Boolean', null],
    ['bool', 'Boolean', null],
    ['int', 'Integer', null],
    ['Long', 'Long', null],
    ['Double', 'Double', null],
    ['Float', 'Float', null],
    ['String', 'String', null],
    ['Duration', 'Duration', null],
    ['Map', 'Map', null],
    ['List<String>', 'List', 'String'],
    ['List<Enum>', 'List', 'Enum'],
    ['list of strings', 'List', 'String'],
    ['字符串', 'String', null],
    ['整数', 'Integer', null],
    ['布尔', 'Boolean', null],
    ['枚举', 'Enum', null],
    // Java's generic spellings of Flink's Enum and Map.
    ['Enum<ExecutionMode>', 'Enum', null],
    ['enum <Mode>', 'Enum', null],
    ['Map<String,String>', 'Map', null],
    ['Map<String, Integer>', 'Map', null],
  ])('%s → %s', (raw, base, element) => {
    const info = normalizeType(raw);
    expect([info.baseType, info.elementType, info.recognized]).toEqual([base, element, true]);
  });

  it('reads enum values from the type cell (Flink 1.11 style)', () => {
    expect(normalizeType('Enum Possible values: [NONE, SNAPPY, LZ4]')).toEqual({
      baseType: 'Enum',
      elementType: null,
      enumValues: ['NONE', 'SNAPPY', 'LZ4'],
      recognized: true,
    });
    expect(parseEnumValues('可选值：{AT_LEAST_ONCE|EXACTLY_ONCE}')).toEqual(['AT_LEAST_ONCE', 'EXACTLY_ONCE']);
  });

  it('reads enum values from a description (Flink 2.x lists, plain lists), and only after the label', () => {
    expect(
      enumValuesInDescription(
        'Mode.\nPossible values:\n"LATENCY": Optimize for latency, e.g. small.\n"THROUGHPUT": Optimize for throughput.',
      ),
    ).toEqual(['LATENCY', 'THROUGHPUT']);
    expect(enumValuesInDescription('Possible values: EXACTLY_ONCE, AT_LEAST_ONCE. Use the first for x.')).toEqual([
      'EXACTLY_ONCE',
      'AT_LEAST_ONCE',
    ]);
    expect(enumValuesInDescription('可选值：hashmap、rocksdb')).toEqual(['hashmap', 'rocksdb']);
    expect(enumValuesInDescription('The mode (fast or slow) of the thing.')).toEqual([]);
  });

  it('does not guess an unknown type', () => {
    expect(normalizeType('Widget')).toEqual({ baseType: 'Unknown', elementType: null, enumValues: [], recognized: false });
    expect(normalizeType('List<Widget>').recognized).toBe(false);
    expect(normalizeType('String or Integer').recognized).toBe(false);
    // Only Enum and Map take Java's generic arguments.
    for (const raw of ['Integer<Long>', 'Duration<ms>', 'Enum<Map<A>>', 'Optional<String>'])
      expect(normalizeType(raw).recognized, raw).toBe(false);
  });
});

describe('inferType (notes without a Type column)', () => {
  it.each([
    ['true', 'Boolean'],
    ['FALSE', 'Boolean'],
    ['4096', 'Integer'],
    ['9999999999', 'Long'],
    ['0.7', 'Double'],
    ['20 kb', 'MemorySize'],
    ['64mb', 'MemorySize'],
    ['10 s', 'Duration'],
    ['10min', 'Duration'],
    ['"hashmap"', 'String'],
    ['hdfs:///flink/checkpoints', 'String'],
    ['/tmp', 'String'],
    ['5 m', 'Unknown'],
    ['4 * 1024', 'Unknown'],
    ['rocksdb', 'Unknown'],
  ])('%s → %s', (text, type) => expect(inferType(text)).toBe(type));
  it('no default, no type', () => expect(inferType(null)).toBe('Unknown'));
});
