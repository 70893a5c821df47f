/**
 * `-Dkey=value` flags (and `-D key=value`) in a shell script or an args
 * file, split into words as a POSIX shell splits them (shellWords) and each
 * word read by shell-quote: quotes removed (a quoted string may span lines),
 * `\` line continuations joined, comments left out (a `#` inside a word is
 * none); each key placed where its word is written. A quote never closed is
 * a `syntax` finding and its line is not read. Each command (a line, or a
 * part of one between `;`, `&&`, `|`…) is its own scope, so a script that
 * passes the same flags to two commands sets no key twice; lines of flags
 * alone (an args file) are one command. A value holding a shell variable is read but
 * not checked, a key holding one is not read, and the `-D` flags of `java`,
 * `mvn` and the like (after `exec`, `nohup`, `env`… too) are the JVM's
 * system properties, not Flink options.
 */
import { parse, type ParseEntry } from 'shell-quote';
import { lineCounterOf, placeAt } from '../positions.ts';
import { say } from '../messages.ts';
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
 * How the shell reads a character: as it is (`plain` outside quotes,
 * `quoted` inside them, `escaped` after a `\`), or as quoting that is not
 * read (an `open`ing or `close`ing quote, an `escape`).
 */
export type Role = 'plain' | 'quoted' | 'escaped' | 'open' | 'close' | 'escape';

/** The roles of the characters the shell reads as part of a word. */
const READ: ReadonlySet<Role> = new Set(['plain', 'quoted', 'escaped']);

/** Characters that end a word and make an operator (`;`, `&&`, `|`, `>&`…) when not quoted or escaped. */
const OPERATOR = /[;&|()<>]/;

/**
 * The quoting rules of a POSIX shell, in one place: each character of
 * `text`, walked from `from` (a line start), and how the shell reads it.
 * `'…'` holds every character as it is; `"…"` too, but for a `\` before one
 * of `` $`"\ `` or a newline, which escapes it; either may span lines.
 * Outside quotes a `\` escapes the next character. A comment, a `#` that
 * starts a word (at the line start, or after whitespace or an operator
 * neither quoted nor escaped), is passed over to the end of its line: a
 * quote in it opens nothing. A quote left open at the end is given last, as
 * `{ at, unclosed: true }`.
 */
export function* shellChars(text: string, from = 0): Generator<{ at: number; role: Role } | { at: number; unclosed: true }> {
  let quote = '';
  let quoteAt = -1;
  // Whether a word starts at the next character: only there does a # start a comment (`a\ #b` is one word, `a #b`).
  let wordStart = true;
  for (let i = from; i < text.length; i++) {
    const c = text[i]!;
    if (quote !== '') {
      if (c === quote) {
        quote = '';
        yield { at: i, role: 'close' };
      } else if (quote === '"' && c === '\\' && /[$`"\\\n]/.test(text[i + 1] ?? '')) {
        yield { at: i, role: 'escape' };
        yield { at: ++i, role: 'quoted' };
      } else yield { at: i, role: 'quoted' };
      continue;
    }
    if (c === '#' && wordStart) {
      const end = text.indexOf('\n', i);
      i = (end === -1 ? text.length : end) - 1;
      continue;
    }
    if (c === '\\') {
      yield { at: i, role: 'escape' };
      if (i + 1 === text.length) break;
      yield { at: ++i, role: 'escaped' };
      // A \ and a newline is a line continuation, read as nothing: a word starts after it if one did before it.
      if (text[i] !== '\n') wordStart = false;
    } else if (c === "'" || c === '"') {
      [quote, quoteAt, wordStart] = [c, i, false];
      yield { at: i, role: 'open' };
    } else {
      wordStart = /\s/.test(c) || OPERATOR.test(c);
      yield { at: i, role: 'plain' };
    }
  }
  if (quote !== '') yield { at: quoteAt, unclosed: true };
}

/** A word of a line, or a run of operator characters (`;`, `&&`, the `>&` of `2>&1`): where it is written, and what shell-quote is to parse. */
interface Token {
  start: number;
  end: number;
  operator: boolean;
  /** The token's text, a `#` in it escaped: shell-quote starts a comment at any `#`, a shell only at one that starts a word. */
  parsed: string;
}

/**
 * A line's words and operators, split where the shell splits them: at
 * whitespace and operator characters neither quoted nor escaped; comments
 * left out. With the role of each character (by offset), for placing a word's
 * parts.
 */
export function shellWords(line: string): { tokens: Token[]; roles: Role[] } {
  const tokens: Token[] = [];
  const roles: Role[] = [];
  let token: Token | null = null;
  for (const char of shellChars(line)) {
    // A line from shellLines closes its quotes.
    if (!('role' in char)) break;
    const { at, role } = char;
    roles[at] = role;
    const c = line[at]!;
    if (role === 'plain' && /\s/.test(c)) {
      token = null;
      continue;
    }
    const operator = role === 'plain' && OPERATOR.test(c);
    if (token === null || token.operator !== operator) {
      token = { start: at, end: at, parsed: '', operator };
      tokens.push(token);
    }
    token.end = at + 1;
    token.parsed += role === 'plain' && c === '#' ? '\\#' : c;
  }
  return { tokens, roles };
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
    for (const char of shellChars(text, from)) {
      if (!('role' in char)) open = char.at;
      else if (char.role === 'plain' && text[char.at] === '\n') {
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

/**
 * Where a flag's key and value are written, in the word that holds the key
 * from its `skip`th character read (2 after `-D`; 0 in the word after a lone
 * `-D`). The key's place is its first character, or the quote or `\` just
 * before it (`-D'k'=v`: the quote). Its range is its characters when nothing
 * else is written between them (`-D'k'=v`: the `k`), where `--fix` can write
 * the new key; else the key as written, quotes and escapes in it
 * (`-Da\.b=1`), which `--fix` leaves. The value is after the `=`. Where
 * shell-quote reads the word otherwise than this walk (bash's `$'-D'k=v`):
 * the word's start, and no range.
 */
function placeKey(
  line: string,
  roles: readonly Role[],
  token: Token,
  skip: number,
  key: string,
): { keyAt: number; keyRange: [number, number]; valueAt: number } {
  const read: number[] = [];
  for (let at = token.start; at < token.end; at++) if (READ.has(roles[at]!)) read.push(at);
  const chars = read.map((at) => line[at]).join('');
  if (chars.slice(skip, skip + key.length + 1) !== `${key}=`)
    return { keyAt: token.start, keyRange: [token.start, token.start], valueAt: token.start };
  const [first, last, equals] = [read[skip]!, read[skip + key.length - 1]!, read[skip + key.length]!];
  let keyAt = first;
  while (roles[keyAt - 1] === 'open' || roles[keyAt - 1] === 'escape') keyAt--;
  let end = last + 1;
  while (roles[end] === 'close') end++;
  return { keyAt, keyRange: last + 1 - first === key.length ? [first, last + 1] : [keyAt, end], valueAt: equals + 1 };
}

export function readCli(text: string): ReadResult {
  const counter = lineCounterOf(text);
  const result: ReadResult = { entries: [], findings: [] };
  // A continuation `\` + newline becomes two spaces: one logical line, every offset unchanged.
  const joined = text.replace(/\\\r?\n/g, (match) => ' '.repeat(match.length));
  let scope = 0;
  const { lines, unclosed } = shellLines(joined);
  for (const at of unclosed)
    result.findings.push(finding('syntax', placeAt(counter, at), say('syntax.unclosed-quote'), say('syntax.unclosed-quote.hint')));
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
    // Each word parsed on its own, so that each entry is where its word is.
    const { tokens, roles } = shellWords(line);
    let words: Array<{ entry: ParseEntry; token: Token }>;
    try {
      // A CR before a newline is no part of a word.
      words = tokens.flatMap((token) => parse(token.parsed.replace(/\r(?=\n)/g, ''), () => VARIABLE).map((entry) => ({ entry, token })));
    } catch {
      continue;
    }
    const first = words.map(({ entry }) => wordOf(entry)).find((word) => word !== null);
    if (first === undefined) continue;
    // A line of flags alone (an args file) goes on with the command before it; any other line starts a command.
    if (!first.startsWith('-')) {
      scope++;
      [program, atCommandStart, wrapped] = [null, true, null];
    } else atCommandStart = false;
    for (let i = 0; i < words.length; i++) {
      const { entry, token } = words[i]!;
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
      // The word the key is in, and where in it the key starts.
      let [keyToken, skip] = [token, 2];
      if (word.startsWith('-D') && word.length > 2) setting = word.slice(2);
      else if (word === '-D' && i + 1 < words.length && wordOf(words[i + 1]!.entry) !== null) {
        setting = wordOf(words[++i]!.entry);
        [keyToken, skip] = [words[i]!.token, 0];
      }
      if (setting === null || !setting.includes('=')) continue;
      const cut = setting.indexOf('=');
      const key = setting.slice(0, cut);
      const value = setting.slice(cut + 1);
      // A key holding a variable (`-D$KEY=1`) is not known here: nothing to check.
      if (key === '' || key.includes(VARIABLE)) continue;
      const { keyAt, keyRange, valueAt } = placeKey(line, roles, keyToken, skip, key);
      const read: LintEntry = {
        key,
        value: value.replaceAll(VARIABLE, '$…'),
        place: placeAt(counter, lineStart + keyAt),
        valuePlace: placeAt(counter, lineStart + valueAt),
        form: 'flat',
        format: 'cli',
        keyRange: [lineStart + keyRange[0], lineStart + keyRange[1]],
        scope,
      };
      if (value.includes(VARIABLE)) read.unresolved = true;
      result.entries.push(read);
    }
  }
  return result;
}
