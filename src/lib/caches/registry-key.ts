/**
 * The key of the cached registry (registry-cache.ts): a hash of everything the registry,
 * its diagnostics and its search indexes depend on. Pure.
 *
 * - every file of the content folder: its path, and a note's bytes (the
 *   glossary and rename notes are notes too); an asset's path alone, as the
 *   registry sees it (read-content.ts);
 * - the settings that change the build: the current version
 *   (`CONFREF_CURRENT_VERSION`) and the parse budget, which decides which
 *   notes are `too-complex` (none without worker threads);
 * - the code that builds it: the cache format below, confref's version and a
 *   fingerprint of its sources and installed packages (source-fingerprint.ts).
 */
import { createHash } from 'node:crypto';
import type { SourceNote } from '../registry/note.ts';

/**
 * Bumped when what an entry holds changes shape (registry-store.ts, the registry's
 * snapshot.ts, the search bundle). An entry is trusted without re-validating
 * it against the zod schema: it was written by the same code (this format,
 * confref's version and the fingerprint of its sources are in the key) from a
 * registry that code built, and its checksum proves it is the bytes written.
 * Validating would cost more than the warm call it is there to speed up.
 */
export const CACHE_FORMAT = 1;

export interface KeySettings {
  currentVersion: string | undefined;
  /** The base parse budget in ms (`CONFREF_PARSE_BUDGET_MS`; -1 for the default), or null when notes are parsed without one (no worker threads). */
  budgetMs: number | null;
}

export interface KeyParts {
  sources: readonly SourceNote[];
  settings: KeySettings;
  /** confref's version and the fingerprint of its code (source-fingerprint.ts). */
  code: string;
}

export function registryKey({ sources, settings, code }: KeyParts): string {
  const hash = createHash('sha256');
  hash.update(`confref registry cache ${CACHE_FORMAT}\0${code}\0${JSON.stringify(settings)}\0${sources.length}\0`);
  for (const { path, contents } of sources) {
    const bytes = typeof contents === 'string' ? Buffer.from(contents) : contents;
    hash.update(`${path}\0${bytes.length}\0`);
    hash.update(bytes);
  }
  return hash.digest('hex');
}
