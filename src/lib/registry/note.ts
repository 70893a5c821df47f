/**
 * One note → its prose blocks (with positions, for the site) and its option
 * rows. Tables are option tables when their header says so; rows cut off
 * from a table by a blank line, and option tables missing their delimiter
 * row, are re-read as tables and reported.
 */
import GithubSlugger from 'github-slugger';
import type { Definition, Paragraph, Root, RootContent, Table } from 'mdast';
import { visit } from 'unist-util-visit';
import { VFile } from 'vfile';
import { classifyHeader, looksLikeKey, type ColumnMap } from './columns.ts';
import { decodeNote } from './decode.ts';
import { report } from './diagnostics.ts';
import { readFrontMatter } from './front-matter.ts';
import { readKeyCell } from './keys.ts';
import { cellText, parseMarkdown, renderNodes } from './markdown.ts';
import { hashSource, readOptionRows, type OptionRow, type TableContext } from './rows.ts';
import { classifyGlossaryHeader, readGlossaryTerms } from './glossary.ts';
import { classifyRenameHeader, readRenames } from './renames.ts';
import { detectTextLocale } from '../i18n/detect.ts';
import { DEFAULT_LOCALE, LocaleSchema, type GlossaryTerm, type Locale, type Note, type NoteBlock, type RenameEntry, type SourcePosition } from './schema.ts';

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
}

const VERSION_SEGMENT = /^v?\d+(?:\.\d+)+(?:[-.][\w.-]+)?$/;

/** Locale from `name.zh.md` or a `zh/` (`zh-CN/`) folder. */
export function localeFromPath(path: string): Locale | undefined {
  const parts = path.split('/');
  const suffix = /\.([a-z]{2})(?:[-_][a-z]{2,4})?\.md$/i.exec(parts.at(-1)!)?.[1]?.toLowerCase();
  for (const candidate of [suffix, ...parts.slice(0, -1).map((p) => p.toLowerCase().split(/[-_]/)[0])]) {
    const locale = LocaleSchema.safeParse(candidate);
    if (locale.success) return locale.data;
  }
  return undefined;
}

/** Version from a folder such as `1.20.0/` or `v2.1/`. */
export function versionFromPath(path: string): string | undefined {
  return path.split('/').slice(0, -1).find((part) => VERSION_SEGMENT.test(part))?.replace(/^v/, '');
}

/** A note's id: its path without extension, locale and version parts (`zh/1.20/state.zh.md` → `state`). */
export function noteIdFromPath(path: string): string {
  const parts = path.split('/');
  const base = parts.pop()!.replace(/\.md$/i, '').replace(/\.[a-z]{2}(?:[-_][a-z]{2,4})?$/i, (m) => (LocaleSchema.safeParse(m.slice(1, 3).toLowerCase()).success ? '' : m));
  const folders = parts.filter((part) => !VERSION_SEGMENT.test(part) && !LocaleSchema.safeParse(part.toLowerCase().split(/[-_]/)[0]).success);
  return new GithubSlugger().slug([...folders, base].join('-')) || 'note';
}

function humanize(id: string): string {
  const words = id.replace(/[-_]+/g, ' ').trim();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

const TOC_MARKER = /^\s*\[\[?toc\]?\]\s*$/i;
const DELIMITER_ROW = /^\s*\|?\s*:?-+:?\s*(?:\|\s*:?-+:?\s*)*\|?\s*$/;

interface OptionTableState {
  columns: ColumnMap;
  headerLine: number;
  block: Extract<NoteBlock, { kind: 'options' }>;
}

/** Parses one note: pure, all problems become diagnostics on the returned VFile. */
export function parseNote(input: SourceNote): ParsedNote {
  const file = new VFile({ path: input.path });
  const text = decodeNote(input.contents, file);
  const { data, body } = readFrontMatter(text, file);
  const version = data.version ?? versionFromPath(input.path) ?? null;
  const group = data.group ?? null;
  const id = noteIdFromPath(input.path);
  const kind = data.kind ?? (GLOSSARY_NAMES.has(id) ? 'glossary' : 'note');
  const lines = body.split('\n');

  let tree: Root;
  try {
    tree = parseMarkdown(body);
  } catch (error) {
    // micromark recurses on nesting; a pathological note must not take the build down.
    report(file, 'encoding', { line: 1, column: 1 }, `The note could not be parsed: ${(error as Error).message}`, 'Look for extremely deep nesting of lists or block quotes.');
    tree = { type: 'root', children: [] };
  }
  const locale = data.lang ?? localeFromPath(input.path) ?? detectNoteLocale(tree) ?? DEFAULT_LOCALE;
  const definitions = tree.children.filter((node): node is Definition => node.type === 'definition');
  const slugger = new GithubSlugger();
  const blocks: NoteBlock[] = [];
  const rows: OptionRow[] = [];
  const trail: Array<{ depth: number; text: string }> = [];
  const glossary: GlossaryTerm[] = [];
  const renames: RenameEntry[] = [];
  let tableRows = 0;
  let lastTable: OptionTableState | undefined;
  let toc = false;

  const pos = (node: RootContent): SourcePosition => ({
    file: input.path,
    line: node.position?.start.line ?? 1,
    column: node.position?.start.column ?? 1,
  });
  const context = (source: string, mapLine: (line: number) => number): TableContext => ({
    file,
    source,
    mapLine,
    locale,
    noteId: id,
    noteKind: kind,
    version,
    group,
    trail: trail.map((heading) => heading.text),
  });

  /** Reads an option table if `table` is one; returns its state. */
  const readTable = (table: Table, ctx: TableContext, at: SourcePosition): OptionTableState | undefined => {
    const headers = table.children[0]?.children.map((cell) => cellText(cell.children)) ?? [];
    const classification = classifyHeader(headers);
    if (!classification) return undefined;
    const { columns } = classification;
    if (!classification.certain) {
      const body = table.children.slice(1);
      const keyLike = body.filter((row) => looksLikeKey(readKeyCell(row.children[columns.roles.key!]?.children ?? []).key)).length;
      if (body.length === 0 || keyLike * 2 < body.length) return undefined;
    }
    const found = readOptionRows(ctx, table, columns);
    tableRows += table.children.length - 1;
    rows.push(...found);
    const roleAt = new Map(Object.entries(columns.roles).map(([role, index]) => [index, role]));
    const block: OptionTableState['block'] = {
      kind: 'options',
      keys: found.map((row) => row.key),
      columns: headers.map((header, index) => ({ header, role: roleAt.get(index) ?? null })),
      position: at,
    };
    return { columns, headerLine: at.line, block };
  };

  /** A paragraph of `| … |` lines: rows cut off from the table above, or a table without a delimiter row. */
  const readPipeParagraph = (node: Paragraph): boolean => {
    const start = node.position!.start.line;
    const end = node.position!.end.line;
    const paraLines = lines.slice(start - 1, end);
    if (!paraLines.every((line) => line.trimStart().startsWith('|'))) return false;
    const previous = blocks.at(-1);
    if (lastTable && previous === lastTable.block) {
      const header = lines[lastTable.headerLine - 1]!;
      const delimiter = lines[lastTable.headerLine]!;
      const table = parseMarkdown([header, delimiter, ...paraLines].join('\n')).children[0];
      if (table?.type !== 'table') return false;
      report(file, 'table-split', { line: start, column: 1 }, `${paraLines.length} row${paraLines.length === 1 ? '' : 's'} cut off from the table at line ${lastTable.headerLine} by a blank line; read as rows of that table`, 'Remove the blank line inside the table.');
      const ctx = context([header, delimiter, ...paraLines].join('\n'), (line) => start + line - 3);
      const found = readOptionRows(ctx, table, lastTable.columns);
      tableRows += table.children.length - 1;
      rows.push(...found);
      lastTable.block.keys.push(...found.map((row) => row.key));
      return true;
    }
    const headerCells = paraLines[0]!.trim().replace(/^\||\|$/g, '').split('|');
    if (!classifyHeader(headerCells.map((cell) => cell.trim()))) return false;
    const rest = DELIMITER_ROW.test(paraLines[1] ?? '') ? paraLines.slice(2) : paraLines.slice(1);
    const skipped = paraLines.length - 1 - rest.length;
    const delimiter = `|${headerCells.map(() => ' --- ').join('|')}|`;
    const source = [paraLines[0]!, delimiter, ...rest].join('\n');
    const table = parseMarkdown(source).children[0];
    if (table?.type !== 'table') return false;
    report(file, 'table-missing-delimiter', { line: start, column: 1 }, skipped ? 'Option table with a malformed delimiter row; read as a table' : 'Option table without a delimiter row (`| --- |`); read as a table', `Put a delimiter row with ${headerCells.length} cells under the header.`);
    const at = pos(node);
    const state = readTable(table, context(source, (line) => (line <= 2 ? start : start + skipped + line - 2)), at);
    if (!state) return false;
    blocks.push(state.block);
    lastTable = state;
    return true;
  };

  for (const node of tree.children) {
    const at = pos(node);
    switch (node.type) {
      case 'heading': {
        const headingText = cellText(node.children);
        while (trail.length > 0 && trail.at(-1)!.depth >= node.depth) trail.pop();
        trail.push({ depth: node.depth, text: headingText });
        blocks.push({ kind: 'heading', depth: node.depth, text: headingText, id: slugger.slug(headingText), position: at });
        continue;
      }
      case 'code':
        blocks.push({ kind: 'code', lang: node.lang ?? null, meta: node.meta ?? null, value: node.value, position: at });
        continue;
      case 'definition':
        continue;
      case 'paragraph':
        if (TOC_MARKER.test(cellText(node.children)) && node.children.every((child) => child.type === 'text' || child.type === 'linkReference')) {
          toc = true;
          blocks.push({ kind: 'toc', position: at });
          continue;
        }
        if (readPipeParagraph(node)) continue;
        break;
      case 'table': {
        const headerTexts = node.children[0]?.children.map((cell) => cellText(cell.children)) ?? [];
        const glossaryColumns = kind === 'glossary' ? classifyGlossaryHeader(headerTexts) : undefined;
        if (glossaryColumns) {
          glossary.push(...readGlossaryTerms(file, node, glossaryColumns));
          break;
        }
        const renameColumns = kind === 'renames' ? classifyRenameHeader(headerTexts) : undefined;
        if (renameColumns) {
          renames.push(...readRenames(file, node, renameColumns, version));
          break;
        }
        const state = readTable(node, context(body, (line) => line), at);
        if (state) {
          blocks.push(state.block);
          lastTable = state;
          continue;
        }
        break;
      }
      default:
        // Option tables nested in lists or block quotes still yield their options.
        visit(node, 'table', (table: Table) => {
          readTable(table, context(body, (line) => line), pos(table as RootContent));
        });
    }
    blocks.push({ kind: 'prose', ...renderNodes([node, ...definitions]), position: at });
  }

  const firstTitle = blocks.find((block) => block.kind === 'heading' && block.depth === 1);
  const note: Note = {
    id,
    file: input.path,
    kind,
    locale,
    version,
    title: data.title ?? (firstTitle?.kind === 'heading' ? firstTitle.text : humanize(id)),
    sourceHash: hashSource(body),
    translationOf: data.translationOf ?? null,
    frontmatter: data as Record<string, unknown>,
    toc,
    blocks,
  };
  return { note, rows, glossary, renames, file, tableRows };
}

const GLOSSARY_NAMES = new Set(['glossary', '术语表', '术语']);

/**
 * A note without a stated locale is Chinese when its headings are (else its
 * paragraphs): the seed note, Chinese headings around an English table, is a
 * Chinese note whose option descriptions are English.
 */
function detectNoteLocale(tree: Root): Locale | undefined {
  const textOf = (type: 'heading' | 'paragraph'): string =>
    tree.children.flatMap((node) => (node.type === type ? [cellText(node.children)] : [])).join(' ');
  return detectTextLocale(textOf('heading')) ?? detectTextLocale(textOf('paragraph'));
}
