/**
 * `-Dkey=value` flags (and `-D key=value`) in a shell script or an args
 * file, split into words by shell-quote as a POSIX shell splits them: quotes
 * removed, `\` line continuations joined, comments left out. Each command
 * (a line, or a part of one between `;`, `&&`, `|`…) is its own scope, so a
 * script that passes the same flags to two commands sets no key twice. A
 * value holding a shell variable is read but not checked.
 */
import { parse, type ParseEntry } from 'shell-quote';
import { lineCounterOf, placeAt } from '../positions.ts';
import type { LintEntry, ReadResult } from '../types.ts';

/** Marks a variable in a word: shell-quote puts what `env` returns in its place. */
const VARIABLE = '\u0000var\u0000';

function isWord(entry: ParseEntry): entry is string {
  return typeof entry === 'string';
}

export function readCli(text: string): ReadResult {
  const counter = lineCounterOf(text);
  const result: ReadResult = { entries: [], findings: [] };
  // A continuation `\` + newline becomes two spaces: one logical line, every offset unchanged.
  const joined = text.replace(/\\\r?\n/g, (match) => ' '.repeat(match.length));
  let scope = 0;
  let offset = 0;
  for (const raw of joined.split('\n')) {
    const lineStart = offset;
    offset += raw.length + 1;
    const line = raw.replace(/\r$/, '');
    if (!line.includes('-D')) continue;
    let words: ParseEntry[];
    try {
      words = parse(line, () => VARIABLE);
    } catch {
      continue;
    }
    // Where to look for the next flag's key in the line as written.
    let cursor = 0;
    scope++;
    for (let i = 0; i < words.length; i++) {
      const word = words[i]!;
      if (!isWord(word)) {
        if (!('comment' in word)) scope++;
        continue;
      }
      let setting: string | null = null;
      if (word.startsWith('-D') && word.length > 2) setting = word.slice(2);
      else if (word === '-D' && typeof words[i + 1] === 'string') setting = words[++i] as string;
      if (setting === null || !setting.includes('=')) continue;
      const cut = setting.indexOf('=');
      const key = setting.slice(0, cut);
      const value = setting.slice(cut + 1);
      if (key === '') continue;
      const flagAt = line.indexOf('-D', cursor);
      const written = line.indexOf(key, flagAt === -1 ? cursor : flagAt);
      const keyAt = written === -1 ? Math.max(flagAt, 0) : written;
      const equalsAt = line.indexOf('=', keyAt + key.length);
      const valueAt = equalsAt === -1 ? keyAt : equalsAt + 1;
      cursor = Math.max(valueAt, cursor);
      const entry: LintEntry = {
        key,
        value: value.replaceAll(VARIABLE, '$…'),
        place: placeAt(counter, lineStart + keyAt),
        valuePlace: placeAt(counter, lineStart + valueAt),
        form: 'flat',
        format: 'cli',
        keyRange: written === -1 ? [lineStart + keyAt, lineStart + keyAt] : [lineStart + keyAt, lineStart + keyAt + key.length],
        scope,
      };
      if (value.includes(VARIABLE)) entry.unresolved = true;
      result.entries.push(entry);
    }
  }
  return result;
}
