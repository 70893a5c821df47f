/**
 * Peak memory of builds, the part outside V8. Vite 8 bundles with rolldown,
 * whose native code allocates with mimalloc. mimalloc backs its arena with
 * transparent huge pages where the kernel allows them (`madvise`, Debian's
 * default) and gives freed pages back to the system only after a delay. On the
 * Flink 1.11.3 + 1.20 + 2.1 + seed site the arena kept about 350 MiB resident
 * through the whole page generation, long after bundling had finished, most of
 * it 2 MiB pages barely used (figures in docs/benchmarks.md).
 *
 * mimalloc reads its options from the environment when rolldown's binary is
 * loaded, before any of the project's code runs, so they are set on the
 * process that runs Astro: `npm run build` and `npm run dev` go through
 * `scripts/astro.ts`, and the tests and benchmarks build with the same
 * environment. A value the user set is kept.
 */

/** mimalloc's options: no transparent huge pages, freed memory returned at once. */
export const ALLOCATOR_ENV: Readonly<Record<string, string>> = {
  MIMALLOC_ALLOW_THP: '0',
  MIMALLOC_PURGE_DELAY: '0',
};

/** `env` with the allocator options added where it does not set them. */
export function withAllocatorEnv(env: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  return { ...ALLOCATOR_ENV, ...env };
}
