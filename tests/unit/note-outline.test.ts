import { describe, expect, it } from 'vitest';
import type { NoteBlock } from '../../src/lib/registry/schema.ts';
import { emptySectionHeadings } from '../../src/lib/registry/rules/empty-section.ts';
import { noteOutline } from '../../src/lib/site/note-outline.ts';

const at = { file: 'note.md', line: 1, column: 1 };
const heading = (depth: number, id: string): NoteBlock => ({ kind: 'heading', depth, text: id, id, position: at });
const prose = (html: string): NoteBlock => ({ kind: 'prose', html, text: html.replace(/<[^>]*>/g, ''), position: at });
const code = (value: string): NoteBlock => ({ kind: 'code', lang: 'yaml', meta: null, value, position: at });

describe("a note's outline on its page", () => {
  it('puts every heading under the page h1 in order, whatever level the note starts at or skips to', () => {
    const blocks = [
      heading(1, 'Title'),
      heading(3, 'a'),
      prose('<p>x</p>'),
      heading(5, 'a1'),
      prose('<p>x</p>'),
      heading(4, 'a2'),
      prose('<p>x</p>'),
      heading(6, 'a2i'),
      prose('<p>x</p>'),
      heading(2, 'b'),
      prose('<p>x</p>'),
      heading(3, 'b1'),
      prose('<p>x</p>'),
      heading(1, 'other-top'),
      prose('<p>x</p>'),
    ];
    expect([...noteOutline(blocks, 'Title').levels]).toEqual([
      ['a', 2],
      ['a1', 3],
      ['a2', 3],
      ['a2i', 4],
      ['b', 2],
      ['b1', 3],
      ['other-top', 2],
    ]);
    expect(noteOutline(blocks, 'Title').empty).toEqual(new Set());
  });

  it('never goes past h6, and a first-level heading that is not the title is shown', () => {
    const deep = [
      heading(1, 'top'),
      heading(2, 'd2'),
      heading(3, 'd3'),
      heading(4, 'd4'),
      heading(5, 'd5'),
      heading(6, 'd6'),
      prose('<p>x</p>'),
    ];
    expect([...noteOutline(deep, 'Title').levels]).toEqual([
      ['top', 2],
      ['d2', 3],
      ['d3', 4],
      ['d4', 5],
      ['d5', 6],
      ['d6', 6],
    ]);
  });

  it('marks a section empty when a heading of its level or higher, or the end, follows with nothing a reader sees between', () => {
    const blocks = [
      heading(1, 'Title'),
      heading(2, 'filled'),
      prose('<p>text</p>'),
      heading(2, 'empty'),
      heading(2, 'parent'),
      heading(3, 'child-empty'),
      heading(3, 'comment-only'),
      prose(''),
      heading(3, 'fence-only'),
      code('  \n'),
      heading(3, 'with-code'),
      code('a: 1'),
      heading(2, 'last'),
    ];
    expect([...noteOutline(blocks, 'Title').empty]).toEqual(['empty', 'child-empty', 'comment-only', 'fence-only', 'last']);
    // The same headings `confref check` reports as empty-section (the title's too: a note of a title alone).
    expect(emptySectionHeadings(blocks).map((block) => (block.kind === 'heading' ? block.id : ''))).toEqual([
      'empty',
      'child-empty',
      'comment-only',
      'fence-only',
      'last',
    ]);
    expect(emptySectionHeadings([heading(1, 'Title')]).length).toBe(1);
    expect(noteOutline([heading(1, 'Title')], 'Title')).toEqual({ levels: new Map(), empty: new Set() });
  });
});
