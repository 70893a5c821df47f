/**
 * How a default is laid out, wherever one is shown (option pages, option
 * tables, "In your notes", the diff page, embeds): a typed List of two or
 * more items one item per line, a typed Map of two or more entries one
 * key → value per line, the first few shown and the rest folded; a long
 * text folded after its first characters; anything else as written. Flink
 * writes a list as one `;`-separated word and a map as one `,`-separated
 * word, which would widen any column they are in. The text as written is
 * kept in every view (`raw`), for its copy button.
 */
import { parseList, parseMapEntries, unquote } from '../registry/values.ts';
import type { DefaultValue } from '../registry/schema.ts';

/** Items (or map entries) shown before "show all (N)" folds the rest. */
export const SHOWN_ITEMS = 5;
/** A text longer than this, in characters, is folded. */
export const LONG_VALUE_CHARS = 80;
/** How much of a folded text shows before it is opened. */
export const PREVIEW_CHARS = 60;

export interface MapEntry {
  key: string;
  value: string;
}

export type DefaultView =
  /** As written, in one piece (an empty text as `""`, so that it stays visible). */
  | { kind: 'text'; raw: string; text: string }
  /** A long text: its first characters, then all `length` of them behind "show all". */
  | { kind: 'long'; raw: string; preview: string; length: number }
  /** A list's items as written (quotes removed): `shown`, then `more` behind "show all (count)". */
  | { kind: 'list'; raw: string; count: number; shown: string[]; more: string[] }
  /** A map's entries as written, in their order: `shown`, then `more` behind "show all (count)". */
  | { kind: 'map'; raw: string; count: number; shown: MapEntry[]; more: MapEntry[] };

/** The default as one text: the raw text, with an empty one as `""` so that it stays visible. */
export function defaultText(raw: string): string {
  return raw === '' ? '""' : raw;
}

function folded<T>(items: T[]): { count: number; shown: T[]; more: T[] } {
  return { count: items.length, shown: items.slice(0, SHOWN_ITEMS), more: items.slice(SHOWN_ITEMS) };
}

/**
 * A typed default's list items or map entries as written, split as the
 * registry splits them; undefined when there are fewer than two, or when
 * the split does not match the typed value (then the text is shown as written).
 */
function listItems(given: DefaultValue): string[] | undefined {
  if (given.kind !== 'literal' || !Array.isArray(given.value) || given.value.length < 2) return undefined;
  const items = parseList(given.raw);
  return items.length === given.value.length ? items : undefined;
}

function mapEntries(given: DefaultValue): MapEntry[] | undefined {
  const value = given.value;
  if (given.kind !== 'literal' || value === null || typeof value !== 'object' || Array.isArray(value)) return undefined;
  const entries = parseMapEntries(unquote(given.raw));
  // A key written twice leaves one in the typed value: the text as written is shown instead.
  if (entries === null || entries.length < 2 || entries.length !== Object.keys(value).length) return undefined;
  return entries.map(([key, entry]) => ({ key, value: entry }));
}

/** How `given` is shown: only typed literals are split (a List is typed as an array, a Map as an object). */
export function defaultView(given: DefaultValue): DefaultView {
  const raw = given.raw;
  const items = listItems(given);
  if (items) return { kind: 'list', raw, ...folded(items) };
  const entries = mapEntries(given);
  if (entries) return { kind: 'map', raw, ...folded(entries) };
  const chars = [...raw];
  if (chars.length > LONG_VALUE_CHARS)
    return { kind: 'long', raw, preview: `${chars.slice(0, PREVIEW_CHARS).join('').trimEnd()}…`, length: chars.length };
  return { kind: 'text', raw, text: defaultText(raw) };
}
