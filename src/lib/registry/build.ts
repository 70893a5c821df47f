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
import { parseNote, type ParsedNote, type SourceNote } from './note.ts';
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

export function isNotePath(path: string): boolean {
  return /\.md$/i.test(path);
}

function cacheKey(source: SourceNote): string {
  return `${source.path}\u0000${createHash('sha256').update(source.contents).digest('hex')}`;
}

/**
 * `sources` are the content folder's files: its Markdown notes, and any other
 * files (contents not needed) that links and images may point to.
 */
export function buildRegistry(sources: readonly SourceNote[], cache?: ParseCache): BuildResult {
  const present = new Set(sources.map((source) => source.path));
  const ordered = sources.filter((source) => isNotePath(source.path)).sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  const files = new Map<string, VFile>();
  const rows: OptionRow[] = [];
  const notes: Registry['notes'] = [];
  const glossary: Registry['glossary'] = [];
  const renames: Registry['renames'] = [];
  const used = new Set<string>();
  let tableRows = 0;
  for (const source of ordered) {
    const key = cache ? cacheKey(source) : '';
    const parsed = cache?.get(key) ?? parseNote(source);
    if (cache) {
      cache.set(key, parsed);
      used.add(key);
    }
    // A fresh VFile per build: the registry rules add their messages to it.
    const file = new VFile({ path: source.path });
    file.messages.push(...parsed.file.messages);
    reportMissingTargets(parsed.links, present, file);
    files.set(source.path, file);
    rows.push(...parsed.rows);
    notes.push(parsed.note);
    glossary.push(...parsed.glossary);
    renames.push(...parsed.renames);
    tableRows += parsed.tableRows;
  }
  if (cache) for (const key of cache.keys()) if (!used.has(key)) cache.delete(key);
  const fileOf = (path: string): VFile => {
    let file = files.get(path);
    if (!file) files.set(path, (file = new VFile({ path })));
    return file;
  };
  const options = mergeRows(rows, fileOf);
  for (const rule of REGISTRY_RULES) {
    rule.check({
      options,
      notes,
      report: (position, message, hint) => report(fileOf(position.file), rule.id as RuleId, position, message, hint),
    });
  }
  const locales = [...new Set<Locale>([DEFAULT_LOCALE, ...notes.map((note) => note.locale)])].sort();
  const versions = [...new Set(options.map((o) => o.version).concat(notes.map((n) => n.version)).filter((v): v is string => v !== null))].sort((a, b) =>
    a.localeCompare(b, 'en', { numeric: true }),
  );
  return {
    registry: { generator: 'confref', schemaVersion: 1, locales, versions, options, notes, glossary: glossary.sort((a, b) => a.en.localeCompare(b.en, 'en')), renames },
    files: sortFiles([...files.values()]),
    stats: { notes: notes.length, tableRows, optionRows: rows.length, options: options.length },
  };
}
