/**
 * The shell quoting rules the -D flag reader follows (`shellChars` and
 * `shellWords` in src/lib/lint/readers/cli.ts): how a POSIX shell reads each
 * character, where a quote is left open, where words are; and where the
 * reader places each flag's key and value by them, and what --fix does with a
 * key written with quotes or escapes.
 */
import { describe, expect, it } from 'vitest';
import { fixRenames } from '../../src/lib/lint/fix.ts';
import { shellChars, shellWords } from '../../src/lib/lint/readers/cli.ts';
import { readConfig } from '../../src/lib/lint/index.ts';
import { referenceFor } from '../helpers/lint.ts';

/** The text with each character the shell does not read as it is, outside quotes (quoted, escaped, in a comment), shown as `·`; and the quote left open. */
function scan(text: string, from = 0): { plain: string; unclosed?: number } {
  const shown = Array.from(text, () => '·');
  let unclosed: number | undefined;
  for (const char of shellChars(text, from)) {
    if (!('role' in char)) unclosed = char.at;
    else if (char.role === 'plain') shown[char.at] = text[char.at]!;
  }
  return unclosed === undefined ? { plain: shown.join('') } : { plain: shown.join(''), unclosed };
}

/** A rule, then texts and what `scan` shows of each: [text, plain, unclosed?]. */
const RULES: Array<[rule: string, ...cases: Array<[text: string, plain: string, unclosed?: number]>]> = [
  [
    'a quoted string may span lines: its quotes and a newline in it are not plain',
    ['-Dk=\'a\nb\' x\n-Dj="c\nd"\n', '-Dk=····· x\n-Dj=·····\n'],
  ],
  ['a \\" inside double quotes is escaped and does not close them', ['-Dk="a\\"b" c', '-Dk=······ c']],
  [
    'a \' inside double quotes opens nothing, nor a " inside single quotes',
    ['-Dk="it\'s" x', '-Dk=······ x'],
    ["-Dk='say \"hi' x", '-Dk=········· x'],
  ],
  ['a \\ inside single quotes escapes nothing, not even the closing quote', ["-Dk='a\\' b", '-Dk=···· b']],
  ['a \\ outside quotes escapes the next character, a space or a quote', ["-Dk=a\\ b\\'c d", '-Dk=a··b··c d']],
  [
    'a # inside a word is plain; one that starts a word (after a space or an operator, not after a quote) is a comment to the end of its line, a quote in it opening nothing',
    ["-Dk=a#b #c 'd\n-Dj=1", '-Dk=a#b ·····\n-Dj=1'],
    ['#a\nb', '··\nb'],
    ['x;#y', 'x;··'],
    ['"a"#b', '···#b'],
  ],
  [
    'a # after an escaped space or operator is inside a word (`a\\ #b` is the word `a #b`); after an escaped \\ and a space it starts a comment',
    ['a\\ #b c', 'a··#b c'],
    ['a\\;#b', 'a··#b'],
    ['a\\\\ #b', 'a·· ··'],
  ],
  [
    'a backslash-newline continuation is an escaped newline: the line goes on, and a word starts after it if one did before it',
    ['-Da=1 \\\n-Db=2\n', '-Da=1 ··-Db=2\n'],
    ['a \\\n#b', 'a ····'],
    ['a\\\n#b', 'a··#b'],
  ],
  [
    'a quote never closed is given by where it opens, and nothing after it is plain (a \\ at the very end escapes nothing)',
    ['-Da=1\n-Dk="abc\n-Db=2', '-Da=1\n-Dk=··········', 10],
    ["x 'a", 'x ··', 2],
    ['-Dk="abc\\', '-Dk=·····', 4],
  ],
];

describe('shellChars: the characters the shell reads as they are, outside quotes', () => {
  for (const [rule, ...cases] of RULES)
    it(rule, () => {
      for (const [text, plain, unclosed] of cases)
        expect(scan(text), text).toEqual(unclosed === undefined ? { plain } : { plain, unclosed });
    });

  it('walks from `from`, in plain text there', () => {
    expect(scan("'a' 'b", 3)).toEqual({ plain: '··· ··', unclosed: 4 });
    expect(scan("x'\n# it's", 3)).toEqual({ plain: '·········' });
  });
});

/** Each character's role, one letter each: plain, quoted, escaped, open, close, \\ (escape); `·` in a comment. */
function roles(text: string): string {
  const shown = Array.from(text, () => '·');
  const letter = { plain: 'p', quoted: 'q', escaped: 'e', open: 'o', close: 'c', escape: '\\' };
  for (const char of shellChars(text)) if ('role' in char) shown[char.at] = letter[char.role];
  return shown.join('');
}

describe('shellChars: how the shell reads each character (its role)', () => {
  it('quotes open and close; a \\ escapes outside quotes, and inside double quotes only before one of $`"\\ or a newline', () => {
    expect(roles(`-D'k'=v a\\ b #c`)).toBe('ppoqcpppp\\epp··');
    expect(roles('"a\\b\\$\\\\" \'\\\'')).toBe('oqqq\\q\\qcpoqc');
  });
});

describe('shellWords: the words and operators of a line', () => {
  it('splits at whitespace and operator characters neither quoted nor escaped, leaves comments out, and escapes a # inside a word for shell-quote', () => {
    const line = `-Dk=a\\ #b "-Dj=1 2";x 2>&1 -D'n'=a#b # c`;
    expect(shellWords(line).tokens.map((t) => [line.slice(t.start, t.end), t.operator, t.parsed])).toEqual([
      ['-Dk=a\\ #b', false, '-Dk=a\\ \\#b'],
      ['"-Dj=1 2"', false, '"-Dj=1 2"'],
      [';', true, ';'],
      ['x', false, 'x'],
      ['2', false, '2'],
      ['>&', true, '>&'],
      ['1', false, '1'],
      ["-D'n'=a#b", false, "-D'n'=a\\#b"],
    ]);
  });
});

describe('the -D flag reader, on the quoting rules', () => {
  it('a double quote left open at the end of the text, after a \\, is a syntax finding too', () => {
    const { entries, findings } = readConfig('-Da=1\n-Dk="abc\\', 'cli');
    expect(entries.map((e) => [e.key, e.value])).toEqual([['a', '1']]);
    expect(findings.map((f) => [f.rule, f.line, f.column])).toEqual([['syntax', 2, 5]]);
  });
});

/** Each setting read: key, value, the key's line:column, the value's column, and the text of its key range. */
function placed(text: string): Array<[string, string, string, number, string]> {
  return readConfig(text, 'cli').entries.map((e) => [
    e.key,
    e.value,
    `${e.place.line}:${e.place.column}`,
    e.valuePlace.column,
    text.slice(...e.keyRange),
  ]);
}

describe('the -D flag reader places each key in its own word', () => {
  it('a # after an escaped space or operator is in the value, not a comment', () => {
    for (const escaped of ['\\ ', '\\;'])
      expect(placed(`./bin/flink run -Dpipeline.name=a${escaped}#b -Dparallelism.default=2 # -Dx.y=1\n`)).toEqual([
        ['pipeline.name', `a${escaped[1]}#b`, '1:19', 33, 'pipeline.name'],
        ['parallelism.default', '2', '1:41', 61, 'parallelism.default'],
      ]);
  });

  it('a key written with an escape: at its first character, its range the key as written; no other spot of the same text (a comment)', () => {
    expect(placed('-Da\\.b=1 -Dc=2 #a.b c\n')).toEqual([
      ['a.b', '1', '1:3', 8, 'a\\.b'],
      ['c', '2', '1:12', 14, 'c'],
    ]);
  });

  it('a quoted key: at the quote that opens it, else at its first character; its range the key inside the quotes', () => {
    expect(placed(`-D'a.b'=1 "-Dc=2" -D 'd'=3 -D\\e=4 -D"f=5"\n`)).toEqual([
      ['a.b', '1', '1:3', 9, 'a.b'],
      ['c', '2', '1:14', 16, 'c'],
      ['d', '3', '1:22', 26, 'd'],
      ['e', '4', '1:30', 33, 'e'],
      ['f', '5', '1:37', 40, 'f'],
    ]);
  });

  it('the same text earlier on the line (a JVM flag not read) or in a quoted value on the line before is not where the key is', () => {
    expect(placed('java -Dstate.backend=x Main; ./bin/flink run -Dstate.backend=rocksdb\n')).toEqual([
      ['state.backend', 'rocksdb', '1:48', 62, 'state.backend'],
    ]);
    expect(placed('./bin/flink run -Denv.java.opts.all="-Xmx1g\n-Dstate.backend=x" -Dstate.backend=rocksdb\n')).toEqual([
      ['env.java.opts.all', '-Xmx1g\n-Dstate.backend=x', '1:19', 37, 'env.java.opts.all'],
      ['state.backend', 'rocksdb', '2:22', 36, 'state.backend'],
    ]);
  });

  it("a word shell-quote reads otherwise than the shell's rules here (bash's $'…'): placed at the word, with no range", () => {
    expect(placed("$'-D'k=1\n")).toEqual([['k', '1', '1:1', 1, '']]);
  });
});

describe('--fix on -D flags', () => {
  it('renames a key written plainly or inside quotes in place; leaves one written with escapes or split by quotes, saying why', () => {
    const script = [
      "java -Dstate.backend=x Main; ./bin/flink run -D state.backend=rocksdb -D'state.checkpoints.dir'=s3://cp \\",
      '  "-Dtable.exec.old-name=1" -Dstate\\.backend.local-recovery=true # -Dstate.backend=y',
      "./bin/flink run -D'table.exec'.old-name=2",
      '',
    ].join('\n');
    expect(fixRenames(script, 'cli', referenceFor('1.20'))).toEqual({
      text: [
        "java -Dstate.backend=x Main; ./bin/flink run -D state.backend.type=rocksdb -D'execution.checkpointing.dir'=s3://cp \\",
        '  "-Dtable.exec.new-name=1" -Dstate\\.backend.local-recovery=true # -Dstate.backend=y',
        "./bin/flink run -D'table.exec'.old-name=2",
        '',
      ].join('\n'),
      changes: [
        { line: 1, from: 'state.backend', to: 'state.backend.type' },
        { line: 1, from: 'state.checkpoints.dir', to: 'execution.checkpointing.dir' },
        { line: 2, from: 'table.exec.old-name', to: 'table.exec.new-name' },
        {
          line: 2,
          from: 'state.backend.local-recovery',
          to: 'execution.state-recovery.from-local',
          skipped: 'its key is written with quotes or escapes in it (state\\.backend.local-recovery), which a rename in place could break',
        },
        {
          line: 3,
          from: 'table.exec.old-name',
          to: 'table.exec.new-name',
          skipped: "its key is written with quotes or escapes in it ('table.exec'.old-name), which a rename in place could break",
        },
      ],
    });
  });
});
