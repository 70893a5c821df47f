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

/** The edits that move a nested YAML setting out as `newKey: value` before its outermost map, or why it cannot be moved. */
function moveEdits(text: string, entry: LintEntry, newKey: string, entries: readonly LintEntry[]): Edit[] | string {
  const [anchor] = entry.ancestors!;
  const value = entry.valueRange;
  if (anchor === undefined || !value) return 'it has no value to move';
  if (text.slice(lineStart(text, entry.keyRange[0]), entry.keyRange[0]).trim() !== '') return 'it is in a flow map ({…})';
  if (text.slice(value[0], value[1]).includes('\n')) return 'its value spans several lines';
  // The value as written, with the comment after it.
  const valueText = text.slice(value[0], lineEnd(text, value[1])).trimEnd();
  // The outermost parent that holds nothing else goes too.
  const path = entry.path!;
  let level = path.length - 1;
  while (level > 0) {
    const parent = path.slice(0, level);
    const others = entries.filter((e) => e !== entry && e.scope === entry.scope && e.path && parent.every((p, i) => e.path![i] === p));
    if (others.length > 0) break;
    level--;
  }
  const removeFrom = level === path.length - 1 ? lineStart(text, entry.keyRange[0]) : lineStart(text, entry.ancestors![level]!);
  const removeTo = lineEnd(text, value[1]);
  const anchorLine = lineStart(text, anchor);
  const line = `${text.slice(anchorLine, anchor)}${yamlKey(newKey)}: ${valueText}\n`;
  if (removeFrom === anchorLine) return [{ start: removeFrom, end: removeTo, text: line }];
  return [
    { start: anchorLine, end: anchorLine, text: line },
    { start: removeFrom, end: removeTo, text: '' },
  ];
}

function entryEdits(text: string, entry: LintEntry, newKey: string, entries: readonly LintEntry[]): Edit[] | string {
  const [start, end] = entry.keyRange;
  if (start === end) return 'its key could not be found in the text';
  if (!entry.path) return [{ start, end, text: newKey }];
  const prefix = entry.path.slice(0, -1).join('.');
  if (prefix === '') return [{ start, end, text: yamlKey(newKey) }];
  if (newKey.startsWith(`${prefix}.`)) return [{ start, end, text: yamlKey(newKey.slice(prefix.length + 1)) }];
  return moveEdits(text, entry, newKey, entries);
}

export function fixRenames(
  text: string,
  format: InputFormat,
  reference: LintReference,
): { text: string; changes: FixChange[]; refused?: string } {
  const { entries, findings } = readConfig(text, format);
  // Offsets in a file that does not parse may not be where the keys are.
  const syntax = findings.find((f) => f.rule === 'syntax');
  if (syntax) return { text, changes: [], refused: `it cannot be read (line ${syntax.line}: ${syntax.message})` };
  const set = new Set(entries.map((e) => `${e.scope}\u0000${e.key}`));
  const edits: Edit[] = [];
  const changes: FixChange[] = [];
  for (const entry of entries) {
    const lookup = reference.lookup(entry.key);
    if (lookup.kind !== 'old' || lookup.old.kind === 'removed') continue;
    const to = lookup.old.to;
    const change: FixChange = { line: entry.place.line, from: entry.key, to };
    if (set.has(`${entry.scope}\u0000${to}`)) change.skipped = `"${to}" is set too: keep one of them`;
    else {
      const made = entryEdits(text, entry, to, entries);
      if (typeof made === 'string') change.skipped = made;
      else {
        edits.push(...made);
        set.add(`${entry.scope}\u0000${to}`);
      }
    }
    changes.push(change);
  }
  let fixed = text;
  // From the end back, so offsets stay right; of two insertions at one place, the later first, so the earlier ends up above it.
  const ordered = edits.map((edit, index) => ({ edit, index })).sort((a, b) => b.edit.start - a.edit.start || b.index - a.index);
  for (const { edit } of ordered) fixed = fixed.slice(0, edit.start) + edit.text + fixed.slice(edit.end);
  return { text: fixed, changes };
}
