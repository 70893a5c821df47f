import type { NoteBlock } from '../schema.ts';
import type { RegistryRule } from './rule.ts';

/** A block with nothing a reader would see. */
export function isEmptyBlock(block: NoteBlock): boolean {
  if (block.kind === 'code') return block.value.trim() === '';
  if (block.kind === 'prose') return block.html.trim() === '';
  return false;
}

/** A heading followed by nothing (or only empty blocks) before the next heading of the same or a higher level. */
export const emptySection: RegistryRule = {
  id: 'empty-section',
  check({ notes, report }) {
    for (const note of notes) {
      note.blocks.forEach((block, index) => {
        if (block.kind !== 'heading') return;
        for (const next of note.blocks.slice(index + 1)) {
          if (next.kind === 'heading') {
            if (next.depth <= block.depth) break;
            return; // a sub-section: the parent is not empty
          }
          if (!isEmptyBlock(next)) return;
        }
        report(block.position, `Section "${block.text}" is empty`, 'Write the section, or remove the heading.');
      });
    }
  },
};
