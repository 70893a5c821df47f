/**
 * Every `CONFREF_*` environment variable, read and checked in one place.
 * The site's build (astro.config.mjs, the content loaders, the pages), the
 * `confref` command and the benchmarks all take their settings from
 * `readConfig`; nothing else reads `process.env` for them. A value that does
 * not fit is an error naming the variable, what it holds and what it takes,
 * never a silent fallback. docs/configuration.md documents the same list
 * (tests/unit/config.test.ts keeps the two in step).
 */
import { z } from 'zod';

/** The heap may grow to twice its live data between full collections (lib/runtime/heap-growth.ts). */
export const DEFAULT_HEAP_GROWTH = 100;

/** An unset or empty variable means "the default". */
const unset = (value: string | undefined): value is undefined | '' => value === undefined || value.trim() === '';

const wholeNumber = (min: number, max = Number.MAX_SAFE_INTEGER) =>
  z
    .string()
    .trim()
    .regex(/^\d+$/, `a whole number from ${min} to ${max}`)
    .transform(Number)
    .pipe(z.number().min(min, `a whole number from ${min} to ${max}`).max(max, `a whole number from ${min} to ${max}`));

/** Each variable: its schema over the raw string (when set and not empty), and what it means, for errors and docs. */
export const CONFIG_VARIABLES = {
  CONFREF_CONTENT: {
    schema: z.string(),
    meaning: 'The content folder: notes, imported references, assets.',
    default: './content',
  },
  CONFREF_BASE: {
    schema: z
      .string()
      .trim()
      .regex(/^\/[^\s?#]*$/, 'a path starting with /, such as /wiki/flink/'),
    meaning: 'The path the site is served under.',
    default: '/',
  },
  CONFREF_SITE: {
    schema: z
      .string()
      .trim()
      .regex(/^https?:\/\/[^/\s]+(?:\/\S*)?$/, 'an http(s) address, such as https://wiki.example.com'),
    meaning: "The site's address: makes oEmbed, the JSON API's urls and copied tables absolute, and gives the site a sitemap.",
    default: '(none: links are root-relative)',
  },
  CONFREF_OUT_DIR: {
    schema: z.string(),
    meaning: 'Where `astro build` writes the site.',
    default: './dist',
  },
  CONFREF_CURRENT_VERSION: {
    schema: z
      .string()
      .trim()
      .regex(/^[\w][\w.+-]*$/, 'a version as the content names it, such as 2.1 or 1.20.0'),
    meaning: 'The current version: shown at the plain paths; unversioned notes annotate it.',
    default: '(the newest version with an upstream reference, else the unversioned notes)',
  },
  CONFREF_BUILD_CONCURRENCY: {
    schema: wholeNumber(1, 64),
    meaning: 'Pages rendered at a time during the build.',
    default: '6',
  },
  CONFREF_CODE_CACHE: {
    schema: z.enum(['0', '1'], 'either 0 (off) or 1 (on)').transform((value) => value === '1'),
    meaning: 'The build caches of src/lib/caches/ (0 renders every code block, tab set and sidebar afresh; the output is the same).',
    default: '1',
  },
  CONFREF_PERSISTENT_CACHE: {
    schema: z.enum(['0', '1'], 'either 0 (off) or 1 (on)').transform((value) => value === '1'),
    meaning:
      "Keeping highlighted code between builds, and the confref command's registries between runs, in node_modules/.cache/confref/ (0 makes each afresh; the output is the same).",
    default: '1',
  },
  CONFREF_PAGE_CACHE: {
    schema: z.enum(['0', '1'], 'either 0 (off) or 1 (on)').transform((value) => value === '1'),
    meaning:
      "Copying an unchanged site's pages from the last build (Astro's incremental build, in node_modules/.astro/; 0 renders every page; the output is the same). Off with CONFREF_CODE_CACHE=0 or CONFREF_PERSISTENT_CACHE=0 too.",
    default: '1',
  },
  CONFREF_CACHE_DIR: {
    schema: z.string(),
    meaning: "Where the site's build and the confref command keep registries and search indexes between runs.",
    default: '(node_modules/.cache/confref/registry in the project)',
  },
  CONFREF_PARSE_THREADS: {
    schema: wholeNumber(0, 256),
    meaning: 'Worker threads that parse notes; 0 parses in the main thread, without time budgets.',
    default: '(the number of CPUs, at most 4)',
  },
  CONFREF_PARSE_BUDGET_MS: {
    schema: wholeNumber(1),
    meaning: "A note's base parse budget in milliseconds (plus as much again per MiB); a note over it is a too-complex diagnostic.",
    default: '20000',
  },
  CONFREF_HEAP_GROWTH: {
    schema: wholeNumber(0, 1000),
    meaning: "How far V8's heap may grow between full collections, in percent of live data; 0 leaves V8's default.",
    default: '100',
  },
  CONFREF_ROOT: {
    schema: z.string(),
    meaning: 'The project folder, for build steps that read sources outside Vite (set by astro.config.mjs; not for users).',
    default: '(the folder of astro.config.mjs)',
  },
} as const;

export type ConfigVariable = keyof typeof CONFIG_VARIABLES;

/** The settings, typed: `undefined` where the variable is unset and the default belongs to the module that uses it. */
export interface Config {
  content: string;
  base: string;
  site: string | undefined;
  outDir: string;
  currentVersion: string | undefined;
  buildConcurrency: number;
  codeCache: boolean;
  /** The code cache kept on disk between builds (lib/caches/code-store.ts); off with the code cache too. */
  persistentCache: boolean;
  /** Astro's incremental build of the site's pages (lib/caches/page-key.ts); off with either cache above too. */
  pageCache: boolean;
  /** The CLI's registry cache (scripts/cache/); undefined: the project's node_modules/.cache/confref/registry. */
  cacheDir: string | undefined;
  parseThreads: number | undefined;
  parseBudgetMs: number | undefined;
  /** Percent, or null for V8's default. */
  heapGrowth: number | null;
  root: string | undefined;
}

export class ConfigError extends Error {
  override name = 'ConfigError';
}

/** Reads and checks every `CONFREF_*` variable; throws a ConfigError listing each one that does not fit. */
export function readConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const problems: string[] = [];
  function read<K extends ConfigVariable>(name: K): z.output<(typeof CONFIG_VARIABLES)[K]['schema']> | undefined {
    const raw = env[name];
    if (unset(raw)) return undefined;
    const parsed = CONFIG_VARIABLES[name].schema.safeParse(raw);
    if (parsed.success) return parsed.data as z.output<(typeof CONFIG_VARIABLES)[K]['schema']>;
    problems.push(
      `${name}=${JSON.stringify(raw)}: expected ${parsed.error.issues[0]?.message ?? 'another value'}. ${CONFIG_VARIABLES[name].meaning}`,
    );
    return undefined;
  }
  const heapGrowth = read('CONFREF_HEAP_GROWTH');
  const config: Config = {
    content: read('CONFREF_CONTENT') ?? 'content',
    base: read('CONFREF_BASE') ?? '/',
    site: read('CONFREF_SITE'),
    outDir: read('CONFREF_OUT_DIR') ?? './dist',
    currentVersion: read('CONFREF_CURRENT_VERSION'),
    buildConcurrency: read('CONFREF_BUILD_CONCURRENCY') ?? 6,
    codeCache: read('CONFREF_CODE_CACHE') ?? true,
    persistentCache: read('CONFREF_PERSISTENT_CACHE') ?? true,
    pageCache: read('CONFREF_PAGE_CACHE') ?? true,
    cacheDir: read('CONFREF_CACHE_DIR'),
    parseThreads: read('CONFREF_PARSE_THREADS'),
    parseBudgetMs: read('CONFREF_PARSE_BUDGET_MS'),
    heapGrowth: heapGrowth === undefined ? DEFAULT_HEAP_GROWTH : heapGrowth === 0 ? null : heapGrowth,
    root: read('CONFREF_ROOT'),
  };
  if (problems.length > 0)
    throw new ConfigError(`confref: ${problems.length === 1 ? 'a setting does' : 'settings do'} not fit:\n  ${problems.join('\n  ')}`);
  return config;
}

let current: Config | undefined;

/** This process's configuration, read from its environment once. */
export function config(): Config {
  return (current ??= readConfig());
}
