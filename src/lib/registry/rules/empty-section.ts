import type { NoteBlock } from '../schema.ts';
import type { RegistryRule } from './rule.ts';

/** A block with nothing a reader would see. */
export function isEmptyBlock(block: NoteBlock): boolean {
  if (block.kind === 'code') return block.value.trim() === '';
  if (block.kind === 'prose') return block.html.trim() === '';
  return false;
}

type HeadingBlock = Extract<NoteBlock, { kind: 'heading' }>;

/**
 * The headings whose sections are empty: followed by nothing (or only empty blocks) before the next heading of the
 * same or a higher level, or the note's end. The check's rule and the note pages (which mark them) read the same list.
 */
export function emptySectionHeadings(blocks: readonly NoteBlock[]): HeadingBlock[] {
  const empty: HeadingBlock[] = [];
  // Walking back, `next` is the first block after the current one that a reader would see.
  let next: NoteBlock | undefined;
  for (let index = blocks.length - 1; index >= 0; index--) {
    const block = blocks[index]!;
    if (block.kind === 'heading' && (next === undefined || (next.kind === 'heading' && next.depth <= block.depth))) empty.push(block);
    if (!isEmptyBlock(block)) next = block;
  }
  return empty.reverse();
}

export const emptySection: RegistryRule = {
  id: 'empty-section',
  check({ notes, report }) {
    for (const note of notes) {
      for (const heading of emptySectionHeadings(note.blocks))
        report(heading.position, `Section "${heading.text}" is empty`, 'Write the section, or remove the heading.');
    }
  },
};
