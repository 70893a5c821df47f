/**
 * One option table → option rows. Every body row becomes an OptionRow or a
 * diagnostic naming its line: rows with too many or too few cells are read as
 * well as they can be and reported, never dropped.
 */
import { createHash } from 'node:crypto';
import type { Table, TableCell, TableRow } from 'mdast';
import type { Node } from 'unist';
import type { VFile } from 'vfile';
import { strayHtml, tagOf } from './cell-html.ts';
import type { ColumnMap, ColumnRole } from './columns.ts';
import { report, type Place } from './diagnostics.ts';
import { keyProblem, quoteForMessage, reservedSegment } from './key-grammar.ts';
import { readDescriptionMarks, readKeyCell, type KeyCell } from './keys.ts';
import { MAX_TREE_DEPTH } from './nesting.ts';
import { siteUrls } from './links.ts';
import { cellText, renderNodes, sourceOf, type Rendered } from './markdown.ts';
import { alignCells, splitTabRows, type AlignedCells } from './row-cells.ts';
import { readRequired, readRowShape, type RowShape, type ShiftedCell } from './row-shape.ts';
import type { DefaultValue, Description, Locale, NoteKind, NoteTableCell, NoteTableRow, SourcePosition } from './schema.ts';
import { enumValuesInDescription, inferType, normalizeType, suggestType, typeName, type TypeInfo } from './types.ts';
import { isNoDefault, parseDefault } from './values.ts';
import { detectTextLocale } from '../locale/detect.ts';

/** One table row read as an option, before rows of all notes are merged. */
export interface OptionRow {
  key: string;
  /** The language of the row: its description's script, else its note's locale. */
  locale: Locale;
  /** The note (and its translations) the row comes from. */
  noteId: string;
  /** The kind of its note: rows of a translations note only add descriptions; a section note's rows repeat options. */
  noteKind: NoteKind;
  /** Its note is the upstream reference. */
  upstream: boolean;
  version: string | null;
  group: string | null;
  position: SourcePosition;
  type: TypeInfo & { raw: string | null; source: 'declared' | 'inferred' | 'unknown' };
  /** Whether the row has a Default column at all (a key/description table states no default). */
  statesDefault: boolean;
  default: DefaultValue | null;
  defaultPlace: Place;
  required: boolean | null;
  deprecated: boolean;
  replacedBy: string[];
  deprecatedKeys: string[];
  fallbackKeys: string[];
  since: string | null;
  labels: string[];
  description: Description | null;
  trail: string[];
  /** The note line of its table's header: a key repeated in another table of a note may be a summary, not a duplicate. */
  table: number;
  extra: Record<string, string>;
  /** The row as written, white space collapsed: identical rows are repeats. */
  rowText: string;
}

export interface TableContext {
  file: VFile;
  /** The text the table's positions point into (the note, or a re-parsed fragment of it). */
  source: string;
  /** Maps a line of `source` to the note's line. */
  mapLine: (line: number) => number;
  locale: Locale;
  noteId: string;
  noteKind: NoteKind;
  upstream: boolean;
  version: string | null;
  group: string | null;
  trail: string[];
  /** The note line of the table's header, when its rows are read from a fragment (rows cut off by a blank line). */
  tableLine?: number;
}

function placeOf(ctx: TableContext, node: Node | undefined, fallback: Place): Place {
  const start = node?.position?.start;
  return start ? { line: ctx.mapLine(start.line), column: start.column } : fallback;
}

function rowText(ctx: TableContext, row: TableRow): string {
  const start = row.position?.start.offset;
  const end = row.position?.end.offset;
  return start === undefined || end === undefined ? '' : ctx.source.slice(start, end).trim();
}

function cellOf(cells: AlignedCells, columns: ColumnMap, role: ColumnRole): TableCell | undefined {
  const index = columns.roles[role];
  return index === undefined ? undefined : cells.cells[index];
}

function textOf(cell: TableCell | undefined): string {
  return cell ? cellText(cell.children) : '';
}

function splitKeys(text: string): string[] {
  return text.split(/[\s,;，；]+/).filter((key) => key !== '' && !isNoDefault(key));
}

/** A row's cell as the note page shows it. */
type RenderCell = (cell: TableCell) => Rendered;

const EMPTY_CELL: NoteTableCell = { html: '', text: '' };

/**
 * Renders cells from their own Markdown, each once: the note page shows
 * every cell as written, and an option's description is the same rendering.
 */
function cellRenderer(ctx: TableContext): RenderCell {
  // Relative links to notes and images become site links, as in the note's prose (links.ts).
  const urls = siteUrls(ctx.file.path);
  const done = new Map<TableCell, Rendered>();
  return (cell) => {
    const known = done.get(cell);
    if (known) return known;
    if (cell.children.length === 0) return EMPTY_CELL;
    const start = cell.children[0]?.position?.start ?? cell.position!.start;
    const onTooDeep = () =>
      report(
        ctx.file,
        'too-deep',
        { line: ctx.mapLine(start.line), column: start.column },
        `HTML in this table cell nests over ${MAX_TREE_DEPTH} levels deep; what is deeper is shown as text.`,
        'Look for unclosed or generated HTML tags.',
      );
    const rendered = renderNodes([...cell.children], { inline: true, onTooDeep, urls });
    done.set(cell, rendered);
    return rendered;
  };
}

/**
 * A row's cells for the note page: one per header column, missing ones
 * empty, and cells past the header joined into the last one with ` | `
 * (most often a `|` the author meant as text).
 */
function writtenCells(render: RenderCell, cells: readonly TableCell[], extra: readonly TableCell[], width: number): NoteTableCell[] {
  const out = Array.from({ length: width }, (_, index) => (cells[index] ? render(cells[index]) : EMPTY_CELL));
  if (extra.length > 0 && width > 0) {
    const joined = [out[width - 1]!, ...extra.map(render)];
    out[width - 1] = { html: joined.map((cell) => cell.html).join(' | '), text: joined.map((cell) => cell.text).join(' | ') };
  }
  return out;
}

function readDescription(
  ctx: TableContext,
  render: RenderCell,
  cell: TableCell | undefined,
  translation: TableCell | undefined,
): Description | null {
  if (!cell || cell.children.length === 0) return null;
  const markdown = sourceOf(ctx.source, cell.children).trim();
  const start = cell.children[0]?.position?.start ?? cell.position!.start;
  const { html, text } = render(cell);
  const original = translation ? sourceOf(ctx.source, translation.children).trim() : '';
  return {
    markdown,
    html,
    text,
    sourceHash: hashSource(markdown),
    // A translator may give the source's hash, or paste the source text itself.
    translationOf: original === '' ? null : /^[0-9a-f]{16}$/.test(original) ? original : hashSource(original),
    source: { file: ctx.file.path, line: ctx.mapLine(start.line), column: start.column },
  };
}

export function hashSource(markdown: string): string {
  return createHash('sha256').update(markdown.trim()).digest('hex').slice(0, 16);
}

function readType(ctx: TableContext, cell: TableCell | undefined, defaultText: string | null, descriptionText: string): OptionRow['type'] {
  const raw = cell ? textOf(cell) : null;
  let info: TypeInfo;
  let source: OptionRow['type']['source'];
  if (raw === null || raw === '') {
    const inferred = inferType(defaultText);
    info = { baseType: inferred, elementType: null, enumValues: [], recognized: true };
    source = inferred === 'Unknown' ? 'unknown' : 'inferred';
  } else {
    info = normalizeType(raw);
    source = info.recognized ? 'declared' : 'unknown';
    if (!info.recognized) {
      const suggestion = suggestType(raw);
      const known = 'Boolean, Integer, Long, Float, Double, String, Duration, MemorySize, Enum, List<…>, Map';
      report(
        ctx.file,
        'unknown-type',
        placeOf(ctx, cell!.children[0], { line: 1, column: 1 }),
        `Unknown type ${quoteForMessage(raw)}${suggestion ? ` (did you mean ${suggestion}?)` : ''}; the option's type is recorded as Unknown`,
        suggestion ? `Did you mean ${suggestion}? Known types: ${known}.` : `Use one of ${known}.`,
      );
    }
  }
  if ((info.baseType === 'Enum' || info.elementType === 'Enum') && info.enumValues.length === 0) {
    info = { ...info, enumValues: enumValuesInDescription(descriptionText) };
  }
  return { ...info, raw: raw === '' ? null : raw, source };
}

function readDefault(ctx: TableContext, raw: string, type: OptionRow['type'], place: Place, prose: boolean): DefaultValue | null {
  if (raw === '' && (type.baseType === 'List' || type.baseType === 'Map')) {
    // Flink prints an empty list or map default as an empty cell.
    return { raw: '', value: type.baseType === 'List' ? [] : {}, kind: 'literal' };
  }
  if (isNoDefault(raw, type)) return null;
  const parsed = parseDefault(raw, type);
  // Prose is no value even of a declared String: the text most likely explains the option (the value is elsewhere).
  if (prose && parsed.kind !== 'expression') {
    report(
      ctx.file,
      'prose-default',
      place,
      `Default ${quoteForMessage(raw)} reads as prose, not a value${type.baseType === 'Unknown' ? '' : ` of type ${typeName(type)}`}; kept as text, with no typed value`,
      'Put the value in Default and the explanation in Description.',
    );
    return { raw, value: null, kind: 'text' };
  }
  switch (parsed.kind) {
    case 'literal':
      return { raw, value: parsed.value, kind: 'literal' };
    case 'expression': {
      const reading =
        parsed.value === null
          ? 'kept as written, with no typed value'
          : `read as ${JSON.stringify(parsed.value)}${type.baseType === 'Duration' ? ' ms' : type.baseType === 'MemorySize' ? ' bytes' : ''}`;
      report(
        ctx.file,
        'default-expression',
        place,
        `Default "${raw}" is an expression; ${reading}`,
        parsed.evaluated === null
          ? 'Write the value itself.'
          : `Write the value itself: ${raw} = ${parsed.evaluated}${parsed.unit === undefined ? '' : ` ${parsed.unit}`}.`,
      );
      return { raw, value: parsed.value, kind: 'expression' };
    }
    case 'text':
      report(
        ctx.file,
        'default-text',
        place,
        `Default ${quoteForMessage(raw)} is text, not a value of type ${type.baseType}; it is kept as written`,
      );
      return { raw, value: null, kind: 'text' };
    case 'invalid':
      report(
        ctx.file,
        'invalid-default',
        place,
        `Default ${quoteForMessage(raw)} is not a valid ${typeName(type)}: ${parsed.reason}`,
        type.source === 'declared' ? 'Fix the default or the Type cell.' : undefined,
      );
      return { raw, value: null, kind: 'invalid' };
  }
}

/** The HTML in a row's cells that is neither formatting nor a key's placeholder. */
function reportStrayHtml(ctx: TableContext, cells: AlignedCells, columns: ColumnMap): void {
  const all: Array<[string, TableCell]> = [
    ...cells.cells.map((cell, index): [string, TableCell] => [columns.headers[index] || `column ${index + 1}`, cell]),
    ...cells.extra,
  ];
  for (const [index, [header, cell]] of all.entries()) {
    for (const node of strayHtml(cell.children, { placeholders: index === columns.roles.key })) {
      const tag = tagOf(node.value);
      report(
        ctx.file,
        'raw-html',
        placeOf(ctx, node, { line: 1, column: 1 }),
        `Raw HTML ${quoteForMessage(tag ? `<${tag.closing ? '/' : ''}${tag.name}${tag.hasAttributes ? ' …' : ''}>` : node.value)} in the ${quoteForMessage(header)} cell is not shown as written: cells are Markdown, and HTML other than inline formatting is sanitized`,
        'Write it in Markdown, or in backticks if it is meant as text.',
      );
    }
  }
}

/** Reads the key cell; reports and returns null when the row yields no option. */
function readKey(
  ctx: TableContext,
  row: TableRow,
  cells: AlignedCells,
  columns: ColumnMap,
  rowPlace: Place,
): { cell: KeyCell; place: Place } | null {
  const keyCell = cellOf(cells, columns, 'key');
  const place = placeOf(ctx, keyCell?.children[0] ?? keyCell, rowPlace);
  const cell = readKeyCell(keyCell?.children ?? [], ctx.source);
  if (cell.key === '') {
    report(
      ctx.file,
      'missing-key',
      rowPlace,
      `Row has no key; it is not in the registry: ${quoteForMessage(rowText(ctx, row))}`,
      'Put the option key in the key column.',
    );
    return null;
  }
  // `__proto__` is strong `proto` to Markdown: a reserved segment in either reading rejects the row.
  const literalReserved = reservedSegment(cell.literal);
  const problem =
    cell.html.length > 0
      ? `it holds HTML (${quoteForMessage(cell.html[0]!)})`
      : (keyProblem(cell.key) ?? (literalReserved === undefined ? undefined : `its segment "${literalReserved}" is reserved`));
  if (problem === undefined) return { cell, place };
  const written = keyCell ? sourceOf(ctx.source, keyCell.children).trim() : '';
  const otherCellsEmpty =
    cells.cells.every((c, index) => index === columns.roles.key || cellText(c.children) === '') && cells.extra.length === 0;
  // A caption: words (or Chinese text) alone in the row, not cells run together by tabs.
  if (otherCellsEmpty && !written.includes('\t') && (cell.words.length > 1 || /\p{Script=Han}/u.test(cell.key))) {
    report(
      ctx.file,
      'section-row',
      rowPlace,
      `Row ${quoteForMessage(textOf(keyCell))} only holds a caption; it is not an option`,
      'Put captions in a heading above the table.',
    );
    return null;
  }
  const read = written === cell.key ? '' : ` (read as ${quoteForMessage(cell.key)})`;
  report(
    ctx.file,
    'invalid-key',
    place,
    `Key ${quoteForMessage(written)}${read} is not a valid key: ${problem}; the row is not in the registry`,
    cell.words.length > 1
      ? 'Put only the key in the key cell and move other text to the description.'
      : 'A key is dot-separated segments of letters, digits, `-`, `_` and `<placeholder>`s.',
  );
  return null;
}

const CELL_NAMES: Record<ShiftedCell, string> = { default: 'Default', type: 'Type', description: 'Description' };

function listWords(parts: string[]): string {
  return parts.length <= 1 ? parts.join('') : `${parts.slice(0, -1).join(', ')} and ${parts.at(-1)}`;
}

/** What a shifted row's cells hold, and how the row was read. */
function shiftedRowMessage(shape: Extract<RowShape, { kind: 'shifted' }>, defaultText: string): string {
  const held: string[] = [];
  const holds = (cell: ShiftedCell): string | undefined => {
    if (shape.description === cell) return 'a description';
    if (shape.type === cell) return `a type name (${quoteForMessage(defaultText)})`;
    if (shape.flagIn === cell) return `only holds ${quoteForMessage(shape.flag!)}`;
    return undefined;
  };
  for (const cell of ['default', 'type', 'description'] as const) {
    // A description under its own header is as written: nothing to say about it.
    if (cell === 'description' && shape.description === 'description') continue;
    const what = holds(cell);
    if (what !== undefined) held.push(`${CELL_NAMES[cell]} ${what.startsWith('only') ? what : `holds ${what}`}`);
    else if (cell === 'description') held.push('Description is empty');
  }
  const read = ['no default'];
  if (shape.type === 'default') read.push(`type ${defaultText.trim()} from the Default cell`);
  if (shape.description === null) read.push('no description');
  else if (shape.description !== 'description') read.push(`the ${CELL_NAMES[shape.description]} cell as the description`);
  if (shape.required !== null) read.push(`required: ${shape.required ? 'yes' : 'no'}`);
  return `Row looks shifted one cell to the left: ${listWords(held)}; read as ${read.join(', ')}`;
}

/** A body row as written (for the note page), without its element id. */
export type WrittenRow = Omit<NoteTableRow, 'id'>;

/** Reads one body row: the row as written, and its option (null when it yields none; it is then in a diagnostic). */
function readRow(
  ctx: TableContext,
  render: RenderCell,
  row: TableRow,
  columns: ColumnMap,
  tabSplit: TableCell[] | undefined,
): { option: OptionRow | null; written: WrittenRow } {
  const rowPlace = placeOf(ctx, row, { line: 1, column: 1 });
  const width = columns.headers.length;
  if (row.children.every((cell) => cellText(cell.children) === '')) {
    report(ctx.file, 'malformed-row', rowPlace, 'Empty table row', 'Remove the empty row.');
    return { option: null, written: { line: rowPlace.line, key: null, cells: writtenCells(render, [], [], width) } };
  }
  const cells = alignCells(ctx, row, columns, rowPlace, tabSplit);
  reportStrayHtml(ctx, cells, columns);
  const written = (key: string | null): WrittenRow => ({
    line: rowPlace.line,
    key,
    cells: writtenCells(
      render,
      cells.cells,
      cells.extra.map(([, cell]) => cell),
      width,
    ),
  });
  const key = readKey(ctx, row, cells, columns, rowPlace);
  if (!key) return { option: null, written: written(null) };
  return { option: readOption(ctx, render, row, columns, cells, key, rowPlace), written: written(key.cell.key) };
}

/** The option a row with a valid key defines. */
function readOption(
  ctx: TableContext,
  render: RenderCell,
  row: TableRow,
  columns: ColumnMap,
  cells: AlignedCells,
  key: { cell: KeyCell; place: Place },
  rowPlace: Place,
): OptionRow {
  let defaultCell = cellOf(cells, columns, 'default');
  let descriptionCell = cellOf(cells, columns, 'description');
  let typeCell = cellOf(cells, columns, 'type');
  const requiredCell = cellOf(cells, columns, 'required');
  const valueOf = (cell: TableCell | undefined): string => (cell ? cellText(cell.children, ctx.source) : '');
  const shape = readRowShape({
    defaultText: columns.roles.default === undefined ? null : valueOf(defaultCell),
    typeText: columns.roles.type === undefined ? null : textOf(typeCell),
    descriptionText: columns.roles.description === undefined ? null : textOf(descriptionCell),
    requiredText: columns.roles.required === undefined ? null : textOf(requiredCell),
  });
  let required = columns.roles.required === undefined ? null : readRequired(textOf(requiredCell));
  if (shape.kind === 'shifted') {
    const byName = { default: defaultCell, type: typeCell, description: descriptionCell };
    report(
      ctx.file,
      'shifted-row',
      rowPlace,
      shiftedRowMessage(shape, textOf(defaultCell)),
      'Put each value under its header; write an empty default as `(none)`.',
    );
    descriptionCell = shape.description === null ? undefined : byName[shape.description];
    if (shape.type === 'default') typeCell = defaultCell;
    else if (shape.flagIn === 'type' || shape.description === 'type') typeCell = undefined;
    defaultCell = undefined;
    required = shape.required ?? required;
  } else if (shape.kind === 'flag-in-description') {
    report(
      ctx.file,
      'flag-in-description',
      placeOf(ctx, descriptionCell?.children[0], rowPlace),
      `Description only holds ${quoteForMessage(shape.flag)}, a required flag; read as required: ${shape.required ? 'yes' : 'no'}, with no description`,
      columns.roles.required === undefined
        ? 'Add a Required (是否必填) column for the flag, and describe the option in Description.'
        : 'Put the flag in the Required column.',
    );
    descriptionCell = undefined;
    required = shape.required;
  }

  const description = readDescription(ctx, render, descriptionCell, cellOf(cells, columns, 'translationOf'));
  const defaultText = defaultCell === undefined ? null : valueOf(defaultCell);
  const type = readType(ctx, typeCell, defaultText === null || isNoDefault(defaultText) ? null : defaultText, description?.text ?? '');
  const defaultPlace = placeOf(ctx, defaultCell?.children[0] ?? defaultCell, rowPlace);
  const defaultValue = defaultText === null ? null : readDefault(ctx, defaultText, type, defaultPlace, shape.kind === 'prose-default');
  const marks = readDescriptionMarks(description?.text ?? '', { keyDeprecated: key.cell.deprecated });

  const extraCells: Array<[string, string]> = [];
  for (const [index, header] of columns.extra) {
    const text = cells.cells[index] ? textOf(cells.cells[index]) : '';
    if (header !== '' || text !== '') extraCells.push([header || `column ${index + 1}`, text]);
  }
  for (const [label, cell] of cells.extra) extraCells.push([label, textOf(cell)]);
  // Own properties, whatever the header says (`__proto__` included).
  const extra: Record<string, string> = Object.fromEntries(extraCells);
  const since = textOf(cellOf(cells, columns, 'since'));
  return {
    key: key.cell.key,
    locale: (description && detectTextLocale(description.text)) || ctx.locale,
    noteId: ctx.noteId,
    noteKind: ctx.noteKind,
    upstream: ctx.upstream,
    version: ctx.version,
    group: ctx.group,
    position: { file: ctx.file.path, line: key.place.line, column: key.place.column },
    type,
    statesDefault: columns.roles.default !== undefined,
    default: defaultValue,
    defaultPlace,
    required,
    deprecated: key.cell.deprecated || marks.deprecated,
    replacedBy: marks.replacedBy,
    deprecatedKeys: splitKeys(textOf(cellOf(cells, columns, 'deprecatedKeys'))),
    fallbackKeys: [...new Set([...splitKeys(textOf(cellOf(cells, columns, 'fallbackKeys'))), ...marks.fallbackKeys])],
    since: since === '' || isNoDefault(since) ? null : since,
    labels: key.cell.labels,
    description,
    trail: ctx.trail,
    table: ctx.tableLine ?? 0,
    extra,
    rowText: rowText(ctx, row).replace(/\s+/g, ' '),
  };
}

/** An option table's body rows read: the options they define, and every row as written. */
export interface TableRows {
  options: OptionRow[];
  written: WrittenRow[];
}

/** Reads every body row of an option table. */
export function readOptionRows(tableCtx: TableContext, table: Table, columns: ColumnMap, firstBodyRow = 1): TableRows {
  const ctx: TableContext = { ...tableCtx, tableLine: tableCtx.tableLine ?? tableCtx.mapLine(table.position?.start.line ?? 1) };
  const options: OptionRow[] = [];
  const written: WrittenRow[] = [];
  const body = table.children.slice(firstBodyRow);
  const tabSplits = splitTabRows(ctx.source, body, columns.headers.length);
  const render = cellRenderer(ctx);
  for (const row of body) {
    const read = readRow(ctx, render, row, columns, tabSplits.get(row));
    if (read.option) options.push(read.option);
    written.push(read.written);
  }
  return { options, written };
}
