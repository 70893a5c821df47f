/**
 * Where a content folder's cached build is kept (for the site's loaders and the CLI), and reading and writing
 * its entries. One folder per content folder (named by a hash of its absolute
 * path) under `CONFREF_CACHE_DIR`, else the project's
 * `node_modules/.cache/confref/registry/`, beside the build's code store:
 *
 * - `build.json`: the registry, its diagnostics and counts (registry/snapshot.ts);
 * - `versions.json`: the versions and the current one, all a warm search
 *   needs besides its index;
 * - `search.<locale>.<version>.json`: a search bundle (search/bundle.ts), as
 *   the site publishes it, for one locale and version.
 *
 * Every entry holds the key it was made for (keyed-file.ts): when a note
 * changes, the key does, the old entries are misses and the rebuild
 * replaces them, so a folder's entries never outgrow one build. `NODE_DEBUG=confref`
 * logs each hit and miss to stderr.
 */
import { createHash } from 'node:crypto';
import { join, resolve } from 'node:path';
import { debuglog } from 'node:util';
import { readKeyedFile, writeKeyedFile } from './keyed-file.ts';
import type { Registry } from '../registry/schema.ts';
import { projectRoot } from './source-fingerprint.ts';

const log = debuglog('confref');

export function defaultCacheDir(root: string = projectRoot): string {
  return join(root, 'node_modules/.cache/confref/registry');
}

/** What a warm search reads before its index: the registry's versions and current one. */
export type VersionsEntry = Pick<Registry, 'versions' | 'current'>;

export class BuildStore {
  readonly folder: string;
  readonly key: string;

  constructor(cacheDir: string, contentDir: string, key: string) {
    this.folder = join(cacheDir, createHash('sha256').update(resolve(contentDir)).digest('hex').slice(0, 24));
    this.key = key;
  }

  /** An entry's value, parsed; undefined on a miss (absent, another key, damaged). */
  read<T>(name: string): T | undefined {
    const text = readKeyedFile(join(this.folder, name), this.key);
    let value: T | undefined;
    try {
      value = text === undefined ? undefined : (JSON.parse(text) as T);
    } catch {
      value = undefined;
    }
    log('%s %s', value === undefined ? 'miss' : 'hit', name);
    return value;
  }

  write(name: string, value: unknown): void {
    const written = writeKeyedFile(join(this.folder, name), this.key, JSON.stringify(value));
    log('%s %s', written ? 'wrote' : 'could not write', name);
  }
}

export const BUILD_ENTRY = 'build.json';
export const VERSIONS_ENTRY = 'versions.json';

export function searchEntry(locale: string, version: string | null): string {
  return `search.${locale}.${version === null ? 'unversioned' : `v${encodeURIComponent(version)}`}.json`;
}
