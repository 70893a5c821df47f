import { describe, expect, it } from 'vitest';
import { DEFAULT_HEAP_GROWTH, heapGrowthFrom, limitHeapGrowth } from '../../src/lib/runtime/heap-growth.ts';

describe('heap growth of builds (CONFREF_HEAP_GROWTH)', () => {
  it('is twice the live data unless told otherwise', () => {
    expect(DEFAULT_HEAP_GROWTH).toBe(100);
    expect(heapGrowthFrom(undefined)).toBe(100);
    expect(heapGrowthFrom('')).toBe(100);
    expect(heapGrowthFrom('50')).toBe(50);
  });

  it("leaves V8's default for 0 and for anything that is not a whole percent up to 1000", () => {
    for (const value of ['0', '-5', '1.5', 'abc', '1e9', '2000']) expect(heapGrowthFrom(value)).toBeNull();
  });

  it('sets the V8 flag once, or not at all', () => {
    const set: string[] = [];
    expect(limitHeapGrowth({}, (flags) => set.push(flags))).toBe(100);
    expect(limitHeapGrowth({ CONFREF_HEAP_GROWTH: '30' }, (flags) => set.push(flags))).toBe(30);
    expect(limitHeapGrowth({ CONFREF_HEAP_GROWTH: '0' }, (flags) => set.push(flags))).toBeNull();
    expect(set).toEqual(['--heap-growing-percent=100', '--heap-growing-percent=30']);
  });
});
