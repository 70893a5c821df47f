/**
 * Peak memory of builds. Between two full collections V8 lets the heap grow to
 * up to 4× what was alive after the last one. confref keeps little alive (about
 * 115 MB while building the Flink 2.1 site with the seed) but allocates a great
 * deal, so by default the heap grew to several times its live data: the Flink
 * 2.1 site peaked at 1,137 MiB resident, a 100,000-row table at 1,430 MiB. A
 * factor of 2 keeps them under 900 and 940 MiB in about the same time (`npm run
 * bench`). Only when the collector runs changes, not what it may keep: an input
 * that needs a large heap still gets it. V8 reads the factor at each
 * collection, so setting it once the process runs is enough (the site's
 * astro.config.mjs and the `confref` command both do, before any work).
 *
 * `CONFREF_HEAP_GROWTH=0` leaves V8's default; another whole number is the growth in percent.
 */
import v8 from 'node:v8';

export const DEFAULT_HEAP_GROWTH = 100;

/** The growth in percent that `CONFREF_HEAP_GROWTH` asks for, or null for V8's default. */
export function heapGrowthFrom(value: string | undefined): number | null {
  if (value === undefined || value.trim() === '') return DEFAULT_HEAP_GROWTH;
  const percent = Number(value);
  return Number.isInteger(percent) && percent > 0 && percent <= 1000 ? percent : null;
}

/** Sets V8's heap growth factor from the environment; returns the percent set, or null when left to V8. */
export function limitHeapGrowth(
  env: NodeJS.ProcessEnv = process.env,
  setFlags: (flags: string) => void = v8.setFlagsFromString,
): number | null {
  const percent = heapGrowthFrom(env['CONFREF_HEAP_GROWTH']);
  if (percent !== null) setFlags(`--heap-growing-percent=${percent}`);
  return percent;
}
