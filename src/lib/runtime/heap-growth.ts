/**
 * Peak memory of builds. Between two full collections V8 lets the heap grow to
 * up to 4× what was alive after the last one. confref keeps little alive but
 * allocates a great deal, so by default the heap grew to several times its
 * live data; a factor of 2 keeps large builds far lower in about the same
 * time (figures in docs/benchmarks.md). Only when the collector runs changes,
 * not what it may keep: an input that needs a large heap still gets it. V8
 * reads the factor at each collection, so setting it once the process runs is
 * enough (the site's astro.config.mjs and the `confref` command both do,
 * before any work).
 *
 * `CONFREF_HEAP_GROWTH=0` leaves V8's default; another whole number is the growth in percent (lib/config/env.ts).
 */
import v8 from 'node:v8';
import { config } from '../config/env.ts';

/** Sets V8's heap growth factor (CONFREF_HEAP_GROWTH, in percent; null leaves V8's default); returns the percent set. */
export function limitHeapGrowth(
  percent: number | null = config().heapGrowth,
  setFlags: (flags: string) => void = v8.setFlagsFromString,
): number | null {
  if (percent !== null) setFlags(`--heap-growing-percent=${percent}`);
  return percent;
}
