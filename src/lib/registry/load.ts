/**
 * The I/O edge: reads every Markdown note under a content folder and lists its
 * other files as targets of the notes' links and images (read-content.ts), and
 * builds the registry, parsing the notes in worker threads, each within its
 * budget (parse-pool.ts).
 */
import {
  assembleRegistry,
  cacheKey,
  parseAll,
  pathsOf,
  sortSources,
  type BuildResult,
  type ParseCache,
  type RegistrySettings,
} from './build.ts';
import { parseNoteSafely } from './fallback.ts';
import type { ParsedNote, SourceNote } from './note.ts';
import { DEFAULT_BUDGET, defaultThreads, parseInWorkers, WorkersUnavailable, type ParseBudget } from './parse-pool.ts';
import { readContent } from './read-content.ts';
import { config, type Config } from '../config/env.ts';

export { readContent };

export interface ParseOptions extends RegistrySettings {
  /** Worker threads to parse on; 0 parses in this thread, without a budget. */
  threads: number;
  budget: ParseBudget;
  /** How long an idle parse worker is kept (parse-pool's DEFAULT_IDLE_MS when unset). */
  idleMs?: number;
}

/**
 * Build settings from the configuration: CONFREF_PARSE_THREADS,
 * CONFREF_PARSE_BUDGET_MS and CONFREF_CURRENT_VERSION (lib/config/env.ts).
 */
export function parseOptionsFrom(settings: Pick<Config, 'parseThreads' | 'parseBudgetMs' | 'currentVersion'> = config()): ParseOptions {
  return {
    threads: settings.parseThreads ?? defaultThreads(),
    budget: settings.parseBudgetMs === undefined ? DEFAULT_BUDGET : { ...DEFAULT_BUDGET, baseMs: settings.parseBudgetMs },
    currentVersion: settings.currentVersion,
  };
}

/**
 * Notes → registry with the notes parsed in worker threads (where workers can
 * start; else in this thread). The same registry as `buildRegistry`, except
 * that a note over its budget is a `too-complex` fallback.
 */
export async function buildRegistryFrom(
  sources: readonly SourceNote[],
  options: ParseOptions = parseOptionsFrom(),
  cache?: ParseCache,
): Promise<BuildResult> {
  const ordered = sortSources(sources);
  const missing = cache ? ordered.filter((source) => !cache.has(cacheKey(source))) : ordered;
  let parsed: ParsedNote[];
  if (options.threads === 0) parsed = missing.map(parseNoteSafely);
  else {
    try {
      parsed = await parseInWorkers(missing, options);
    } catch (error) {
      if (!(error instanceof WorkersUnavailable)) throw error;
      process.emitWarning(`confref: parsing in this thread, without a time budget (no worker thread could start: ${error.message})`);
      parsed = missing.map(parseNoteSafely);
    }
  }
  const fresh = new Map(missing.map((source, index) => [source, parsed[index]!]));
  return assembleRegistry(
    parseAll(ordered, cache, (source) => fresh.get(source) ?? parseNoteSafely(source)),
    pathsOf(sources),
    options,
  );
}

export async function loadRegistry(dir: string, options?: ParseOptions): Promise<BuildResult> {
  return buildRegistryFrom(await readContent(dir), options);
}
