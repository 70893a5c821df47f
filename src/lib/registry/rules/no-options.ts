import { isReadableNote } from '../schema.ts';
import { isEmptyNote } from './empty-note.ts';
import type { RegistryRule } from './rule.ts';

/** A note that defines no option: it is shown as a page, and that is all (the notice says so, in case a table was meant to be read). */
export const noOptions: RegistryRule = {
  id: 'no-options',
  check({ notes, options, report }) {
    const defining = new Set(options.flatMap((option) => option.sources.map((source) => source.file)));
    for (const note of notes) {
      if (!isReadableNote(note) || isEmptyNote(note) || defining.has(note.file) || note.blocks.some((block) => block.kind === 'options'))
        continue;
      report(
        { file: note.file, line: 1, column: 1 },
        'The note has no option table; it is shown as a page but defines no option',
        'An option table needs a header with a key column and a default, type or description column.',
      );
    }
  },
};
