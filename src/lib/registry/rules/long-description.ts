import { DESCRIPTION_SUMMARY_CHARS } from '../budgets.ts';
import { cutIndex } from '../cut-text.ts';
import type { RegistryRule } from './rule.ts';

/**
 * A description longer than the summary budget: its option page shows it
 * whole, but embed cards, the JSON API, oEmbed, search and "copy as" tables
 * show it cut, with a link to the page.
 */
export const longDescription: RegistryRule = {
  id: 'long-description',
  check({ options, report }) {
    for (const option of options) {
      for (const description of Object.values(option.descriptions)) {
        if (cutIndex(description.text, DESCRIPTION_SUMMARY_CHARS) === undefined) continue;
        report(
          description.source,
          `The description of "${option.key}" is longer than ${DESCRIPTION_SUMMARY_CHARS.toLocaleString('en')} characters: embed cards, the JSON API, search and copied tables show it cut, with a link to its page`,
          "Keep the first sentences a summary; move long explanations into the note's prose.",
        );
      }
    }
  },
};
