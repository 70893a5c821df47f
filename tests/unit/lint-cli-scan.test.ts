/**
 * The shell quoting rules the -D flag reader follows (`plainChars` in
 * src/lib/lint/readers/cli.ts): which characters a POSIX shell reads as they
 * are, and where a quote is left open.
 */
import { describe, expect, it } from 'vitest';
import { plainChars } from '../../src/lib/lint/readers/cli.ts';
import { readConfig } from '../../src/lib/lint/index.ts';

/** The text with each character the shell does not read as it is (quoted, escaped, in a comment) shown as `·`; and the quote left open. */
function scan(text: string, from = 0): { plain: string; unclosed?: number } {
  const shown = Array.from(text, () => '·');
  let unclosed: number | undefined;
  for (const { at, unclosed: open } of plainChars(text, from)) {
    if (open) unclosed = at;
    else shown[at] = text[at]!;
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

describe('plainChars: the shell quoting rules of the -D flag reader', () => {
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

describe('the -D flag reader, on the quoting rules', () => {
  it('a double quote left open at the end of the text, after a \\, is a syntax finding too', () => {
    const { entries, findings } = readConfig('-Da=1\n-Dk="abc\\', 'cli');
    expect(entries.map((e) => [e.key, e.value])).toEqual([['a', '1']]);
    expect(findings.map((f) => [f.rule, f.line, f.column])).toEqual([['syntax', 2, 5]]);
  });

  it('a # after an escaped space or operator is in the value, as the shell reads it, not a comment', () => {
    for (const escaped of ['\\ ', '\\;'])
      expect(
        readConfig(`./bin/flink run -Dpipeline.name=a${escaped}#b -Dparallelism.default=2 # -Dx.y=1\n`, 'cli').entries.map((e) => [
          e.key,
          e.value,
        ]),
      ).toEqual([
        ['pipeline.name', `a${escaped[1]}#b`],
        ['parallelism.default', '2'],
      ]);
  });
});
