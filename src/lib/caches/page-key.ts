/**
 * The key of the site's pages in Astro's incremental build (astro.config.mjs
 * `experimental.incrementalBuild`): a page whose route returns the same key as
 * in the last build, and whose code Astro finds unchanged (it hashes each
 * route's module graph), is copied from that build's output instead of being
 * rendered again. Pure.
 *
 * One key for every page, from everything the site's data depends on, since a
 * page shows more than its own option (the sidebar lists every group and note,
 * descriptions link other options, the history spans every version):
 *
 * - the content: every file's path and bytes (the loaders' digest);
 * - the settings that change what is built (the site's address and base,
 *   the current version, the parse budget…), not those that only change how
 *   (the output folder, concurrency, the heap, the cache folder);
 * - confref's code, every file of src/, public/ and scripts/ and the config
 *   files (source-fingerprint.ts): the loaders and the library run in the
 *   content layer, which Astro's hash of the pages' modules does not cover,
 *   and a copied page links the build's shared CSS and JS, whose names any
 *   route's code can change. By contents, so that another checkout of the
 *   same code finds the pages a cache kept;
 * - the Node version.
 *
 * So any note edit renders every page again (with the code cache warm); an
 * unchanged site is copied.
 */
import { createHash } from 'node:crypto';
import { z } from 'zod';
import type { Config } from '../config/env.ts';

/** The content collection entry that carries the key to the pages (src/loaders/registry.ts, lib/site/data.ts). */
export const PageKeySchema = z.object({ key: z.string() });
export const PAGE_KEY_ENTRY = 'pages';

/** Bumped when what a page is made from changes in a way the parts below do not show. */
export const PAGE_KEY_FORMAT = 1;

/** The settings that only change how a build runs or where it writes, not what it writes. */
const HOW_NOT_WHAT = new Set<keyof Config>(['content', 'outDir', 'buildConcurrency', 'heapGrowth', 'cacheDir', 'root', 'pageCache']);

/** `runtime`: the Node version, whose ICU data shapes text (segmenting, sorting). */
export function pageKey({
  contentDigest,
  settings,
  code,
  runtime,
}: {
  contentDigest: string;
  settings: Config;
  code: string;
  runtime: string;
}): string {
  const what = Object.fromEntries(Object.entries(settings).filter(([name]) => !HOW_NOT_WHAT.has(name as keyof Config)));
  return createHash('sha256')
    .update(`confref pages ${PAGE_KEY_FORMAT}\0${contentDigest}\0${JSON.stringify(what)}\0${code}\0${runtime}`)
    .digest('hex');
}

/**
 * Whether Astro's manifest of the last build (`incremental-build.json`, its text) lists a page under another key
 * than `key`. Astro writes its copy of each page as it renders it, and the manifest only when the build ends: after
 * a build with another key stopped half-way, the manifest of the build before would still match that build's key and
 * copy the stopped build's pages. Such a manifest is deleted before the pages are rendered (src/loaders/registry.ts);
 * with another key every page is rendered anyway.
 */
export function manifestHasOtherKey(manifest: string, key: string): boolean {
  let parsed: unknown;
  try {
    parsed = JSON.parse(manifest);
  } catch {
    return true;
  }
  const routes = (parsed as { routes?: Record<string, { paths?: Record<string, { cacheKey?: unknown }> }> }).routes ?? {};
  return Object.values(routes).some((route) => Object.values(route.paths ?? {}).some((path) => path.cacheKey !== key));
}
