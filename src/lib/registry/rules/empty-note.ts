import type { Note } from '../schema.ts';
import { isEmptyBlock } from './empty-section.ts';
import type { RegistryRule } from './rule.ts';

/** A note with nothing a reader would see: no blocks, or only empty ones (front matter, white space, comments). */
export function isEmptyNote(note: Note): boolean {
  return note.blocks.every(isEmptyBlock);
}

export const emptyNote: RegistryRule = {
  id: 'empty-note',
  check({ notes, report }) {
    for (const note of notes) {
      if (isEmptyNote(note)) report({ file: note.file, line: 1, column: 1 }, 'The note is empty', 'Write the note, or delete the file.');
    }
  },
};
