import type { RegistryRule } from './rule.ts';

/**
 * A description that ends with the text of a heading of its note, glued to the
 * sentence before it (`…ignore this optionRelated Config Options`): a paste
 * that took the next heading along.
 */
export const copyPasteResidue: RegistryRule = {
  id: 'copy-paste-residue',
  check({ options, notes, report }) {
    const headingsByFile = new Map<string, string[]>();
    for (const note of notes) {
      headingsByFile.set(note.file, [...new Set(note.blocks.flatMap((b) => (b.kind === 'heading' && b.text.length >= 4 ? [b.text] : [])))]);
    }
    for (const option of options) {
      for (const description of Object.values(option.descriptions)) {
        const text = description.markdown.trimEnd();
        for (const heading of headingsByFile.get(description.source.file) ?? []) {
          if (!text.endsWith(heading) || text.length === heading.length) continue;
          // Glued to the text before it: a sentence that merely ends with those words has a space before them.
          if (/\s/.test(text[text.length - heading.length - 1]!)) continue;
          const index = description.markdown.lastIndexOf(heading);
          report(
            { ...description.source, column: description.source.column + index },
            `Description of "${option.key}" ends with "${heading}", the text of a heading: likely copy-paste residue`,
            `Remove "${heading}" from the end of the description.`,
          );
          break;
        }
      }
    }
  },
};
