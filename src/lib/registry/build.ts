/**
 * Notes → registry: parse each note, merge the option rows, run the registry
 * rules. Pure: the sources come in, the registry and one VFile of diagnostics
 * per note come out.
 */
import { createHash } from 'node:crypto';
import { VFile } from 'vfile';
import { report, sortFiles, type RuleId } from './diagnostics.ts';
import { reportMissingTargets } from './links.ts';
import { mergeRows } from './merge.ts';
import { chooseCurrentVersion, namedVersions } from './current-version.ts';
import { parseNoteSafely } from './fallback.ts';
import type { ParsedNote, SourceNote } from './note.ts';
import { isNotePath } from './read-content.ts';
import type { OptionRow } from './rows.ts';
import { REGISTRY_RULES } from './rules/index.ts';
import { DEFAULT_LOCALE, type Locale, type Registry } from './schema.ts';

export interface BuildStats {
  notes: number;
  /** Body rows of option tables in all notes. */
  tableRows: number;
  /** Rows that became (part of) an option. */
  optionRows: number;
  options: number;
}

/** What the registry takes besides the notes (lib/config/env.ts reads it for the site and the CLI). */
export interface RegistrySettings {
  /** The current version (`CONFREF_CURRENT_VERSION`); unset, it is chosen from the content (registry/current-version.ts). */
  currentVersion?: string | undefined;
}

export interface BuildResult {
  registry: Registry;
  /** One VFile per note, sorted by path, holding its diagnostics. */
  files: VFile[];
  stats: BuildStats;
}

/**
 * Parsed notes kept between builds (`astro dev` rebuilds on every save): a
 * note is parsed again only when its path or bytes changed.
 */
export type ParseCache = Map<string, ParsedNote>;

export function cacheKey(source: SourceNote): string {
  return `${source.path}\u0000${createHash('sha256').update(source.contents).digest('hex')}`;
}

/**
 * Note ids come from paths, so two files can slug alike (`a b.md`, `a-b.md`).
 * Within a locale and version (an unversioned note is in the current one) the first (in path order) keeps the id; a later
 * one gets the first free `<id>-<n>` and a warning, so no page hides another.
 * A note and its translation (another locale) share their id on purpose.
 */
class NoteIds {
  private readonly taken = new Map<string, string>();

  /** Unversioned notes share the current version's pages, so they share its ids. */
  private readonly current: string | null;

  constructor(current: string | null) {
    this.current = current;
  }

  claim(parsed: ParsedNote, file: VFile): ParsedNote {
    const { note } = parsed;
    const slot = (id: string) => `${note.locale}\u0000${note.version ?? this.current ?? ''}\u0000${id}`;
    const owner = this.taken.get(slot(note.id));
    if (owner === undefined) {
      this.taken.set(slot(note.id), note.file);
      return parsed;
    }
    let n = 2;
    while (this.taken.has(slot(`${note.id}-${n}`))) n++;
    const id = `${note.id}-${n}`;
    this.taken.set(slot(id), note.file);
    report(
      file,
      'duplicate-note-id',
      { line: 1, column: 1 },
      `The note's id "${note.id}" (from its path) is already the id of ${owner}; this note's page is "${id}"`,
      'Rename one of the files so their names differ in letters or digits, not only in spaces or punctuation.',
    );
    return { ...parsed, note: { ...note, id }, rows: parsed.rows.map((row) => ({ ...row, noteId: id })) };
  }
}

/** Parses each note (reusing `cache`), in path order. */
export function parseAll(
  sources: readonly SourceNote[],
  cache: ParseCache | undefined,
  parse: (source: SourceNote) => ParsedNote,
): ParsedNote[] {
  const used = new Set<string>();
  const parsed = sortSources(sources).map((source) => {
    const key = cache ? cacheKey(source) : '';
    const result = cache?.get(key) ?? parse(source);
    if (cache) {
      cache.set(key, result);
      used.add(key);
    }
    return result;
  });
  if (cache) for (const key of cache.keys()) if (!used.has(key)) cache.delete(key);
  return parsed;
}

/** The Markdown notes among `sources`, in path order (the other files are link and image targets). */
export function sortSources(sources: readonly SourceNote[]): SourceNote[] {
  return sources.filter((source) => isNotePath(source.path)).sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}

/**
 * Notes → registry in this thread. A note that throws while parsing becomes a
 * `note-failed` diagnostic and a fallback note; the others are unaffected.
 */
export function buildRegistry(sources: readonly SourceNote[], cache?: ParseCache, settings: RegistrySettings = {}): BuildResult {
  return assembleRegistry(parseAll(sources, cache, parseNoteSafely), pathsOf(sources), settings);
}

/** Every file of the content folder, notes or not: what links and images may point to. */
export function pathsOf(sources: readonly SourceNote[]): Set<string> {
  return new Set(sources.map((source) => source.path));
}

/**
 * Parsed notes (in path order) → registry: check their link targets against
 * `present` (the content folder's files), merge the option rows, run the
 * registry rules. Shared by the in-thread build and the worker-thread one
 * (parse-pool.ts), so both give the same registry.
 */
export function assembleRegistry(
  parsedNotes: readonly ParsedNote[],
  present: ReadonlySet<string>,
  settings: RegistrySettings = {},
): BuildResult {
  const files = new Map<string, VFile>();
  const rows: OptionRow[] = [];
  const notes: Registry['notes'] = [];
  const glossary: Registry['glossary'] = [];
  const renames: Registry['renames'] = [];
  let tableRows = 0;
  const current = chooseCurrentVersion(
    parsedNotes.flatMap((parsed) => [
      { version: parsed.note.version, upstream: parsed.note.upstream },
      ...parsed.rows.map((row) => ({ version: row.version, upstream: row.upstream })),
    ]),
    settings.currentVersion,
  );
  const ids = new NoteIds(current);
  for (const written of parsedNotes) {
    // A fresh VFile per build: the registry rules add their messages to it.
    const file = new VFile({ path: written.note.file });
    file.messages.push(...written.file.messages);
    files.set(written.note.file, file);
    const parsed = ids.claim(written, file);
    reportMissingTargets(parsed.links, present, file);
    rows.push(...parsed.rows);
    notes.push(parsed.note);
    glossary.push(...parsed.glossary);
    renames.push(...parsed.renames);
    tableRows += parsed.tableRows;
  }
  const fileOf = (path: string): VFile => {
    let file = files.get(path);
    if (!file) files.set(path, (file = new VFile({ path })));
    return file;
  };
  const options = mergeRows(rows, current, fileOf);
  for (const rule of REGISTRY_RULES) {
    rule.check({
      options,
      // A note that could not be read has its one diagnostic; nothing more is said of it.
      notes: notes.filter((note) => note.failure === undefined),
      report: (position, message, hint) => report(fileOf(position.file), rule.id as RuleId, position, message, hint),
    });
  }
  const locales = [...new Set<Locale>([DEFAULT_LOCALE, ...notes.map((note) => note.locale)])].sort();
  const versions = namedVersions(current, options, notes);
  return {
    registry: {
      generator: 'confref',
      schemaVersion: 2,
      locales,
      versions,
      current,
      options,
      notes,
      glossary: glossary.sort((a, b) => a.en.localeCompare(b.en, 'en')),
      renames,
    },
    files: sortFiles([...files.values()]),
    stats: { notes: notes.length, tableRows, optionRows: rows.length, options: options.length },
  };
}
