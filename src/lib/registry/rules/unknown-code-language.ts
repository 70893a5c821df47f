import { isKnownCodeLanguage } from '../code-languages.ts';
import type { RegistryRule } from './rule.ts';

/** A code block whose fence names a language Shiki does not know: it is shown as plain text. */
export const unknownCodeLanguage: RegistryRule = {
  id: 'unknown-code-language',
  check({ notes, report }) {
    for (const note of notes) {
      for (const block of note.blocks) {
        if (block.kind === 'code' && block.lang !== null && !isKnownCodeLanguage(block.lang)) {
          report(
            block.position,
            `Code block language "${block.lang}" is not one the site can highlight; shown as plain text`,
            'Use a language Shiki knows (yaml, properties, bash, sql, java, python, …), or text.',
          );
        }
      }
    }
  },
};
