import type { RegistryRule } from './rule.ts';

/** Shorter headings ("Notes") end too many honest sentences to flag unless glued on. */
const MIN_SPACED_LENGTH = 12;

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
          const before = text[text.length - heading.length - 1]!;
          const glued = /[\p{L}\p{N}]/u.test(before);
          if (!glued && !(heading.length >= MIN_SPACED_LENGTH && /\s/.test(before))) continue;
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
