/**
 * `confref lint --fix`: renamed keys rewritten to their new key in place,
 * everything else (comments, order, quoting, spacing) left as written. Only
 * renames are fixed, never a deprecated option's suggested replacement
 * (another option, maybe of another type). A flat key is rewritten where it
 * stands; a nested YAML key is rewritten in its map when the new key lies
 * below the same parents, else moved out as a dotted key before its
 * outermost map (parents left empty by the move go with it).
 */
import type { LintReference } from './reference.ts';
import { readConfig } from './read.ts';
import type { InputFormat, LintEntry } from './types.ts';

export interface FixChange {
  line: number;
  from: string;
  to: string;
  /** Set when the key was left as it was, saying why. */
  skipped?: string;
}

interface Edit {
  start: number;
  end: number;
  text: string;
}

function lineStart(text: string, offset: number): number {
  return text.lastIndexOf('\n', offset - 1) + 1;
}

function lineEnd(text: string, offset: number): number {
  const end = text.indexOf('\n', offset);
  return end === -1 ? text.length : end + 1;
}

/** A YAML key as text: plain when it reads back as the same string. */
function yamlKey(key: string): string {
  return /^[A-Za-z0-9_][\w.<>-]*$/.test(key) ? key : JSON.stringify(key);
}

/** A nested YAML setting to move out as `newKey: value`: what to insert where, or why it cannot be moved. */
interface Move {
  entry: LintEntry;
  insertAt: number;
  line: string;
}

function planMove(text: string, entry: LintEntry, newKey: string): Move | string {
  const [anchor] = entry.ancestors!;
  const value = entry.valueRange;
  if (anchor === undefined || !value) return 'it has no value to move';
  if (text.slice(lineStart(text, entry.keyRange[0]), entry.keyRange[0]).trim() !== '') return 'it is in a flow map ({…})';
  if (text.slice(value[0], value[1]).includes('\n')) return 'its value spans several lines';
  // An anchor or a tag is written before the value's range: moving the value alone would lose it.
  const properties = text.slice(entry.keyRange[1], value[0]).replace(/^\s*:/, '').trim();
  if (properties !== '') return `its value has an anchor or a tag (${properties}), which the move would lose`;
  // The value as written, with the comment after it.
  const valueText = text.slice(value[0], lineEnd(text, value[1])).trimEnd();
  const insertAt = lineStart(text, anchor);
  return { entry, insertAt, line: `${text.slice(insertAt, anchor)}${yamlKey(newKey)}: ${valueText}\n` };
}

/**
 * The lines a moved setting leaves: its own, or those of its outermost
 * parent that keeps no setting once the moves are made (a parent left empty
 * would read as a key set to nothing).
 */
function removal(text: string, entry: LintEntry, staying: readonly LintEntry[]): [number, number] {
  const path = entry.path!;
  let level = path.length - 1;
  while (level > 0) {
    const parent = path.slice(0, level);
    if (staying.some((e) => e.scope === entry.scope && e.path && parent.every((p, i) => e.path![i] === p))) break;
    level--;
  }
  const from = level === path.length - 1 ? entry.keyRange[0] : entry.ancestors![level]!;
  return [lineStart(text, from), lineEnd(text, entry.valueRange![1])];
}

/** Ranges merged where they overlap: parents removed for two moved settings are removed once. */
function mergeRanges(ranges: Array<[number, number]>): Array<[number, number]> {
  const merged: Array<[number, number]> = [];
  for (const [start, end] of [...ranges].sort((a, b) => a[0] - b[0])) {
    const last = merged.at(-1);
    if (last && start < last[1]) last[1] = Math.max(last[1], end);
    else merged.push([start, end]);
  }
  return merged;
}

/** The in-place rewrite of a key, a move, or why neither can be made. */
function planEntry(text: string, entry: LintEntry, newKey: string): Edit | Move | string {
  const [start, end] = entry.keyRange;
  if (start === end) return 'its key could not be found in the text';
  if (!entry.path) {
    // A key written with quotes or escapes in it (`-Da\.b=1`, `-D'a'.b=1`): the new key put over them may not read as meant.
    const written = text.slice(start, end);
    if (written !== entry.key) return `its key is written with quotes or escapes in it (${written}), which a rename in place could break`;
    return { start, end, text: newKey };
  }
  const prefix = entry.path.slice(0, -1).join('.');
  if (prefix === '') return { start, end, text: yamlKey(newKey) };
  if (newKey.startsWith(`${prefix}.`)) return { start, end, text: yamlKey(newKey.slice(prefix.length + 1)) };
  return planMove(text, entry, newKey);
}

export function fixRenames(
  text: string,
  format: InputFormat,
  reference: LintReference,
  /** The reference for the version a setting's own resource names (a FlinkDeployment's), as for lintText. */
  referenceOf?: (version: string) => LintReference,
): { text: string; changes: FixChange[]; refused?: string } {
  const { entries, findings } = readConfig(text, format);
  // Offsets in a file that does not parse may not be where the keys are.
  const syntax = findings.find((f) => f.rule === 'syntax');
  if (syntax) return { text, changes: [], refused: `it cannot be read (line ${syntax.line}: ${syntax.message})` };
  const set = new Set(entries.map((e) => `${e.scope}\u0000${e.key}`));
  const edits: Edit[] = [];
  const moves: Move[] = [];
  const changes: FixChange[] = [];
  for (const entry of entries) {
    const against = entry.flinkVersion !== undefined && referenceOf ? referenceOf(entry.flinkVersion) : reference;
    const lookup = against.lookup(entry.key);
    if (lookup.kind !== 'old' || lookup.old.kind === 'removed') continue;
    const to = lookup.old.to;
    const change: FixChange = { line: entry.place.line, from: entry.key, to };
    changes.push(change);
    if (set.has(`${entry.scope}\u0000${to}`)) {
      change.skipped = `"${to}" is set too: keep one of them`;
      continue;
    }
    const plan = planEntry(text, entry, to);
    if (typeof plan === 'string') change.skipped = plan;
    else {
      if ('entry' in plan) moves.push(plan);
      else edits.push(plan);
      set.add(`${entry.scope}\u0000${to}`);
    }
  }
  const moved = new Set(moves.map((move) => move.entry));
  const staying = entries.filter((entry) => !moved.has(entry));
  for (const [start, end] of mergeRanges(moves.map((move) => removal(text, move.entry, staying)))) edits.push({ start, end, text: '' });
  const insertions = moves.map((move) => ({ start: move.insertAt, end: move.insertAt, text: move.line }));
  // From the end back, so offsets stay right. At one offset, a removal first (so it does not take what is inserted
  // there), then the insertions from the last, so that they end up in file order.
  const ordered = [...edits.map((edit) => ({ edit, index: -1 })), ...insertions.map((edit, index) => ({ edit, index }))];
  const insertion = (item: { index: number }): number => (item.index === -1 ? 0 : 1);
  ordered.sort((a, b) => b.edit.start - a.edit.start || insertion(a) - insertion(b) || b.index - a.index);
  let fixed = text;
  for (const { edit } of ordered) fixed = fixed.slice(0, edit.start) + edit.text + fixed.slice(edit.end);
  return { text: fixed, changes };
}
