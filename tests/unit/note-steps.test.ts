/**
 * The steps of parseNote, each on its own: preparing the text, parsing the
 * tree, the note's facts, headings, option tables in pipe paragraphs, and
 * the walk over top-level nodes.
 */
import GithubSlugger from 'github-slugger';
import type { Paragraph } from 'mdast';
import { VFile } from 'vfile';
import { describe, expect, it } from 'vitest';
import { parseMarkdown } from '../../src/lib/registry/markdown.ts';
import { headingId, trailAfter } from '../../src/lib/registry/note-headings.ts';
import { noteTitle, readNoteMeta, type NoteMeta } from '../../src/lib/registry/note-meta.ts';
import { prepareNote } from '../../src/lib/registry/note-prepare.ts';
import { readOptionTable, readPipeParagraph, tableContext, type TableScope } from '../../src/lib/registry/note-tables.ts';
import { parseNoteTree } from '../../src/lib/registry/note-tree.ts';
import { walkNote } from '../../src/lib/registry/note-walk.ts';
import { parseNote } from '../../src/lib/registry/note.ts';
import { hashSource } from '../../src/lib/registry/rows.ts';
import type { NoteBlock } from '../../src/lib/registry/schema.ts';

/** `line:column rule: message` of each message on `file`. */
const messagesOf = (file: VFile) => file.messages.map((m) => `${m.line}:${m.column} ${m.ruleId}: ${m.reason}`);

const meta = (overrides: Partial<NoteMeta> = {}): NoteMeta => ({
  path: 'n.md',
  id: 'n',
  kind: 'note',
  locale: 'en',
  version: null,
  group: null,
  upstream: false,
  ...overrides,
});

/** Prepares, parses and walks `text` as the note `n.md`. */
function walk(text: string, kind: NoteMeta['kind'] = 'note') {
  const file = new VFile({ path: 'n.md' });
  const { body, lines } = prepareNote(text, file);
  const walked = walkNote(parseNoteTree(body, file), { file, meta: meta({ kind }), body, lines });
  return { ...walked, messages: messagesOf(file) };
}

/** Each block's kind, with a heading's id, an aside's size and an option table's keys. */
const shape = (blocks: readonly NoteBlock[]) =>
  blocks.map((b) =>
    b.kind === 'heading'
      ? `heading ${b.id}`
      : b.kind === 'aside'
        ? `aside ${b.contains}`
        : b.kind === 'options'
          ? `options ${b.keys.join(' ')}`
          : b.kind === 'prose'
            ? `prose ${b.text}`
            : b.kind,
  );

describe('prepareNote', () => {
  it('blanks front matter out, keeping line numbers, and reads its fields', () => {
    const file = new VFile({ path: 'n.md' });
    const prepared = prepareNote('---\ntitle: T\nversion: 1.20\n---\n# H\n', file);
    expect(prepared).toEqual({ data: { title: 'T', version: '1.20' }, body: '\n\n\n\n# H\n', lines: ['', '', '', '', '# H', ''] });
    expect(file.messages).toEqual([]);
  });

  it('decodes bytes and rewrites admonition openers line for line', () => {
    const file = new VFile({ path: 'n.md' });
    const prepared = prepareNote(new TextEncoder().encode('\uFEFF::: tip 提示\r\nx\r\n:::\r\n'), file);
    expect(prepared.body).toBe(':::tip[提示]\nx\n:::\n');
    expect(prepared.data).toEqual({});
  });

  it('cuts block quotes nested past 32 levels and reports the lines', () => {
    const file = new VFile({ path: 'n.md' });
    const deep = `${'> '.repeat(40)}x`;
    const prepared = prepareNote(`a\n${deep}\n${deep}\n`, file);
    expect(prepared.lines.slice(1, 3)).toEqual([`${'> '.repeat(32)}x`, `${'> '.repeat(32)}x`]);
    expect(messagesOf(file)).toEqual([
      '2:1 too-deep: Block quotes and lists nest 40 levels deep on lines 2–3; they are read as 32 levels.',
    ]);
  });

  it('reports refused front matter and reads the body without it', () => {
    const file = new VFile({ path: 'n.md' });
    const prepared = prepareNote('---js\n{ title: "x" }\n---\ntext\n', file);
    expect(prepared.data).toEqual({});
    expect(prepared.lines).toEqual(['', '', '', 'text', '']);
    expect(messagesOf(file)).toEqual(['1:4 front-matter: Front matter in "js" is not read: only YAML (and JSON) front matter is allowed']);
  });
});

describe('parseNoteTree', () => {
  it('parses the body with the note positions', () => {
    const file = new VFile({ path: 'n.md' });
    const tree = parseNoteTree('\n\n# H\n\ntext\n', file);
    expect(tree.children.map((node) => `${node.type}@${node.position?.start.line}`)).toEqual(['heading@3', 'paragraph@5']);
    expect(file.messages).toEqual([]);
  });

  it('reports markup nested past the tree depth where it starts', () => {
    const file = new VFile({ path: 'n.md' });
    parseNoteTree(`x\n\n${'*'.repeat(1_000)}x${'*'.repeat(1_000)}`, file);
    expect(messagesOf(file)).toEqual(['3:253 too-deep: Markup nested over 128 levels deep; what is deeper is read as text.']);
  });
});

describe('readNoteMeta', () => {
  const tree = parseMarkdown('# 标题\n\n这是一段中文说明，讲的是状态后端的配置。\n');

  it('takes front matter first', () => {
    expect(
      readNoteMeta('1.19/zh/state.md', { lang: 'en', version: '2.0', group: 'state', kind: 'section' }, parseMarkdown('text')),
    ).toEqual({ path: '1.19/zh/state.md', id: 'state', kind: 'section', locale: 'en', version: '2.0', group: 'state', upstream: false });
  });

  it('marks the upstream reference: `upstream: true`, or the source line of earlier Flink imports', () => {
    const text = parseMarkdown('text');
    expect(readNoteMeta('a.md', { upstream: true }, text).upstream).toBe(true);
    expect(
      readNoteMeta('a.md', { source: 'Apache Flink 1.20, docs generated table core_configuration.html (Apache License 2.0)' }, text)
        .upstream,
    ).toBe(true);
    expect(readNoteMeta('a.md', { source: 'Apache Flink docs, copied by hand' }, text).upstream).toBe(false);
    expect(readNoteMeta('a.md', { upstream: false, source: 'Apache Flink 2.1, docs generated table x.html' }, text).upstream).toBe(false);
  });

  it('then the path, then the prose for the locale', () => {
    expect(readNoteMeta('v1.19/state.md', {}, tree)).toEqual({
      path: 'v1.19/state.md',
      id: 'state',
      kind: 'note',
      locale: 'zh',
      version: '1.19',
      group: null,
      upstream: false,
    });
    expect(readNoteMeta('state.md', {}, parseMarkdown('# Title\n\nPlain English prose about state backends.\n')).locale).toBe('en');
  });

  it('makes a note named glossary (or 术语表) a glossary', () => {
    expect(readNoteMeta('en/glossary.md', {}, tree).kind).toBe('glossary');
    expect(readNoteMeta('术语表.md', {}, tree).kind).toBe('glossary');
    expect(readNoteMeta('术语表.md', { kind: 'note' }, tree).kind).toBe('note');
  });
});

describe('noteTitle', () => {
  const h1 = (text: string): NoteBlock => ({ kind: 'heading', depth: 1, text, id: 'x', position: { file: 'n.md', line: 1, column: 1 } });
  const h2 = (text: string): NoteBlock => ({ ...h1(text), depth: 2 }) as NoteBlock;

  it('is the first of front matter, top heading and id that says something', () => {
    expect(noteTitle({ title: 'Front' }, [h1('Top')], 'state-backends')).toBe('Front');
    expect(noteTitle({ title: ' ' }, [h2('Second'), h1('Top'), h1('Later')], 'state-backends')).toBe('Top');
    expect(noteTitle({}, [h1('  '), h2('Second')], 'state_backends-v2')).toBe('State backends v2');
  });
});

describe('headings', () => {
  it('trailAfter keeps the headings above at a lower level', () => {
    const trail = [
      { depth: 1, text: 'A' },
      { depth: 2, text: 'B' },
      { depth: 4, text: 'C' },
    ];
    expect(trailAfter(trail, { depth: 3, text: 'D' })).toEqual([...trail.slice(0, 2), { depth: 3, text: 'D' }]);
    expect(trailAfter(trail, { depth: 1, text: 'E' })).toEqual([{ depth: 1, text: 'E' }]);
    expect(trailAfter([], { depth: 2, text: 'F' })).toEqual([{ depth: 2, text: 'F' }]);
    expect(trail).toHaveLength(3);
  });

  it('headingId slugs, keeps ids unique and names empty slugs by their place', () => {
    const slugger = new GithubSlugger();
    expect(['Usage', 'Usage', '？？？', '', 'section-3'].map((text, i) => headingId(slugger, text, i + 1))).toEqual([
      'usage',
      'usage-1',
      'section-3',
      'section-4',
      'section-3-1',
    ]);
  });
});

describe('option tables', () => {
  const file = () => new VFile({ path: 'n.md' });
  const at = (line: number) => ({ file: 'n.md', line, column: 1 });

  it('readOptionTable reads an option table and leaves other tables', () => {
    const scope: TableScope = { file: file(), meta: meta(), trail: ['Config'] };
    const source = '| Key | Default |\n| --- | --- |\n| a.b | 1 |\n| a.c | 2 |';
    const table = parseMarkdown(source).children[0];
    if (table?.type !== 'table') throw new Error('no table');
    const read = readOptionTable(
      table,
      tableContext(scope, source, (line) => line),
      at(1),
    )!;
    expect(read.block).toEqual({
      kind: 'options',
      keys: ['a.b', 'a.c'],
      columns: [
        { header: 'Key', role: 'key' },
        { header: 'Default', role: 'default' },
      ],
      // Each row as written; a table read alone has line ids (the note's walk gives a key's first row its key).
      rows: [
        {
          line: 3,
          key: 'a.b',
          id: 'L3',
          cells: [
            { html: 'a.b', text: 'a.b' },
            { html: '1', text: '1' },
          ],
        },
        {
          line: 4,
          key: 'a.c',
          id: 'L4',
          cells: [
            { html: 'a.c', text: 'a.c' },
            { html: '2', text: '2' },
          ],
        },
      ],
      position: at(1),
    });
    expect([read.headerLine, read.bodyRows, read.rows.map((row) => `${row.key} ${row.trail.join('/')}`)]).toEqual([
      1,
      2,
      ['a.b Config', 'a.c Config'],
    ]);

    const fruit = '| Fruit | Colour |\n| --- | --- |\n| apple | red |';
    const other = parseMarkdown(fruit).children[0];
    if (other?.type !== 'table') throw new Error('no table');
    expect(
      readOptionTable(
        other,
        tableContext(scope, fruit, (line) => line),
        at(1),
      ),
    ).toBeUndefined();
  });

  it('readPipeParagraph reads a table without a delimiter row, positioned in the note', () => {
    const scope: TableScope = { file: file(), meta: meta(), trail: [] };
    const lines = ['text', '', '| Key | Default |', '| a.b | 1 |', '| a.c | 2 |'];
    const paragraph = parseMarkdown(lines.join('\n')).children[1] as Paragraph;
    const read = readPipeParagraph(paragraph, at(3), lines, undefined, scope);
    expect(read?.kind).toBe('table');
    if (read?.kind !== 'table') return;
    expect(read.table.block.keys).toEqual(['a.b', 'a.c']);
    expect(read.table.rows.map((row) => row.position.line)).toEqual([4, 5]);
    expect(messagesOf(scope.file)).toEqual([
      '3:1 table-missing-delimiter: Option table without a delimiter row (`| --- |`); read as a table',
    ]);
  });

  it('readPipeParagraph reads rows cut off from the table above under its header', () => {
    const scope: TableScope = { file: file(), meta: meta(), trail: [] };
    const lines = ['| Key | Default |', '| --- | --- |', '| a.b | 1 |', '', '| a.c | 2 |'];
    const tree = parseMarkdown(lines.join('\n'));
    const [first, paragraph] = tree.children;
    if (first?.type !== 'table' || paragraph?.type !== 'paragraph') throw new Error('unexpected tree');
    const above = readOptionTable(
      first,
      tableContext(scope, lines.join('\n'), (line) => line),
      at(1),
    )!;
    const read = readPipeParagraph(paragraph, at(5), lines, above, scope);
    expect(read?.kind).toBe('continued');
    if (read?.kind !== 'continued') return;
    expect([read.bodyRows, read.rows.map((row) => `${row.key}@${row.position.line}`)]).toEqual([1, ['a.c@5']]);
    expect(messagesOf(scope.file)).toEqual([
      '5:1 table-split: 1 row cut off from the table at line 1 by a blank line; read as rows of that table',
    ]);
    expect(readPipeParagraph(parseMarkdown('text').children[0] as Paragraph, at(1), ['text'], above, scope)).toBeUndefined();
  });
});

describe('walkNote', () => {
  it('turns top-level nodes into blocks, with each row under its headings', () => {
    const walked = walk(
      [
        '# Title',
        '',
        '[[toc]]',
        '',
        '## Memory',
        '',
        '| Key | Default |',
        '| --- | --- |',
        '| m.a | 1 |',
        '',
        '| m.b | 2 |',
        '',
        '```yaml',
        'm.a: 1',
        '```',
        '',
        '[ref]: https://example.com',
        '',
        'See [ref].',
      ].join('\n'),
    );
    expect(shape(walked.blocks)).toEqual(['heading title', 'toc', 'heading memory', 'options m.a m.b', 'code', 'prose See ref.']);
    expect(walked.rows.map((row) => `${row.key} ${row.trail.join(' > ')}`)).toEqual(['m.a Title > Memory', 'm.b Title > Memory']);
    expect(walked.tableRows).toBe(2);
    expect(walked.messages).toEqual([
      '11:1 table-split: 1 row cut off from the table at line 7 by a blank line; read as rows of that table',
    ]);
  });

  it('counts the blocks inside an aside, and reads option tables in lists without a block of their own', () => {
    const walked = walk(':::tip Note\none\n\ntwo\n:::\n\n- item\n\n  | Key | Default |\n  | --- | --- |\n  | l.a | 1 |\n\nafter\n');
    expect(shape(walked.blocks)).toEqual(['aside 2', 'prose one', 'prose two', 'prose item\n\nKey Default\nl.a 1', 'prose after']);
    expect(walked.rows.map((row) => row.key)).toEqual(['l.a']);
    expect(walked.tableRows).toBe(1);
  });

  it('reads glossary tables in glossary notes only', () => {
    const text = '| English | 中文 |\n| --- | --- |\n| checkpoint | 检查点 |\n';
    expect(walk(text, 'glossary').glossary).toEqual([
      { en: 'checkpoint', zh: '检查点', note: null, source: { file: 'n.md', line: 3, column: 1 } },
    ]);
    expect(walk(text).glossary).toEqual([]);
  });
});

describe('parseNote', () => {
  it('assembles the note from the steps', () => {
    const body = '# 状态\n\n[[toc]]\n\n![图](img/a.png)\n\n| Key | Default |\n| --- | --- |\n| s.a | 1 |\n';
    const { note, tableRows, links } = parseNote({ path: 'zh/1.20/state.md', contents: `---\ngroup: state\n---\n${body}` });
    expect({ ...note, blocks: shape(note.blocks) }).toEqual({
      id: 'state',
      file: 'zh/1.20/state.md',
      kind: 'note',
      locale: 'zh',
      version: '1.20',
      upstream: false,
      title: '状态',
      // The hash of the body the parser read: front matter blanked out, lines kept.
      sourceHash: hashSource(`\n\n\n${body}`),
      translationOf: null,
      frontmatter: { group: 'state' },
      toc: true,
      blocks: ['heading 状态', 'toc', 'prose ', 'options s.a'],
      assets: ['zh/1.20/img/a.png'],
    });
    expect(tableRows).toBe(1);
    expect(links).toEqual([{ target: { kind: 'asset', path: 'zh/1.20/img/a.png' }, written: 'img/a.png', place: { line: 8, column: 1 } }]);
  });
});
