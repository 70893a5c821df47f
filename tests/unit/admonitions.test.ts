import { describe, expect, it } from 'vitest';
import { admonitionLines, nestAsides, normalizeAdmonitions } from '../../src/lib/registry/admonitions.ts';
import { splitSections } from '../../src/lib/registry/sections.ts';
import type { NoteBlock } from '../../src/lib/registry/schema.ts';
import { build, diagnosticsOf } from '../helpers/notes.ts';

const blocksOf = (text: string) => build({ 'n.md': text }).registry.notes[0]!.blocks;
/** `kind` of each block, with an aside's variant, type, title and size. */
const shape = (blocks: NoteBlock[]) =>
  blocks.map((b) =>
    b.kind === 'aside'
      ? `aside ${b.variant} ${b.type} ${JSON.stringify(b.title)} ${b.contains}`
      : b.kind === 'prose'
        ? `prose ${b.text}`
        : b.kind,
  );
const table = '| Key | Default | Description |\n| --- | --- | --- |\n| a.b | 1 | First. |\n| a.c | 2 | Second. |\n';

describe('normalizeAdmonitions', () => {
  it.each([
    [':::tip', ':::tip'],
    ['::: tip', ':::tip'],
    ['::: warning 注意事项', ':::warning[注意事项]'],
    [':::tip Title with [brackets] and \\', ':::tip[Title with \\[brackets\\] and \\\\]'],
    [':::note[Already] ', ':::note[Already]'],
    ['::: danger {#id}', ':::danger{#id}'],
    ['> ::: info 提示', '> :::info[提示]'],
    ['  ::::note Outer', '  ::::note[Outer]'],
  ])('%j → %j', (line, expected) => expect(normalizeAdmonitions(`${line}\nx\n:::`)).toBe(`${expected}\nx\n:::`));

  it('leaves code, closing lines and other text alone, line for line', () => {
    const text = '```md\n::: tip In code\n```\n:::\n12:30 ::: tip not at the start\n::: 123';
    expect(normalizeAdmonitions(text)).toBe(text);
  });

  it('reads openers nested past 32 levels as text', () => {
    const deep = Array.from({ length: 40 }, (_, i) => `:::tip ${i}`).join('\n');
    const lines = normalizeAdmonitions(deep).split('\n');
    expect(lines[31]).toBe(':::tip[31]');
    expect(lines[32]).toBe('\\:::tip 32');
    expect(lines).toHaveLength(40);
  });

  it('admonitionLines marks the lines of each admonition, fences inside included', () => {
    expect(admonitionLines(['a', ':::tip', '```', ':::', '```', ':::', 'b'])).toEqual([false, true, true, true, true, true, false]);
  });
});

describe('admonitions in notes', () => {
  it('become aside blocks holding the blocks inside them; their option tables define options', () => {
    const result = build({ 'n.md': `# T\n\n:::tip 生产环境\nTurn it on.\n\n${table}:::\n\nAfter.\n` });
    expect(shape(result.registry.notes[0]!.blocks)).toEqual([
      'heading',
      'aside tip tip "生产环境" 2',
      'prose Turn it on.',
      'options',
      'prose After.',
    ]);
    expect(result.registry.options.map((o) => [o.key, o.sources[0]!.line])).toEqual([
      ['a.b', 8],
      ['a.c', 9],
    ]);
    expect(diagnosticsOf(result)).toEqual([]);
  });

  it('map every known type to its aside variant, case aside', () => {
    const text = ['note', 'info', 'important', 'tip', 'warning', 'caution', 'danger', 'WARNING']
      .map((type) => `::: ${type}\nx\n:::\n`)
      .join('\n');
    expect(blocksOf(text).flatMap((b) => (b.kind === 'aside' ? [`${b.type}→${b.variant}`] : []))).toEqual([
      'note→note',
      'info→note',
      'important→note',
      'tip→tip',
      'warning→caution',
      'caution→caution',
      'danger→danger',
      'WARNING→caution',
    ]);
  });

  it('nest when the outer one has more colons', () => {
    const blocks = blocksOf('::::note[外层]\nA\n\n:::danger\nB\n:::\nC\n::::\n\nD\n');
    expect(shape(blocks)).toEqual(['aside note note "外层" 4', 'prose A', 'aside danger danger null 1', 'prose B', 'prose C', 'prose D']);
    expect(
      nestAsides(blocks).map((b) =>
        b.kind === 'aside' ? [b.type, b.children.map((c) => (c.kind === 'aside' ? [c.type, c.children.length] : c.kind))] : b.kind,
      ),
    ).toEqual([['note', ['prose', ['danger', 1], 'prose']], 'prose']);
  });

  it('keep text and leaf directive look-alikes as written', () => {
    expect(shape(blocksOf('Meet at 12:30, see a:b and :name[x]{y=1}.\n\n::leaf\n'))).toEqual([
      'prose Meet at 12:30, see a:b and :name[x]{y=1}.',
      'prose ::leaf',
    ]);
  });

  it('report an unknown type (shown as a note) and an admonition never closed', () => {
    const result = build({ 'n.md': `:::details 更多\nA\n:::\n\n:::tip\n${table}` });
    expect(shape(result.registry.notes[0]!.blocks)).toEqual(['aside note details "更多" 1', 'prose A', 'aside tip tip null 1', 'options']);
    expect(result.registry.options.map((o) => o.key)).toEqual(['a.b', 'a.c']);
    expect(diagnosticsOf(result)).toEqual(['n.md:1:1 warning unknown-admonition', 'n.md:5:1 warning unclosed-admonition']);
  });

  it('inside a block quote keep their content and its options', () => {
    const result = build({
      'n.md': `> :::tip\n> Quoted.\n>\n${table
        .split('\n')
        .filter(Boolean)
        .map((l) => `> ${l}`)
        .join('\n')}\n> :::\n`,
    });
    expect(result.registry.options.map((o) => o.key)).toEqual(['a.b', 'a.c']);
    const [quote] = result.registry.notes[0]!.blocks;
    expect(quote).toMatchObject({ kind: 'prose', text: expect.stringMatching(/^Quoted\.\n/) });
  });

  it('long notes are not cut inside an admonition', () => {
    const filler = 'Words. '.repeat(20);
    const text = [':::tip', ...Array.from({ length: 30 }, (_, i) => `## H${i}\n\n${filler}\n`), ':::', '', '## After', '', filler].join(
      '\n',
    );
    const pieces = splitSections(text, 400);
    expect(pieces.map((p) => p.text.split('\n')[0])).toEqual([':::tip', '## After']);
  });
});
