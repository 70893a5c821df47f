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
import { chooseCurrentVersion, sortVersions } from '../registry/current-version.ts';
import { config } from '../config/env.ts';
import { paths } from '../urls/paths.ts';

export interface SiteData {
  registry: Registry;
  /**
   * The version the site shows at its plain paths (registry/current-version.ts);
   * unversioned notes annotate it. Other versions live under `/<lang>/v/<version>/`.
   */
  current: string | null;
  /** Every version the options have, oldest first (null, the unversioned notes, first). */
  versions: Array<string | null>;
  /** Options of the current version, sorted by key. */
  options: Option[];
  history: Map<string, KeyHistory>;
  noteByFile: Map<string, Note>;
  /** An option by version and key (any version the content has). */
  optionIn: (version: string | null, key: string) => Option | undefined;
  /** The notes' own code blocks that set each key. */
  examples: Map<string, NoteExample[]>;
  byKey: Map<string, Option>;
  /** Readable notes (kind `note`), grouped by id: each entry holds the note in every locale it exists in. */
  notes: Note[][];
  glossaryNotes: Note[];
}

let cached: Promise<SiteData> | undefined;
let liveData: { registry: Registry; data: SiteData } | undefined;

async function read(): Promise<SiteData> {
  const options = (await getCollection('options')).map((entry) => entry.data).sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  const notes = (await getCollection('notes')).map((entry) => entry.data).sort((a, b) => (a.file < b.file ? -1 : 1));
  const glossary = (await getCollection('glossary')).map((entry) => entry.data);
  const renames = (await getCollection('renames')).map((entry) => entry.data);
  return fromRegistry({ options, notes, glossary, renames });
}

function fromRegistry({ options, notes, glossary, renames }: Pick<Registry, 'options' | 'notes' | 'glossary' | 'renames'>): SiteData {
  // The registry's own choice, made again from what the collections hold (the same evidence gives the same version).
  const version = chooseCurrentVersion(
    [
      ...options.map((o) => ({ version: o.version, upstream: o.definitions.some((d) => d.kind === 'upstream') })),
      ...notes.map((note) => ({ version: note.version, upstream: false })),
    ],
    config().currentVersion,
  );
  const named = sortVersions(
    [version, ...options.map((o) => o.version), ...notes.map((n) => n.version)].filter((v): v is string => v !== null),
  );
  const hasUnversioned = version === null;
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
  const current = options.filter((option) => option.version === version);
  const byVersionKey = new Map(options.map((option) => [`${option.version ?? ''}\u0000${option.key}`, option]));
  const groups = new Map<string, Note[]>();
  for (const note of notes) {
    if (!isReadableNote(note) || (note.version ?? version) !== version) continue;
    groups.set(note.id, [...(groups.get(note.id) ?? []), note]);
  }
  return {
    registry,
    current: version,
    versions: [...(hasUnversioned ? [null] : []), ...named],
    options: current,
    history: keyHistories(registry),
    noteByFile: new Map(notes.map((note) => [note.file, note])),
    optionIn: (v, key) => byVersionKey.get(`${v ?? ''}\u0000${key}`),
    examples: noteExamplesByKey(registry),
    byKey: new Map(current.map((option) => [option.key, option])),
    notes: [...groups.values()],
    glossaryNotes: notes.filter((note) => note.kind === 'glossary'),
  };
}

export function siteData(): Promise<SiteData> {
  // In `astro dev` the notes change under us: the registry the loader just rebuilt, else the collections afresh.
  if (import.meta.env.DEV) {
    const live = devBridge().registry;
    if (!live) return read();
    if (liveData?.registry !== live) liveData = { registry: live, data: fromRegistry(live) };
    return Promise.resolve(liveData.data);
  }
  return (cached ??= read());
}

/** The path of an option's page in its version. */
export function optionPath(data: SiteData, lang: (typeof LOCALES)[number], option: Pick<Option, 'key' | 'version'>): string {
  return option.version === data.current || option.version === null
    ? paths.option(lang, option.key)
    : paths.versionOption(lang, option.version, option.key);
}

/** The href of a key's option page in a version (the current one by default), for linking keys in text. */
export function keyHref(
  data: SiteData,
  lang: (typeof LOCALES)[number],
  base: string,
  self?: string,
  version: string | null = data.current,
) {
  return (key: string): string | undefined => {
    const option = data.optionIn(version, key);
    return key !== self && option ? `${base.replace(/\/+$/, '')}${optionPath(data, lang, option)}` : undefined;
  };
}
