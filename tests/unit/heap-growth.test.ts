import { describe, expect, it } from 'vitest';
import { DEFAULT_HEAP_GROWTH, readConfig } from '../../src/lib/config/env.ts';
import { limitHeapGrowth } from '../../src/lib/runtime/heap-growth.ts';

describe('heap growth of builds (CONFREF_HEAP_GROWTH)', () => {
  it('is twice the live data unless told otherwise', () => {
    expect(DEFAULT_HEAP_GROWTH).toBe(100);
    expect(readConfig({}).heapGrowth).toBe(100);
    expect(readConfig({ CONFREF_HEAP_GROWTH: '' }).heapGrowth).toBe(100);
    expect(readConfig({ CONFREF_HEAP_GROWTH: '50' }).heapGrowth).toBe(50);
  });

  it("leaves V8's default for 0, and refuses anything that is not a whole percent up to 1000", () => {
    expect(readConfig({ CONFREF_HEAP_GROWTH: '0' }).heapGrowth).toBeNull();
    for (const value of ['-5', '1.5', 'abc', '1e9', '2000'])
      expect(() => readConfig({ CONFREF_HEAP_GROWTH: value })).toThrow(
        `CONFREF_HEAP_GROWTH=${JSON.stringify(value)}: expected a whole number from 0 to 1000.`,
      );
  });

  it('sets the V8 flag once, or not at all', () => {
    const set: string[] = [];
    expect(limitHeapGrowth(100, (flags) => set.push(flags))).toBe(100);
    expect(limitHeapGrowth(30, (flags) => set.push(flags))).toBe(30);
    expect(limitHeapGrowth(null, (flags) => set.push(flags))).toBeNull();
    expect(set).toEqual(['--heap-growing-percent=100', '--heap-growing-percent=30']);
  });
});
