/**
 * SQL scripts (SQL client, `executeSql`): `SET 'key' = 'value';` and the
 * older unquoted `SET key = value;`. Statements are split at `;` outside
 * strings, quoted identifiers and comments (`--`, `/* … *\/`); every other
 * statement is skipped. SETs between two other statements share a scope: a
 * key SET again after a query changes it for the statements that follow.
 */
import { lineCounterOf, placeAt } from '../positions.ts';
import { say, type LintText } from '../messages.ts';
import { finding } from '../rules.ts';
import type { LintEntry, ReadResult } from '../types.ts';

interface Token {
  kind: 'word' | 'string' | 'quoted-name' | 'symbol';
  text: string;
  /** The offset of the token; for strings, of the opening quote. */
  at: number;
  end: number;
}

interface Statement {
  tokens: Token[];
  start: number;
  end: number;
}

const CLOSE: Record<string, string> = { "'": "'", '"': '"', '`': '`' };

/** The statements of a script, each as its tokens; an unclosed string or comment is reported and ends the script. */
function statements(text: string, problems: Array<{ at: number; message: LintText }>): Statement[] {
  const out: Statement[] = [];
  let tokens: Token[] = [];
  let start = 0;
  let i = 0;
  const flush = (end: number) => {
    if (tokens.length > 0) out.push({ tokens, start, end });
    tokens = [];
  };
  while (i < text.length) {
    const ch = text[i]!;
    if (/\s/.test(ch)) i++;
    else if (text.startsWith('--', i)) i = text.includes('\n', i) ? text.indexOf('\n', i) + 1 : text.length;
    else if (text.startsWith('/*', i)) {
      const close = text.indexOf('*/', i + 2);
      if (close === -1) {
        problems.push({ at: i, message: say('syntax.unclosed-comment') });
        break;
      }
      i = close + 2;
    } else if (ch === ';') {
      flush(i);
      i++;
    } else if (CLOSE[ch]) {
      let j = i + 1;
      let value = '';
      for (;;) {
        const next = text.indexOf(ch, j);
        if (next === -1) {
          j = -1;
          break;
        }
        value += text.slice(j, next);
        // A doubled quote stands for one.
        if (text[next + 1] === ch) {
          value += ch;
          j = next + 2;
        } else {
          j = next + 1;
          break;
        }
      }
      if (j === -1) {
        problems.push({ at: i, message: say(ch === "'" ? 'syntax.unclosed-string' : 'syntax.unclosed-name') });
        // The statement it is in is not read: its end is unknown.
        tokens = [];
        break;
      }
      if (tokens.length === 0) start = i;
      tokens.push({ kind: ch === "'" ? 'string' : 'quoted-name', text: value, at: i, end: j });
      i = j;
    } else {
      const word = /^[^\s;'"`=]+/.exec(text.slice(i, i + 4096))?.[0] ?? ch;
      if (tokens.length === 0) start = i;
      tokens.push({ kind: word === '=' ? 'symbol' : 'word', text: word, at: i, end: i + word.length });
      i += word.length;
    }
  }
  flush(text.length);
  return out;
}

/** The key or value of a SET: one string or quoted name, else the words up to `=` or the end, as written. */
function operand(text: string, tokens: Token[]): { value: string; at: number; end: number; quoted: boolean } | null {
  const [first] = tokens;
  if (!first) return null;
  if (tokens.length === 1 && first.kind !== 'word' && first.kind !== 'symbol')
    return { value: first.text, at: first.at + 1, end: first.end - 1, quoted: true };
  const last = tokens.at(-1)!;
  return { value: text.slice(first.at, last.end), at: first.at, end: last.end, quoted: false };
}

export function readSql(text: string): ReadResult {
  const counter = lineCounterOf(text);
  const problems: Array<{ at: number; message: LintText }> = [];
  const result: ReadResult = { entries: [], findings: [] };
  let scope = 0;
  let lastWasSet = false;
  for (const statement of statements(text, problems)) {
    const [head, ...rest] = statement.tokens;
    if (head?.kind !== 'word' || head.text.toUpperCase() !== 'SET' || rest.length === 0) {
      if (head?.kind !== 'word' || !/^(?:SET|RESET)$/i.test(head.text)) {
        if (lastWasSet) scope++;
        lastWasSet = false;
      }
      continue;
    }
    lastWasSet = true;
    const equals = rest.findIndex((token) => token.kind === 'symbol');
    const keyTokens = equals === -1 ? rest : rest.slice(0, equals);
    const valueTokens = equals === -1 ? [] : rest.slice(equals + 1);
    const key = operand(text, keyTokens);
    const value = operand(text, valueTokens);
    if (!key || equals === -1) {
      result.findings.push(finding('syntax', placeAt(counter, head.at), say('syntax.set'), say('syntax.set.hint')));
      continue;
    }
    const entry: LintEntry = {
      key: key.value,
      value: value?.value ?? '',
      place: placeAt(counter, key.at),
      valuePlace: placeAt(counter, value?.at ?? key.end),
      form: 'flat',
      format: 'sql',
      keyRange: [key.at, key.end],
      scope,
    };
    result.entries.push(entry);
  }
  for (const problem of problems) result.findings.push(finding('syntax', placeAt(counter, problem.at), problem.message));
  return result;
}
