/**
 * The registry as the site sees it, read back from the content collections
 * the loaders filled (pages never re-parse notes); in `astro dev`, right
 * after an edit, the registry the loader just rebuilt (see lib/dev/bridge.ts).
 */
import { getCollection } from 'astro:content';
import { isReadableNote, LOCALES, type Note, type Option, type Registry } from '../registry/schema.ts';
import { devBridge } from '../dev/bridge.ts';
import { noteExamplesByKey, type NoteExample } from '../snippets/from-notes.ts';
import { keyHistories, type KeyHistory } from '../versions/history.ts';
import { chooseCurrentVersion, namedVersions } from '../registry/current-version.ts';
import { config } from '../config/env.ts';
import { paths, versionInPath } from '../urls/paths.ts';
import { PAGE_KEY_ENTRY } from '../caches/page-key.ts';

/** What every version's pages share: the registry and what is read from it once. */
interface SiteBase {
  registry: Registry;
  /**
   * The version the site shows at its plain paths (registry/current-version.ts);
   * unversioned notes annotate it. Other versions live under `/<lang>/v/<version>/`.
   */
  current: string | null;
  /** Every version the options have, oldest first (null, the unversioned notes, first). */
  versions: Array<string | null>;
  history: Map<string, KeyHistory>;
  noteByFile: Map<string, Note>;
  /** An option by version and key (any version the content has). */
  optionIn: (version: string | null, key: string) => Option | undefined;
  /** The notes' own code blocks that set each key. */
  examples: Map<string, NoteExample[]>;
  glossaryNotes: Note[];
  /**
   * The key of every page in Astro's incremental build (lib/caches/page-key.ts), for routes' `cacheKey`; none in
   * `astro dev`, which renders every request.
   */
  pageKey: string | undefined;
}

/**
 * The site as the pages of one version see it: every version is a whole
 * site (overview, groups, notes, options, search, embeds, API), the current
 * one at the plain paths.
 */
export interface SiteData extends SiteBase {
  /** The version these pages show. */
  version: string | null;
  /** The version as paths name it (lib/urls/paths.ts): undefined for the current version. */
  at: string | undefined;
  /** Options of this version, sorted by key. */
  options: Option[];
  byKey: Map<string, Option>;
  /** Readable notes (kind `note`) of this version, grouped by id: each entry holds the note in every locale it exists in. */
  notes: Note[][];
}

interface Site {
  base: SiteBase;
  views: Map<string | null, SiteData>;
}

let cached: Promise<Site> | undefined;
let liveSite: { registry: Registry; site: Site } | undefined;

async function read(): Promise<Site> {
  const options = (await getCollection('options')).map((entry) => entry.data).sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  const notes = (await getCollection('notes')).map((entry) => entry.data).sort((a, b) => (a.file < b.file ? -1 : 1));
  const glossary = (await getCollection('glossary')).map((entry) => entry.data);
  const renames = (await getCollection('renames')).map((entry) => entry.data);
  const pageKey = (await getCollection('pageKey')).find((entry) => entry.id === PAGE_KEY_ENTRY)?.data.key;
  return { base: fromRegistry({ options, notes, glossary, renames }, pageKey), views: new Map() };
}

function fromRegistry(
  { options, notes, glossary, renames }: Pick<Registry, 'options' | 'notes' | 'glossary' | 'renames'>,
  pageKey?: string,
): SiteBase {
  // The registry's own choice, made again from what the collections hold (the same evidence gives the same version).
  const version = chooseCurrentVersion(
    [
      ...options.map((o) => ({ version: o.version, upstream: o.definitions.some((d) => d.kind === 'upstream') })),
      ...notes.map((note) => ({ version: note.version, upstream: note.upstream })),
    ],
    config().currentVersion,
  );
  const named = namedVersions(version, options, notes);
  const registry: Registry = {
    generator: 'confref',
    schemaVersion: 2,
    locales: [...LOCALES],
    versions: named,
    current: version,
    options,
    notes,
    glossary,
    renames,
  };
  const byVersionKey = new Map(options.map((option) => [`${option.version ?? ''}\u0000${option.key}`, option]));
  return {
    registry,
    current: version,
    versions: [...(version === null ? [null] : []), ...named],
    history: keyHistories(registry),
    noteByFile: new Map(notes.map((note) => [note.file, note])),
    optionIn: (v, key) => byVersionKey.get(`${v ?? ''}\u0000${key}`),
    examples: noteExamplesByKey(registry),
    glossaryNotes: notes.filter((note) => note.kind === 'glossary'),
    pageKey,
  };
}

/** One version's view of the site (made once per version). */
function viewOf(site: Site, version: string | null): SiteData {
  const known = site.views.get(version);
  if (known) return known;
  const { base } = site;
  const options = base.registry.options.filter((option) => option.version === version);
  const groups = new Map<string, Note[]>();
  for (const note of base.registry.notes) {
    // Unversioned notes annotate the current version.
    if (!isReadableNote(note) || (note.version ?? base.current) !== version) continue;
    groups.set(note.id, [...(groups.get(note.id) ?? []), note]);
  }
  const view: SiteData = {
    ...base,
    version,
    at: versionInPath(version, base.current),
    options,
    byKey: new Map(options.map((option) => [option.key, option])),
    notes: [...groups.values()],
  };
  site.views.set(version, view);
  return view;
}

function site(): Promise<Site> {
  // In `astro dev` the notes change under us: the registry the loader just rebuilt, else the collections afresh.
  if (import.meta.env.DEV) {
    const live = devBridge().registry;
    if (!live) return read();
    if (liveSite?.registry !== live) liveSite = { registry: live, site: { base: fromRegistry(live), views: new Map() } };
    return Promise.resolve(liveSite.site);
  }
  return (cached ??= read());
}

/** The site as the pages of `version` see it; the current version by default. */
export async function siteData(version?: string | null): Promise<SiteData> {
  const whole = await site();
  return viewOf(whole, version === undefined ? whole.base.current : version);
}

/** Every version's view, the current one first, then the others oldest first. */
export async function allVersions(): Promise<SiteData[]> {
  const whole = await site();
  const { current, versions } = whole.base;
  return [current, ...versions.filter((v) => v !== current)].map((v) => viewOf(whole, v));
}

/** The path of an option's page in its version. */
export function optionPath(data: SiteBase, lang: (typeof LOCALES)[number], option: Pick<Option, 'key' | 'version'>): string {
  return paths.option(lang, option.key, versionInPath(option.version, data.current));
}

/** The href of a key's option page in a version (the pages' own version by default), for linking keys in text. */
export function keyHref(
  data: SiteData,
  lang: (typeof LOCALES)[number],
  base: string,
  self?: string,
  version: string | null = data.version,
) {
  return (key: string): string | undefined => {
    const option = data.optionIn(version, key);
    return key !== self && option ? `${base.replace(/\/+$/, '')}${optionPath(data, lang, option)}` : undefined;
  };
}
