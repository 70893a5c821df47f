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

describe('plainChars: the shell quoting rules of the -D flag reader', () => {
  it('a quoted string, its quotes and any newline in it are not plain: it may span lines', () => {
    expect(scan('-Dk=\'a\nb\' x\n-Dj="c\nd"\n')).toEqual({ plain: '-Dk=····· x\n-Dj=·····\n' });
  });

  it('a \\" inside double quotes is escaped and does not close them', () => {
    expect(scan('-Dk="a\\"b" c')).toEqual({ plain: '-Dk=······ c' });
  });

  it('a \' inside double quotes opens nothing, nor a " inside single quotes', () => {
    expect(scan('-Dk="it\'s" x')).toEqual({ plain: '-Dk=······ x' });
    expect(scan("-Dk='say \"hi' x")).toEqual({ plain: '-Dk=········· x' });
  });

  it('a \\ inside single quotes is a \\: it escapes nothing, not even the closing quote', () => {
    expect(scan("-Dk='a\\' b")).toEqual({ plain: '-Dk=···· b' });
  });

  it('a \\ outside quotes escapes the next character, a quote or a space', () => {
    expect(scan("-Dk=a\\ b\\'c d")).toEqual({ plain: '-Dk=a··b··c d' });
  });

  it('a # inside a word is plain; one that starts a word is a comment to the end of its line, a quote in it opening nothing', () => {
    expect(scan("-Dk=a#b #c 'd\n-Dj=1")).toEqual({ plain: '-Dk=a#b ·····\n-Dj=1' });
    expect(scan('#a\nb')).toEqual({ plain: '··\nb' });
    // After an operator a word starts; after a closing quote the word goes on.
    expect(scan('x;#y')).toEqual({ plain: 'x;··' });
    expect(scan('"a"#b')).toEqual({ plain: '···#b' });
  });

  it('a backslash-newline continuation is an escaped newline: the line goes on', () => {
    expect(scan('-Da=1 \\\n-Db=2\n')).toEqual({ plain: '-Da=1 ··-Db=2\n' });
  });

  it('an unclosed quote is given by where it opens; what follows it is not plain', () => {
    expect(scan('-Da=1\n-Dk="abc\n-Db=2')).toEqual({ plain: '-Da=1\n-Dk=··········', unclosed: 10 });
    expect(scan("x 'a")).toEqual({ plain: 'x ··', unclosed: 2 });
    // A \ at the very end escapes nothing: the quote is still open.
    expect(scan('-Dk="abc\\')).toEqual({ plain: '-Dk=·····', unclosed: 4 });
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
});
