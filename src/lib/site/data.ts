/**
 * The registry as the site sees it, read back from the content collections
 * the loaders filled (pages never re-parse notes).
 */
import { getCollection } from 'astro:content';
import { isReadableNote, LOCALES, type GlossaryTerm, type Note, type Option, type Registry } from '../registry/schema.ts';
import { paths } from './paths.ts';

export interface SiteData {
  registry: Registry;
  /** Options of the current (unversioned) content, sorted by key. */
  options: Option[];
  byKey: Map<string, Option>;
  /** Readable notes (kind `note`), grouped by id: each entry holds the note in every locale it exists in. */
  notes: Note[][];
  glossaryNotes: Note[];
}

let cached: Promise<SiteData> | undefined;

async function read(): Promise<SiteData> {
  const options = (await getCollection('options')).map((entry) => entry.data as Option).sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  const notes = (await getCollection('notes')).map((entry) => entry.data as Note).sort((a, b) => (a.file < b.file ? -1 : 1));
  const glossary = (await getCollection('glossary')).map((entry) => entry.data as GlossaryTerm);
  const registry: Registry = {
    generator: 'confref',
    schemaVersion: 1,
    locales: [...LOCALES],
    versions: [],
    options,
    notes,
    glossary,
    renames: [],
  };
  const current = options.filter((option) => option.version === null);
  const groups = new Map<string, Note[]>();
  for (const note of notes) {
    if (!isReadableNote(note) || note.version !== null) continue;
    groups.set(note.id, [...(groups.get(note.id) ?? []), note]);
  }
  return {
    registry,
    options: current,
    byKey: new Map(current.map((option) => [option.key, option])),
    notes: [...groups.values()],
    glossaryNotes: notes.filter((note) => note.kind === 'glossary'),
  };
}

export function siteData(): Promise<SiteData> {
  // In `astro dev` the collections change under us: read them afresh.
  if (import.meta.env.DEV) return read();
  return (cached ??= read());
}

/** The href of a key's option page, for linking keys in text. */
export function keyHref(data: SiteData, lang: (typeof LOCALES)[number], base: string, self?: string) {
  return (key: string): string | undefined => (key !== self && data.byKey.has(key) ? `${base.replace(/\/+$/, '')}${paths.option(lang, key)}` : undefined);
}
