/**
 * The registry of a content folder, read back from the cache kept between
 * runs when nothing it depends on changed (registry-key.ts), else built and
 * kept (registry-store.ts). The site's loaders and the CLI both build through
 * it, so a second `npm run build`, `astro dev` or `confref check` of unchanged
 * notes parses nothing. `CONFREF_PERSISTENT_CACHE=0` turns it off.
 *
 * The parser and what it imports are loaded only on a miss: a warm CLI call
 * reads the files, hashes them and reads JSON.
 */
import { config } from '../config/env.ts';
import type { BuildResult } from '../registry/build.ts';
import type { SourceNote } from '../registry/note.ts';
import type { BuildSnapshot } from '../registry/snapshot.ts';
import { registryKey } from './registry-key.ts';
import { BUILD_ENTRY, BuildStore, defaultCacheDir, VERSIONS_ENTRY, type VersionsEntry } from './registry-store.ts';
import { projectRoot, sourceFingerprint } from './source-fingerprint.ts';

/** The store of a content folder's cached build for these notes and settings; null when the cache is off. */
export function openBuildStore(dir: string, sources: readonly SourceNote[]): BuildStore | null {
  const settings = config();
  if (!settings.persistentCache) return null;
  const key = registryKey({
    sources,
    settings: {
      currentVersion: settings.currentVersion,
      budgetMs: settings.parseThreads === 0 ? null : (settings.parseBudgetMs ?? -1),
    },
    code: sourceFingerprint(settings.root ?? projectRoot),
  });
  return new BuildStore(settings.cacheDir ?? defaultCacheDir(settings.root ?? projectRoot), dir, key);
}

/**
 * The build of `sources`: from `store` unless `fresh` (`--no-cache`) or it holds none, else `build(sources)`, which is
 * then kept in `store` with the versions a warm search reads.
 */
export async function buildThroughStore(
  store: BuildStore | null,
  sources: readonly SourceNote[],
  { fresh, build }: { fresh: boolean; build: (sources: readonly SourceNote[]) => Promise<BuildResult> },
): Promise<BuildResult> {
  const snapshot = fresh ? undefined : store?.read<BuildSnapshot>(BUILD_ENTRY);
  if (snapshot) return (await import('../registry/snapshot.ts')).resultOf(snapshot);
  const result = await build(sources);
  if (store) {
    const { snapshotOf } = await import('../registry/snapshot.ts');
    store.write(BUILD_ENTRY, snapshotOf(result));
    store.write(VERSIONS_ENTRY, { versions: result.registry.versions, current: result.registry.current } satisfies VersionsEntry);
  }
  return result;
}
