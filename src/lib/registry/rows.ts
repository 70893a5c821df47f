/**
 * One option table → option rows. Every body row becomes an OptionRow or a
 * diagnostic naming its line: rows with too many or too few cells are read as
 * well as they can be and reported, never dropped.
 */
import { createHash } from 'node:crypto';
import type { PhrasingContent, Table, TableCell, TableRow } from 'mdast';
import type { Node } from 'unist';
import type { VFile } from 'vfile';
import type { ColumnMap, ColumnRole } from './columns.ts';
import { looksLikeKey } from './columns.ts';
import { report, type Place } from './diagnostics.ts';
import { readDescriptionMarks, readKeyCell } from './keys.ts';
import { MAX_TREE_DEPTH } from './nesting.ts';
import { cellText, renderNodes, sourceOf } from './markdown.ts';
import type { DefaultValue, Description, Locale, NoteKind, SourcePosition, TypedValue } from './schema.ts';
import { enumValuesInDescription, inferType, normalizeType, type TypeInfo } from './types.ts';
import { isNoDefault, parseDefault } from './values.ts';
import { detectTextLocale } from '../i18n/detect.ts';

/** One table row read as an option, before rows of all notes are merged. */
export interface OptionRow {
  key: string;
  /** The language of the row: its description's script, else its note's locale. */
  locale: Locale;
  /** The note (and its translations) the row comes from. */
  noteId: string;
  /** The kind of its note: rows of a translations note only add descriptions; a section note's rows repeat options. */
  noteKind: NoteKind;
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
  extra: Record<string, string>;
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
  version: string | null;
  group: string | null;
  trail: string[];
}

interface Cells {
  cells: TableCell[];
  /** Extra cells joined into the description (an unescaped `|`). */
  descriptionTail: TableCell[];
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

/** Lines up a row's cells with the header, reporting and repairing a mismatch. */
function alignCells(ctx: TableContext, row: TableRow, columns: ColumnMap, rowPlace: Place): Cells {
  const width = columns.headers.length;
  const cells = [...row.children];
  if (cells.length === width) return { cells, descriptionTail: [] };
  const descriptionIndex = columns.roles.description;
  if (cells.length > width) {
    const firstEmpty = cellText(cells[0]!.children) === '';
    if (firstEmpty && cells.length === width + 1 && looksLikeKey(cellText(cells[1]!.children))) {
      report(ctx.file, 'malformed-row', rowPlace, `Row has ${cells.length} cells but the header has ${width}: it starts with an extra empty cell; read shifted one cell left`, 'Remove the extra `|` at the start of the row.');
      return { cells: cells.slice(1), descriptionTail: [] };
    }
    if (descriptionIndex === width - 1) {
      report(ctx.file, 'malformed-row', rowPlace, `Row has ${cells.length} cells but the header has ${width}: the extra cells were joined into the description`, 'Escape a `|` inside a cell as `\\|`.');
      return { cells: cells.slice(0, width), descriptionTail: cells.slice(width) };
    }
    const extra = cells.slice(width).map((cell) => cellText(cell.children));
    report(ctx.file, 'malformed-row', rowPlace, `Row has ${cells.length} cells but the header has ${width}: extra cells ignored: ${extra.map((t) => JSON.stringify(t)).join(', ')}`, 'Escape a `|` inside a cell as `\\|`.');
    return { cells: cells.slice(0, width), descriptionTail: [] };
  }
  report(ctx.file, 'malformed-row', rowPlace, `Row has ${cells.length} cell${cells.length === 1 ? '' : 's'} but the header has ${width}: the missing cells are read as empty`, 'Add the missing cells (empty cells are fine: `| |`).');
  return { cells, descriptionTail: [] };
}

function cellOf(cells: Cells, columns: ColumnMap, role: ColumnRole): TableCell | undefined {
  const index = columns.roles[role];
  return index === undefined ? undefined : cells.cells[index];
}

function textOf(cell: TableCell | undefined): string {
  return cell ? cellText(cell.children) : '';
}

const YES = /^(?:yes|y|true|required|mandatory|是|必填|必须|必选|√|✓|✔)$/i;
const NO = /^(?:no|n|false|optional|否|非必填|可选|选填|×|✗)$/i;

function readRequired(text: string): boolean | null {
  if (YES.test(text)) return true;
  if (NO.test(text)) return false;
  return null;
}

function splitKeys(text: string): string[] {
  return text.split(/[\s,;，；]+/).filter((key) => key !== '' && !isNoDefault(key));
}

function readDescription(ctx: TableContext, cells: Cells, columns: ColumnMap): Description | null {
  const cell = cellOf(cells, columns, 'description');
  if (!cell) return null;
  const nodes: PhrasingContent[] = [...cell.children];
  for (const tail of cells.descriptionTail) nodes.push({ type: 'text', value: ' | ' }, ...tail.children);
  const content = [cell, ...cells.descriptionTail].flatMap((c) => c.children);
  if (content.length === 0) return null;
  const markdown = sourceOf(ctx.source, [content[0]!, content.at(-1)!]).trim();
  const start = cell.children[0]?.position?.start ?? cell.position!.start;
  const onTooDeep = () => report(ctx.file, 'too-deep', { line: ctx.mapLine(start.line), column: start.column }, `HTML in this description nests over ${MAX_TREE_DEPTH} levels deep; what is deeper is shown as text.`, 'Look for unclosed or generated HTML tags.');
  const { html, text } = renderNodes(nodes, { inline: true, onTooDeep });
  const originalCell = cellOf(cells, columns, 'translationOf');
  const original = originalCell ? sourceOf(ctx.source, originalCell.children).trim() : '';
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

function readType(ctx: TableContext, cells: Cells, columns: ColumnMap, defaultText: string | null, descriptionText: string): OptionRow['type'] {
  const cell = cellOf(cells, columns, 'type');
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
      report(ctx.file, 'unknown-type', placeOf(ctx, cell!.children[0], { line: 1, column: 1 }), `Unknown type "${raw}"; the option's type is recorded as Unknown`, 'Use one of Boolean, Integer, Long, Float, Double, String, Duration, MemorySize, Enum, List<…>, Map.');
    }
  }
  if ((info.baseType === 'Enum' || info.elementType === 'Enum') && info.enumValues.length === 0) {
    info = { ...info, enumValues: enumValuesInDescription(descriptionText) };
  }
  return { ...info, raw: raw === '' ? null : raw, source };
}

function readDefault(ctx: TableContext, cell: TableCell | undefined, type: OptionRow['type'], place: Place): DefaultValue | null {
  if (!cell) return null;
  const raw = textOf(cell);
  if (raw === '' && (type.baseType === 'List' || type.baseType === 'Map')) {
    // Flink prints an empty list or map default as an empty cell.
    return { raw: '', value: type.baseType === 'List' ? [] : {}, kind: 'literal' };
  }
  if (isNoDefault(raw)) return null;
  const parsed = parseDefault(raw, type);
  switch (parsed.kind) {
    case 'literal':
      return { raw, value: parsed.value as TypedValue, kind: 'literal' };
    case 'expression':
      report(ctx.file, 'default-expression', place, `Default "${raw}" is an expression; it is kept as written and not typed`, parsed.evaluated === null ? 'Write the value itself.' : `Write the value itself: ${raw} = ${parsed.evaluated}.`);
      return { raw, value: null, kind: 'expression' };
    case 'text':
      report(ctx.file, 'default-text', place, `Default "${raw}" is text, not a value of type ${type.baseType}; it is kept as written`);
      return { raw, value: null, kind: 'text' };
    case 'invalid':
      report(ctx.file, 'invalid-default', place, `Default "${raw}" is not a valid ${type.baseType === 'List' ? `List<${type.elementType}>` : type.baseType}: ${parsed.reason}`, type.source === 'declared' ? 'Fix the default or the Type cell.' : undefined);
      return { raw, value: null, kind: 'invalid' };
  }
}

/** Reads one body row; null when the row yields no option (it is then in a diagnostic). */
function readRow(ctx: TableContext, row: TableRow, columns: ColumnMap): OptionRow | null {
  const rowPlace = placeOf(ctx, row, { line: 1, column: 1 });
  if (row.children.every((cell) => cellText(cell.children) === '')) {
    report(ctx.file, 'malformed-row', rowPlace, 'Empty table row', 'Remove the empty row.');
    return null;
  }
  const cells = alignCells(ctx, row, columns, rowPlace);
  const keyCell = cellOf(cells, columns, 'key');
  const keyPlace = placeOf(ctx, keyCell?.children[0] ?? keyCell, rowPlace);
  const keyInfo = readKeyCell(keyCell?.children ?? []);
  if (keyInfo.key === '') {
    report(ctx.file, 'missing-key', rowPlace, `Row has no key; it is not in the registry: ${rowText(ctx, row)}`, 'Put the option key in the key column.');
    return null;
  }
  const otherCellsEmpty = cells.cells.every((cell, index) => index === columns.roles.key || cellText(cell.children) === '');
  if (keyInfo.extraText !== '' && otherCellsEmpty) {
    report(ctx.file, 'section-row', rowPlace, `Row "${textOf(keyCell)}" only holds a caption; it is not an option`, 'Put captions in a heading above the table.');
    return null;
  }
  if (keyInfo.extraText !== '') {
    report(ctx.file, 'invalid-key', keyPlace, `Key cell holds text beside the key: "${keyInfo.extraText}"; the key is read as "${keyInfo.key}"`, 'Move the text to the description, or put the key in backticks if it really holds spaces.');
  }
  if (keyInfo.hadQuotes) {
    report(ctx.file, 'invalid-key', keyPlace, `Key "${keyInfo.key}" was written in quotes; they were removed`, 'Write the key bare, or in backticks.');
  }
  if (keyInfo.hadInvisible) {
    report(ctx.file, 'invalid-key', keyPlace, `Key "${keyInfo.key}" held invisible characters (zero-width space or similar); they were removed`);
  }
  if (/\s/.test(keyInfo.key)) {
    report(ctx.file, 'invalid-key', keyPlace, `Key "${keyInfo.key}" holds white space`);
  }

  const description = readDescription(ctx, cells, columns);
  const defaultCell = cellOf(cells, columns, 'default');
  const defaultText = columns.roles.default === undefined ? null : textOf(defaultCell);
  const type = readType(ctx, cells, columns, defaultText === null || isNoDefault(defaultText) ? null : defaultText, description?.text ?? '');
  const defaultPlace = placeOf(ctx, defaultCell?.children[0] ?? defaultCell, rowPlace);
  const defaultValue = readDefault(ctx, defaultCell, type, defaultPlace);
  const marks = readDescriptionMarks(description?.text ?? '');

  const extraCells: Array<[string, string]> = [];
  for (const [index, header] of columns.extra) {
    const text = cells.cells[index] ? textOf(cells.cells[index]) : '';
    if (header !== '' || text !== '') extraCells.push([header || `column ${index + 1}`, text]);
  }
  // Own properties, whatever the header says (`__proto__` included).
  const extra: Record<string, string> = Object.fromEntries(extraCells);
  const since = textOf(cellOf(cells, columns, 'since'));
  return {
    key: keyInfo.key,
    locale: (description && detectTextLocale(description.text)) || ctx.locale,
    noteId: ctx.noteId,
    noteKind: ctx.noteKind,
    version: ctx.version,
    group: ctx.group,
    position: { file: ctx.file.path, line: keyPlace.line, column: keyPlace.column },
    type,
    statesDefault: columns.roles.default !== undefined,
    default: defaultValue,
    defaultPlace,
    required: columns.roles.required === undefined ? null : readRequired(textOf(cellOf(cells, columns, 'required'))),
    deprecated: keyInfo.deprecated || marks.deprecated,
    replacedBy: marks.replacedBy,
    deprecatedKeys: splitKeys(textOf(cellOf(cells, columns, 'deprecatedKeys'))),
    fallbackKeys: [...new Set([...splitKeys(textOf(cellOf(cells, columns, 'fallbackKeys'))), ...marks.fallbackKeys])],
    since: since === '' || isNoDefault(since) ? null : since,
    labels: keyInfo.labels,
    description,
    trail: ctx.trail,
    extra,
  };
}

/** Reads every body row of an option table. */
export function readOptionRows(ctx: TableContext, table: Table, columns: ColumnMap, firstBodyRow = 1): OptionRow[] {
  const rows: OptionRow[] = [];
  for (const row of table.children.slice(firstBodyRow)) {
    const option = readRow(ctx, row, columns);
    if (option) rows.push(option);
  }
  return rows;
}
