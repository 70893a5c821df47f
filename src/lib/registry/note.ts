/**
 * One note → its prose blocks (with positions, for the site) and its option
 * rows, in steps: prepare the text (decode, front matter, nesting), parse the
 * tree, read the note's facts, report hidden tables and read links, walk the
 * top-level nodes into blocks and rows, and assemble the note.
 */
import { VFile } from 'vfile';
import { reportHiddenTables } from './hidden-tables.ts';
import { readLinks, type NoteLink } from './links.ts';
import type { FrontMatter } from './front-matter.ts';
import { noteTitle, readNoteMeta, type NoteMeta } from './note-meta.ts';
import { prepareNote } from './note-prepare.ts';
import { parseNoteTree } from './note-tree.ts';
import { walkNote, type WalkedNote } from './note-walk.ts';
import { hashSource, type OptionRow } from './rows.ts';
import type { GlossaryTerm, Note, RenameEntry } from './schema.ts';

export { headingId } from './note-headings.ts';
export { localeFromPath, noteIdFromPath, versionFromPath } from './note-paths.ts';

export interface SourceNote {
  /** Path relative to the content folder, with `/` separators. */
  path: string;
  contents: Uint8Array | string;
}

export interface ParsedNote {
  note: Note;
  rows: OptionRow[];
  glossary: GlossaryTerm[];
  renames: RenameEntry[];
  file: VFile;
  /** Body rows of option tables read (each is an OptionRow or named in a diagnostic). */
  tableRows: number;
  /** Links to other notes and images in the content folder (checked against its files by buildRegistry). */
  links: NoteLink[];
}

/** Parses one note: pure, all problems become diagnostics on the returned VFile. */
export function parseNote(input: SourceNote): ParsedNote {
  const file = new VFile({ path: input.path });
  const { data, body, lines } = prepareNote(input.contents, file);
  const tree = parseNoteTree(body, file);
  const meta = readNoteMeta(input.path, data, tree);
  reportHiddenTables(tree, file);
  const links = readLinks(tree, input.path, file);
  const walked = walkNote(tree, { file, meta, body, lines });
  return assembleParsedNote(file, meta, data, body, walked, links);
}

/** The parsed note from what the steps read. */
function assembleParsedNote(
  file: VFile,
  meta: NoteMeta,
  data: FrontMatter,
  body: string,
  walked: WalkedNote,
  links: NoteLink[],
): ParsedNote {
  const { blocks, rows, glossary, renames, tableRows } = walked;
  const note: Note = {
    id: meta.id,
    file: meta.path,
    kind: meta.kind,
    locale: meta.locale,
    version: meta.version,
    upstream: meta.upstream,
    title: noteTitle(data, blocks, meta.id),
    sourceHash: hashSource(body),
    translationOf: data.translationOf ?? null,
    frontmatter: data as Record<string, unknown>,
    toc: blocks.some((block) => block.kind === 'toc'),
    blocks,
    assets: [...new Set(links.flatMap((link) => (link.target.kind === 'asset' ? [link.target.path] : [])))].sort(),
  };
  return { note, rows, glossary, renames, file, tableRows, links };
}
