/**
 * Astro content-layer loaders fed by the registry: `options` (one entry per
 * option and version) and `notes`. Both read one shared build, rebuilt when a
 * note changes (the dev server's watcher), and print the registry's
 * diagnostics into the dev/build log with file:line:col. A build's registry
 * is read from the cache kept between runs when no note changed
 * (lib/caches/registry-cache.ts, shared with the CLI). `astro dev` parses
 * its notes itself, so that an edit re-parses only the note that changed.
 */
import { createHash } from 'node:crypto';
import { readFileSync, rmSync } from 'node:fs';
import { relative, resolve, sep } from 'node:path';
import type { Loader, LoaderContext } from 'astro/loaders';
import {
  buildRegistryFrom,
  parseOptionsFrom,
  type ParseCache,
  GlossaryTermSchema,
  RenameSchema,
  NoteSchema,
  OptionSchema,
  readContent,
  toDiagnostics,
  type BuildResult,
} from '../lib/registry/index.ts';
import { optionEntryId } from '../lib/urls/slugs.ts';
import { resolveSiteLinks } from '../lib/urls/site-links.ts';
import type { Option } from '../lib/registry/schema.ts';
import type { SourceNote } from '../lib/registry/note.ts';
import { buildThroughStore, openBuildStore } from '../lib/caches/registry-cache.ts';
import { isLocale } from '../lib/locale/locales.ts';
import { devBridge } from '../lib/dev/bridge.ts';
import { config } from '../lib/config/env.ts';
import { manifestHasOtherKey, PAGE_KEY_ENTRY, pageKey, PageKeySchema } from '../lib/caches/page-key.ts';
import { projectRoot, SITE_SOURCES, sourceFingerprint } from '../lib/caches/source-fingerprint.ts';

/** The content folder: $CONFREF_CONTENT, else ./content. */
export function contentDir(): string {
  return resolve(config().content);
}

let cached: { digest: string; build: Promise<{ result: BuildResult; ms: number }>; reported: boolean } | undefined;
let cachedPageKey: { digest: string; key: string } | undefined;
const parseCache: ParseCache = new Map();

/**
 * Builds the registry, reusing the last build while no note changed. The four
 * loaders ask at once: they share one build (the promise is kept), and the
 * first to ask reports its diagnostics.
 */
async function currentBuild(dir: string, keep: boolean): Promise<{ result: BuildResult; fresh: boolean; ms: number; digest: string }> {
  const sources = await readContent(dir);
  const hash = createHash('sha256');
  for (const source of sources) hash.update(source.path).update('\0').update(source.contents).update('\0');
  const digest = hash.digest('hex');
  if (cached?.digest !== digest) {
    const start = performance.now();
    const parse = (notes: readonly SourceNote[]) => buildRegistryFrom(notes, parseOptionsFrom(), parseCache);
    const build = (keep ? buildThroughStore(openBuildStore(dir, sources), sources, { fresh: false, build: parse }) : parse(sources)).then(
      (result) => ({
        result,
        ms: performance.now() - start,
      }),
    );
    cached = { digest, build, reported: false };
  }
  const current = cached;
  const fresh = !current.reported;
  current.reported = true;
  const { result, ms } = await current.build;
  return { result, fresh, ms, digest };
}

function logDiagnostics(context: LoaderContext, dir: string, result: BuildResult, ms: number): void {
  const prefix = relative(process.cwd(), dir) || '.';
  for (const d of toDiagnostics(result.files)) {
    const line = `${prefix}/${d.file}:${d.line}:${d.column} ${d.severity} ${d.message} [${d.rule}]`;
    if (d.severity === 'error') context.logger.error(line);
    else if (d.severity === 'warning') context.logger.warn(line);
    else context.logger.info(line);
  }
  const { stats } = result;
  context.logger.info(`${stats.options} options from ${stats.notes} notes in ${prefix}/ (registry built in ${Math.round(ms)} ms)`);
}

function watch(context: LoaderContext, dir: string, reload: () => Promise<void>): void {
  if (!context.watcher) return;
  context.watcher.add(dir);
  const onChange = (path: string): void => {
    if (resolve(path).startsWith(`${dir}${sep}`) && /\.md$/i.test(path)) void reload();
  };
  context.watcher.on('change', onChange);
  context.watcher.on('add', onChange);
  context.watcher.on('unlink', onChange);
}

function registryLoader(
  name: string,
  fill: (context: LoaderContext, result: BuildResult, digest: string) => void,
  schema: typeof OptionSchema | typeof NoteSchema | typeof GlossaryTermSchema | typeof RenameSchema | typeof PageKeySchema,
): Loader {
  return {
    name: `confref-${name}`,
    schema,
    async load(context) {
      const dir = contentDir();
      const run = async (changed = false): Promise<void> => {
        // A build (no watcher) reads and keeps the registry cache; the dev server keeps its parsed notes instead.
        const { result, fresh, ms, digest } = await currentBuild(dir, !context.watcher);
        if (fresh) logDiagnostics(context, dir, result, ms);
        context.store.clear();
        fill(context, result, digest);
        if (changed && fresh) {
          const bridge = devBridge();
          bridge.registry = result.registry;
          bridge.reload?.();
        }
      };
      await run();
      watch(context, dir, () => run(true));
    },
  };
}

export const optionsLoader = (): Loader =>
  registryLoader(
    'options',
    ({ store }, { registry }) => {
      const base = config().base;
      for (const option of registry.options) store.set({ id: optionEntryId(option), data: withSiteUrls(option, base) });
    },
    OptionSchema,
  );

/**
 * An option whose descriptions' site links (notes and images a description
 * links to: registry/links.ts) are the site's URLs, once for every page,
 * embed and API file that shows them. A note link goes to the note's page in
 * the description's language.
 */
function withSiteUrls(option: Option, base: string): Option {
  const descriptions: Option['descriptions'] = {};
  // In the registry's order of locales, which the JSON API keeps.
  for (const locale of Object.keys(option.descriptions).filter(isLocale)) {
    const description = option.descriptions[locale];
    if (description) descriptions[locale] = { ...description, html: resolveSiteLinks(description.html, base, locale) };
  }
  const definitions = option.definitions.map((definition) =>
    definition.description
      ? {
          ...definition,
          description: { ...definition.description, html: resolveSiteLinks(definition.description.html, base, definition.locale) },
        }
      : definition,
  );
  return { ...option, descriptions, definitions };
}

export const glossaryLoader = (): Loader =>
  registryLoader(
    'glossary',
    ({ store }, { registry }) => {
      registry.glossary.forEach((term, index) => store.set({ id: `${String(index).padStart(5, '0')}-${term.en}`, data: term }));
    },
    GlossaryTermSchema,
  );

export const renamesLoader = (): Loader =>
  registryLoader(
    'renames',
    ({ store }, { registry }) => {
      registry.renames.forEach((rename, index) => store.set({ id: `${String(index).padStart(5, '0')}-${rename.from}`, data: rename }));
    },
    RenameSchema,
  );

export const notesLoader = (): Loader =>
  registryLoader(
    'notes',
    ({ store }, { registry }) => {
      for (const note of registry.notes) store.set({ id: `${note.locale}/${note.version ?? 'current'}/${note.id}`, data: note });
    },
    NoteSchema,
  );

/** The key of every page in Astro's incremental build (lib/caches/page-key.ts), one entry `pages`, made once per content. */
export const pageKeyLoader = (): Loader =>
  registryLoader(
    'page-key',
    (context, _result, digest) => {
      if (cachedPageKey?.digest !== digest) {
        const settings = config();
        const code = sourceFingerprint(settings.root ?? projectRoot, SITE_SOURCES);
        cachedPageKey = { digest, key: pageKey({ contentDigest: digest, settings, code, runtime: process.version }) };
        // A build (no watcher) with the page cache on: Astro's manifest of the last build must not outlive another key.
        if (!context.watcher && context.config.experimental.incrementalBuild)
          dropManifestOfOtherKey(context.config.cacheDir, cachedPageKey.key);
      }
      context.store.set({ id: PAGE_KEY_ENTRY, data: { key: cachedPageKey.key } });
    },
    PageKeySchema,
  );

/** Deletes Astro's incremental-build manifest when it lists a page under another key (lib/caches/page-key.ts). */
function dropManifestOfOtherKey(cacheDir: URL, key: string): void {
  const manifest = new URL('incremental-build.json', cacheDir);
  let text: string;
  try {
    text = readFileSync(manifest, 'utf8');
  } catch {
    return;
  }
  if (manifestHasOtherKey(text, key)) rmSync(manifest, { force: true });
}
