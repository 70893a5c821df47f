import type { RegistryRule } from './rule.ts';

export const emptyCodeBlock: RegistryRule = {
  id: 'empty-code-block',
  check({ notes, report }) {
    for (const note of notes) {
      for (const block of note.blocks) {
        if (block.kind === 'code' && block.value.trim() === '') {
          report(block.position, 'Code block is empty', 'Fill in the example, or remove the code block.');
        }
      }
    }
  },
};
