import type { RegistryRule } from './rule.ts';

/** An option no note describes, in any locale. */
export const missingDescription: RegistryRule = {
  id: 'missing-description',
  check({ options, report }) {
    for (const option of options) {
      if (Object.keys(option.descriptions).length === 0) {
        report(option.sources[0]!, `Option "${option.key}" has no description`, 'Describe what the option does in the description column.');
      }
    }
  },
};
