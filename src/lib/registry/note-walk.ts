/**
 * The walk over a note's top-level nodes (admonitions flattened): each node
 * kind goes to a small reader that gets the walk's state explicitly and says
 * what the node becomes: a block of its own, prose rendered as written, or
 * nothing (read into another block or list).
 */
import GithubSlugger from 'github-slugger';
import type { Element, Root as HastRoot } from 'hast';
import type { Code, Definition, Heading, Nodes, Paragraph, Root, RootContent, Table } from 'mdast';
import { SKIP, visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import { asideBlocks, flattenAdmonitions } from './admonitions.ts';
import { report } from './diagnostics.ts';
import { classifyGlossaryHeader, readGlossaryTerms } from './glossary.ts';
import { siteUrls } from './links.ts';
import { cellText, renderNodes, type SiteUrls } from './markdown.ts';
import { MAX_TREE_DEPTH } from './nesting.ts';
import { headingId, trailAfter, type TrailHeading } from './note-headings.ts';
import type { NoteMeta } from './note-meta.ts';
import {
  assignKeyRowIds,
  noteTableHast,
  readOptionTable,
  readPipeParagraph,
  tableContext,
  type OptionTable,
  type TableScope,
} from './note-tables.ts';
import { classifyRenameHeader, readRenames } from './renames.ts';
import type { OptionRow } from './rows.ts';
import type { GlossaryTerm, NoteBlock, RenameEntry, SourcePosition } from './schema.ts';

/** What the walk hands back: the note's blocks and what its tables hold. */
export interface WalkedNote {
  blocks: NoteBlock[];
  rows: OptionRow[];
  glossary: GlossaryTerm[];
  renames: RenameEntry[];
  /** Body rows of option tables read (each is an OptionRow or named in a diagnostic). */
  tableRows: number;
}

/** The walk's state, handed to each reader. */
interface NoteWalk extends WalkedNote {
  readonly file: VFile;
  readonly meta: NoteMeta;
  /** The note's body, which the tree's positions point into, and its lines. */
  readonly body: string;
  readonly lines: readonly string[];
  /** Link reference definitions, rendered with every prose block so references resolve. */
  readonly definitions: readonly Definition[];
  readonly urls: SiteUrls;
  readonly asides: ReturnType<typeof asideBlocks>;
  readonly slugger: GithubSlugger;
  /** Headings read so far, and the trail of those above the current node. */
  headingCount: number;
  trail: TrailHeading[];
  /** The last option table read at the top level, which rows cut off from it continue. */
  lastTable: OptionTable | undefined;
}

/** A node's outcome: its own block, prose (rendered as written), or nothing. */
type Outcome = NoteBlock | 'prose' | 'none';

export interface WalkInput {
  file: VFile;
  meta: NoteMeta;
  body: string;
  lines: readonly string[];
}

const TOC_MARKER = /^\s*\[\[?toc\]?\]\s*$/i;

/** Walks the tree's top-level nodes in order; problems are reported on `input.file`. */
export function walkNote(tree: Root, input: WalkInput): WalkedNote {
  const walk: NoteWalk = {
    ...input,
    definitions: tree.children.filter((node): node is Definition => node.type === 'definition'),
    urls: siteUrls(input.meta.path),
    asides: asideBlocks(input.file, input.lines, (label) => cellText(label.children)),
    slugger: new GithubSlugger(),
    blocks: [],
    rows: [],
    glossary: [],
    renames: [],
    tableRows: 0,
    headingCount: 0,
    trail: [],
    lastTable: undefined,
  };
  for (const node of flattenAdmonitions(tree.children)) {
    if (node.type === 'admonitionEnd') {
      walk.asides.close(walk.blocks.length);
      continue;
    }
    const at = positionOf(walk.meta.path, node);
    const outcome = readNode(walk, node, at);
    if (outcome === 'prose') walk.blocks.push(proseBlock(walk, node, at));
    else if (outcome !== 'none') walk.blocks.push(outcome);
  }
  const { blocks, rows, glossary, renames, tableRows } = walk;
  assignKeyRowIds(blocks);
  return { blocks, rows, glossary, renames, tableRows };
}

function positionOf(path: string, node: RootContent): SourcePosition {
  return { file: path, line: node.position?.start.line ?? 1, column: node.position?.start.column ?? 1 };
}

/** Dispatches a node to the reader of its kind. */
function readNode(walk: NoteWalk, node: RootContent, at: SourcePosition): Outcome {
  switch (node.type) {
    case 'containerDirective':
      return walk.asides.open(node, at, walk.blocks.length);
    case 'heading':
      return readHeading(walk, node, at);
    case 'code':
      return codeBlock(node, at);
    case 'definition':
      return 'none';
    case 'paragraph':
      return readParagraph(walk, node, at);
    case 'table':
      return readTable(walk, node, at);
    default: {
      const nested = readNestedTables(walk, node);
      return nested.size > 0 ? proseWithTables(walk, node, at, nested) : 'prose';
    }
  }
}

function readHeading(walk: NoteWalk, node: Heading, at: SourcePosition): NoteBlock {
  const text = cellText(node.children);
  walk.trail = trailAfter(walk.trail, { depth: node.depth, text });
  walk.headingCount += 1;
  return { kind: 'heading', depth: node.depth, text, id: headingId(walk.slugger, text, walk.headingCount), position: at };
}

function codeBlock(node: Code, at: SourcePosition): NoteBlock {
  return { kind: 'code', lang: node.lang ?? null, meta: node.meta ?? null, value: node.value, position: at };
}

/** A `[[toc]]` marker, a paragraph of table rows, or prose. */
function readParagraph(walk: NoteWalk, node: Paragraph, at: SourcePosition): Outcome {
  if (TOC_MARKER.test(cellText(node.children)) && node.children.every((child) => child.type === 'text' || child.type === 'linkReference')) {
    return { kind: 'toc', position: at };
  }
  const { lastTable } = walk;
  const above = lastTable && walk.blocks.at(-1) === lastTable.block ? lastTable : undefined;
  const piped = readPipeParagraph(node, at, walk.lines, above, scopeOf(walk));
  if (!piped) return 'prose';
  if (piped.kind === 'continued') {
    walk.rows.push(...piped.rows);
    walk.tableRows += piped.bodyRows;
    above!.block.keys.push(...piped.rows.map((row) => row.key));
    above!.block.rows.push(...piped.written);
    return 'none';
  }
  return takeTopTable(walk, piped.table);
}

/** A glossary or rename table (in notes of those kinds; shown as prose), an option table, or prose. */
function readTable(walk: NoteWalk, node: Table, at: SourcePosition): Outcome {
  const { file, meta } = walk;
  const headerTexts = node.children[0]?.children.map((cell) => cellText(cell.children)) ?? [];
  const glossaryColumns = meta.kind === 'glossary' ? classifyGlossaryHeader(headerTexts) : undefined;
  if (glossaryColumns) {
    walk.glossary.push(...readGlossaryTerms(file, node, glossaryColumns));
    return 'prose';
  }
  const renameColumns = meta.kind === 'renames' ? classifyRenameHeader(headerTexts) : undefined;
  if (renameColumns) {
    walk.renames.push(...readRenames(file, node, renameColumns, meta.version));
    return 'prose';
  }
  const table = readOptionTable(node, tableContext(scopeOf(walk), walk.body, sameLine), at);
  return table ? takeTopTable(walk, table) : 'prose';
}

/** Option tables nested in lists or block quotes still yield their options; each table node with what it was read as. */
function readNestedTables(walk: NoteWalk, node: RootContent): Map<Table, OptionTable> {
  const nested = new Map<Table, OptionTable>();
  visit(node, 'table', (table: Table) => {
    const read = readOptionTable(table, tableContext(scopeOf(walk), walk.body, sameLine), positionOf(walk.meta.path, table));
    if (!read) return;
    takeRows(walk, read);
    nested.set(table, read);
  });
  return nested;
}

/** Marks the place of a nested option table in the rendered prose; a private-use character, never sanitized away. */
const tableMark = (index: number): string => `\uE000confref-table-${index}\uE000`;

/**
 * A list or block quote holding option tables: rendered as written, its
 * option tables shown as a top-level one is (each cell as written, each row
 * with its id: `L` and its line), in their place.
 */
function proseWithTables(walk: NoteWalk, node: RootContent, at: SourcePosition, nested: Map<Table, OptionTable>): NoteBlock {
  const tables = [...nested.values()];
  const marked = new Map([...nested.keys()].map((table, index) => [table, tableMark(index)]));
  const swap = (child: Nodes): Nodes => {
    const mark = child.type === 'table' ? marked.get(child) : undefined;
    if (mark !== undefined) return { type: 'paragraph', children: [{ type: 'text', value: mark }] };
    return 'children' in child ? ({ ...child, children: child.children.map(swap) } as Nodes) : child;
  };
  const putTablesIn = (tree: HastRoot) =>
    visit(tree, 'element', (element: Element, index, parent) => {
      const only = element.children[0];
      if (element.tagName !== 'p' || element.children.length !== 1 || only?.type !== 'text' || !parent || index === undefined) return;
      const which = tables.findIndex((_, i) => only.value === tableMark(i));
      if (which < 0) return;
      parent.children[index] = noteTableHast(tables[which]!.block);
      return SKIP;
    });
  const rendered = renderNodes([swap(node) as RootContent, ...walk.definitions], {
    onTooDeep: tooDeepReporter(walk, at),
    urls: walk.urls,
    afterSanitize: putTablesIn,
  });
  return { kind: 'prose', ...rendered, rows: tables.flatMap((table) => table.block.rows), position: at };
}

/** A top-level option table: its rows are taken, and it is the table rows cut off below it continue. */
function takeTopTable(walk: NoteWalk, table: OptionTable): NoteBlock {
  takeRows(walk, table);
  walk.lastTable = table;
  return table.block;
}

function takeRows(walk: NoteWalk, table: OptionTable): void {
  walk.rows.push(...table.rows);
  walk.tableRows += table.bodyRows;
}

function sameLine(line: number): number {
  return line;
}

function scopeOf(walk: NoteWalk): TableScope {
  return { file: walk.file, meta: walk.meta, trail: walk.trail.map((heading) => heading.text) };
}

/** A node rendered as written, with the note's link definitions. */
function proseBlock(walk: NoteWalk, node: RootContent, at: SourcePosition): NoteBlock {
  return {
    kind: 'prose',
    ...renderNodes([node, ...walk.definitions], { onTooDeep: tooDeepReporter(walk, at), urls: walk.urls }),
    position: at,
  };
}

function tooDeepReporter(walk: NoteWalk, at: SourcePosition): () => void {
  return () =>
    report(
      walk.file,
      'too-deep',
      at,
      `HTML nested over ${MAX_TREE_DEPTH} levels deep; what is deeper is shown as text.`,
      'Look for unclosed or generated HTML tags.',
    );
}
