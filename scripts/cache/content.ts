/**
 * A content folder as the CLI's commands see it: its build, its versions and
 * its search indexes, each read from the cache when the content, the settings
 * and the code are those it was made from (src/lib/caches/registry-key.ts),
 * else built and cached (src/lib/caches/registry-cache.ts).
 * What a cold call builds is written before a command adds to it (`check
 * --against` adds diagnostics), so a warm call prints what a cold one does.
 *
 * The parser, the index builder and what they import are loaded only on a
 * miss: a warm call reads the files, hashes them and reads JSON.
 */
import type { BuildResult } from '../../src/lib/registry/build.ts';
import { readContent } from '../../src/lib/registry/read-content.ts';
import type { Locale } from '../../src/lib/locale/locales.ts';
import { buildThroughStore, openBuildStore } from '../../src/lib/caches/registry-cache.ts';
import { type BuildStore, searchEntry, VERSIONS_ENTRY, type VersionsEntry } from '../../src/lib/caches/registry-store.ts';
import type { SearchBundle } from '../../src/lib/search/bundle.ts';
import type { SourceNote } from '../../src/lib/registry/note.ts';

/** Search results show this much of a description (the site's search shows its own length). */
const EXCERPT_LENGTH = 110;

export interface CacheChoice {
  /** Build afresh, and replace what the cache holds (`--no-cache`). */
  noCache?: boolean;
}

export class CachedContent {
  readonly dir: string;
  readonly #sources: SourceNote[];
  /** Null when the cache is off (`CONFREF_PERSISTENT_CACHE=0`). */
  readonly #store: BuildStore | null;
  readonly #fresh: boolean;
  #build: Promise<BuildResult> | undefined;

  private constructor(dir: string, sources: SourceNote[], store: BuildStore | null, fresh: boolean) {
    this.dir = dir;
    this.#sources = sources;
    this.#store = store;
    this.#fresh = fresh;
  }

  static async open(dir: string, choice: CacheChoice = {}): Promise<CachedContent> {
    const sources = await readContent(dir);
    const store = openBuildStore(dir, sources);
    return new CachedContent(dir, sources, store, store === null || choice.noCache === true);
  }

  #read<T>(entry: string): T | undefined {
    return this.#fresh ? undefined : this.#store?.read<T>(entry);
  }

  /** The registry, one VFile of diagnostics per note, and the counts: as `loadRegistry` returns them. */
  build(): Promise<BuildResult> {
    this.#build ??= this.#load();
    return this.#build;
  }

  #load(): Promise<BuildResult> {
    return buildThroughStore(this.#store, this.#sources, {
      fresh: this.#fresh,
      build: async (sources) => (await import('../../src/lib/registry/load.ts')).buildRegistryFrom(sources),
    });
  }

  /** Every version the content names, and the current one. */
  async versions(): Promise<VersionsEntry> {
    const cached = this.#read<VersionsEntry>(VERSIONS_ENTRY);
    if (cached) return cached;
    const { registry } = await this.build();
    return { versions: registry.versions, current: registry.current };
  }

  /** The search bundle of one locale's documents of a version, as the site publishes it (search/bundle.ts). */
  async searchBundle(locale: Locale, version: string | null): Promise<SearchBundle> {
    const entry = searchEntry(locale, version);
    let bundle = this.#read<SearchBundle>(entry);
    if (!bundle) {
      const { registry } = await this.build();
      const { registrySearchBundle } = await import('../../src/lib/search/registry-bundle.ts');
      bundle = registrySearchBundle(registry, locale, version, registry.current, EXCERPT_LENGTH);
      this.#store?.write(entry, bundle);
    }
    return bundle;
  }
}
