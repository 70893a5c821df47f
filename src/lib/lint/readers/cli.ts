/**
 * `-Dkey=value` flags (and `-D key=value`) in a shell script or an args
 * file, split into words by shell-quote as a POSIX shell splits them: quotes
 * removed (a quoted string may span lines), `\` line continuations joined,
 * comments left out (a `#` inside a word is none). A quote never closed is a
 * `syntax` finding and its line is not read. Each command (a line, or a part
 * of one between `;`, `&&`, `|`…) is its own scope, so a script that passes
 * the same flags to two commands sets no key twice; lines of flags alone (an
 * args file) are one command. A value holding a shell variable is read but
 * not checked, a key holding one is not read, and the `-D` flags of `java`,
 * `mvn` and the like (after `exec`, `nohup`, `env`… too) are the JVM's
 * system properties, not Flink options.
 */
import { parse, type ParseEntry } from 'shell-quote';
import { lineCounterOf, placeAt } from '../positions.ts';
import { finding } from '../rules.ts';
import type { LintEntry, ReadResult } from '../types.ts';

/** Marks a variable in a word: shell-quote puts what `env` returns in its place. */
const VARIABLE = '\u0000var\u0000';

/** Commands that run the command after them (with their own options and, for `env`, assignments first). */
const WRAPPERS = /^(?:exec|nohup|env|sudo|time|command)$/;

/** Programs whose `-D` flags set JVM system properties. */
const JVM_TOOLS = /^(?:java|javaw|mvn|mvnw|gradle|gradlew|sbt)$/;

/** Operators that end a command: what follows is another command, its own scope. */
const CONTROL = new Set([';', '&&', '||', '|', '&', '(', ')', ';;', '|&']);

/** A word as the shell reads it: shell-quote gives an unquoted word with `*` or `?` as a glob, still one word. */
function wordOf(entry: ParseEntry): string | null {
  if (typeof entry === 'string') return entry;
  if ('op' in entry && entry.op === 'glob') return entry.pattern;
  return null;
}

/**
 * The quoting rules of a POSIX shell, in one place: the characters of `text`
 * (walked from `from`) that the shell reads as they are. Not those inside
 * quotes (`'…'` holds every character as it is, `"…"` all but a `\`, which
 * escapes the next; either may span lines), nor a `\` and the character it
 * escapes, nor a comment (a `#` that starts a word: at the start of a line
 * (`from` is one), or after whitespace or an operator neither quoted nor
 * escaped; to the end of its line: a quote in it opens nothing). A quote left
 * open at the end is given last, as `{ at, unclosed: true }`.
 */
export function* plainChars(text: string, from = 0): Generator<{ at: number; unclosed?: true }> {
  let quote = '';
  let quoteAt = -1;
  // Whether a word starts at the next character: only there does a # start a comment (`a\ #b` is one word, `a #b`).
  let wordStart = true;
  for (let i = from; i < text.length; i++) {
    const c = text[i]!;
    if (quote === "'") {
      if (c === "'") quote = '';
    } else if (quote === '"') {
      if (c === '\\') i++;
      else if (c === '"') quote = '';
    } else if (c === '\\') {
      // A \ and a newline is a line continuation, read as nothing: a word starts after it if one did before it.
      if (text[++i] !== '\n') wordStart = false;
    } else if (c === "'" || c === '"') [quote, quoteAt, wordStart] = [c, i, false];
    else if (c === '#' && wordStart) {
      const end = text.indexOf('\n', i);
      i = (end === -1 ? text.length : end) - 1;
    } else {
      wordStart = /[\s;&|()<>]/.test(c);
      yield { at: i };
    }
  }
  if (quote !== '') yield { at: quoteAt, unclosed: true };
}

/**
 * The text shell-quote parses for a line: a `#` inside a word is no comment
 * in a shell (`-Dpipeline.name=a#b`), but shell-quote starts one there, so it
 * is escaped. Quotes are followed, and a comment is copied as it is.
 */
function escapeInnerHashes(line: string): string {
  let out = '';
  let copied = 0;
  for (const { at } of plainChars(line)) {
    if (line[at] !== '#') continue;
    out += line.slice(copied, at) + '\\';
    copied = at;
  }
  return out + line.slice(copied);
}

/** Where the shell word that holds `at` ends: the next whitespace outside quotes (a word is read from `from`, its start). */
function wordEnd(line: string, from: number, at: number): number {
  // A whitespace before `at` ends a word before the one sought: the next starts after it.
  for (const { at: i } of plainChars(line, from)) if (i >= at && /\s/.test(line[i]!)) return i;
  return line.length;
}

/**
 * The text's lines as the shell reads them: a newline inside quotes does not
 * end one (`-Dk="a` and `b"` is one word). A quote left open at the end of the
 * text is given in `unclosed`, and nothing is read from its line: the lines
 * after it are read again from the line after it.
 */
function shellLines(text: string): { lines: Array<{ start: number; text: string; unread?: true }>; unclosed: number[] } {
  const lines: Array<{ start: number; text: string; unread?: true }> = [];
  const unclosed: number[] = [];
  let start = 0;
  for (let from = 0; ;) {
    let open = -1;
    for (const char of plainChars(text, from)) {
      if (char.unclosed) open = char.at;
      else if (text[char.at] === '\n') {
        lines.push({ start, text: text.slice(start, char.at) });
        start = char.at + 1;
      }
    }
    if (open === -1) break;
    unclosed.push(open);
    lines.push({ start, text: '', unread: true });
    const lineEnd = text.indexOf('\n', open);
    if (lineEnd === -1) return { lines, unclosed };
    start = from = lineEnd + 1;
  }
  if (start < text.length) lines.push({ start, text: text.slice(start) });
  return { lines, unclosed };
}

export function readCli(text: string): ReadResult {
  const counter = lineCounterOf(text);
  const result: ReadResult = { entries: [], findings: [] };
  // A continuation `\` + newline becomes two spaces: one logical line, every offset unchanged.
  const joined = text.replace(/\\\r?\n/g, (match) => ' '.repeat(match.length));
  let scope = 0;
  const { lines, unclosed } = shellLines(joined);
  for (const at of unclosed)
    result.findings.push(
      finding('syntax', placeAt(counter, at), 'A quote that is never closed', 'Close the quote: nothing is read from this line.'),
    );
  // The program of the command being read (`flink`, `sql-client.sh`, `java`…), once its first word is read.
  let program: string | null = null;
  let atCommandStart: boolean;
  // The wrapper before the program (`exec`, `nohup`, `env`…), while its options are read.
  let wrapped: string | null = null;
  for (const { start: lineStart, text: line, unread } of lines) {
    if (unread) {
      // A command not read: the flags after it are not its.
      scope++;
      program = null;
      continue;
    }
    let words: ParseEntry[];
    try {
      // A CR before a newline is no part of a word.
      words = parse(escapeInnerHashes(line.replace(/\r(?=\n|$)/g, '')), () => VARIABLE);
    } catch {
      continue;
    }
    const first = words.map(wordOf).find((word) => word !== null);
    if (first === undefined) continue;
    // A line of flags alone (an args file) goes on with the command before it; any other line starts a command.
    if (!first.startsWith('-')) {
      scope++;
      [program, atCommandStart, wrapped] = [null, true, null];
    } else atCommandStart = false;
    // Where to look for the next flag's key in the line as written.
    let cursor = 0;
    for (let i = 0; i < words.length; i++) {
      const entry = words[i]!;
      const word = wordOf(entry);
      if (word === null) {
        if (typeof entry !== 'string' && 'op' in entry && CONTROL.has(entry.op)) {
          scope++;
          [program, atCommandStart, wrapped] = [null, true, null];
        }
        continue;
      }
      if (atCommandStart) {
        // `VAR=value ./bin/flink …`: assignments come before the program.
        if (/^[A-Za-z_]\w*=/.test(word)) continue;
        const name = word.split('/').at(-1) ?? word;
        // `exec java …`, `nohup`, `env X=1 java …`, `sudo -u flink …`: the program is the word after the wrapper and its options.
        if (WRAPPERS.test(name)) {
          wrapped = name;
          continue;
        }
        if (wrapped !== null && word.startsWith('-')) {
          if (wrapped === 'sudo' && /^-[ugpCrtUhD]$/.test(word)) i++;
          continue;
        }
        [program, atCommandStart, wrapped] = [name, false, null];
        continue;
      }
      // A JVM's own -D flags are system properties, not Flink options.
      if (program !== null && JVM_TOOLS.test(program)) continue;
      let setting: string | null = null;
      if (word.startsWith('-D') && word.length > 2) setting = word.slice(2);
      else if (word === '-D' && i + 1 < words.length && wordOf(words[i + 1]!) !== null) setting = wordOf(words[++i]!);
      if (setting === null || !setting.includes('=')) continue;
      const cut = setting.indexOf('=');
      const key = setting.slice(0, cut);
      const value = setting.slice(cut + 1);
      // A key holding a variable (`-D$KEY=1`) is not known here: nothing to check.
      if (key === '' || key.includes(VARIABLE)) continue;
      const flagAt = line.indexOf('-D', cursor);
      const written = line.indexOf(key, flagAt === -1 ? cursor : flagAt);
      const keyAt = written === -1 ? Math.max(flagAt, 0) : written;
      const equalsAt = line.indexOf('=', keyAt + key.length);
      const valueAt = equalsAt === -1 ? keyAt : equalsAt + 1;
      // Past the whole word (`-Dk="-Dx=1"`: the next key is not looked for inside this value).
      cursor = Math.max(wordEnd(line, cursor, valueAt), cursor);
      const read: LintEntry = {
        key,
        value: value.replaceAll(VARIABLE, '$…'),
        place: placeAt(counter, lineStart + keyAt),
        valuePlace: placeAt(counter, lineStart + valueAt),
        form: 'flat',
        format: 'cli',
        keyRange: written === -1 ? [lineStart + keyAt, lineStart + keyAt] : [lineStart + keyAt, lineStart + keyAt + key.length],
        scope,
      };
      if (value.includes(VARIABLE)) read.unresolved = true;
      result.entries.push(read);
    }
  }
  return result;
}
