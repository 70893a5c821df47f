import { describe, expect, it } from 'vitest';
import { classifyHeader, looksLikeKey, roleOfHeader } from '../../src/lib/registry/columns.ts';

describe('option table headers', () => {
  it.each([
    ['Key', 'key'],
    ['Name', 'key'],
    ['Property Name', 'key'],
    ['Option', 'key'],
    ['键', 'key'],
    ['配置项', 'key'],
    ['参数', 'key'],
    ['配置名称', 'key'],
    ['参数项', 'key'],
    ['参数名', 'key'],
    ['**Key**', 'key'],
    ['KEY', 'key'],
    ['Default', 'default'],
    ['Default Value', 'default'],
    ['默认值', 'default'],
    ['Type', 'type'],
    ['数据类型', 'type'],
    ['类型', 'type'],
    ['Description', 'description'],
    ['Meaning', 'description'],
    ['描述', 'description'],
    ['说明', 'description'],
    ['含义', 'description'],
    ['Since', 'since'],
    ['Since Version', 'since'],
    ['版本', 'since'],
    ['Deprecated Keys', 'deprecatedKeys'],
    ['Required', 'required'],
    ['是否必填', 'required'],
  ])('%s is the %s column', (header, role) => expect(roleOfHeader(header)).toBe(role));

  it.each([
    ['配置项 (key)', 'key'],
    ['默认值（Default）', 'default'],
    ['Default (Flink)', 'default'],
    ['Type [Java]', 'type'],
    ['说明【中文】', 'description'],
    ['Key / 配置项', 'key'],
    ['默认值｜Default', 'default'],
  ])('%s, a name with a qualifier or in two languages, is the %s column', (header, role) => expect(roleOfHeader(header)).toBe(role));

  it('a qualifier or a second name makes no column of an unknown one, and two halves must agree', () => {
    expect([roleOfHeader('Our value (prod)'), roleOfHeader('(Flink)'), roleOfHeader('Key / Default')]).toEqual([
      undefined,
      undefined,
      undefined,
    ]);
    expect(classifyHeader(['配置项 (key)', '说明'])?.certain).toBe(true);
    // Two default columns: the first is the default, the second kept as an extra column.
    expect(classifyHeader(['Key', 'Default (Flink)', 'Default (ours)'])?.columns).toMatchObject({
      roles: { key: 0, default: 1 },
      extra: new Map([[2, 'Default (ours)']]),
    });
  });

  it('finds columns in any order', () => {
    expect(classifyHeader(['描述', '默认值', '键', '数据类型'])?.columns.roles).toEqual({ description: 0, default: 1, key: 2, type: 3 });
  });
  it('a key/description table is an option table; a weak key header needs key-like rows', () => {
    expect(classifyHeader(['Key', 'Description'])?.certain).toBe(true);
    expect(classifyHeader(['Name', 'Description'])?.certain).toBe(false);
  });
  it('other tables are prose', () => {
    expect(classifyHeader(['English', '中文'])).toBeUndefined();
    expect(classifyHeader(['Key', 'Value'])).toBeUndefined();
  });
  it('keeps unknown columns as extra', () => {
    expect([...classifyHeader(['Key', 'Default', 'Example'])!.columns.extra]).toEqual([[2, 'Example']]);
  });
  it('option keys look like keys', () => {
    for (const key of ['state.backend', 'metrics.reporter.<name>.class', 'high-availability', 'pipeline.jars'])
      expect(looksLikeKey(key), key).toBe(true);
    for (const text of ['Checkpointing', 'two words', '']) expect(looksLikeKey(text), text).toBe(false);
  });
  it('and fit the key grammar', () => {
    for (const key of ['external-resource.<resource_name>.param.<param>', 'partition.fields.#.date-formatter', 'a_b.c'])
      expect(looksLikeKey(key), key).toBe(true);
    for (const text of ['a..b', 'a."b"', 'a/b.c', '__proto__.x', 'a.\u200bb', 'x.*.y', 'Alice Smith', '张三.李四'])
      expect(looksLikeKey(text), text).toBe(false);
  });
});
