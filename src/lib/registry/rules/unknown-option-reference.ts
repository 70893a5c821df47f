import type { RegistryRule } from './rule.ts';

/** Code spans and quoted words in Markdown source. */
const QUOTED = /`([^`\n]+)`|'([^'\s]+)'|"([^"\s]+)"|‘([^’\s]+)’|“([^”\s]+)”/g;
/** Lower-case dotted words: how option keys are written (`state.backend.async`, `metrics.reporter.<name>.class`). */
const OPTION_KEY = /^[a-z][a-z0-9_-]*(?:\.(?:[a-z0-9_-]+|<[\w-]+>))+$/;
/** Dotted words that are file names, hosts or Java packages, not keys. */
const NOT_A_KEY =
  /\.(?:ya?ml|xml|json|properties|conf|jar|java|py|sh|txt|md|html?|log|gz|zip|class|so|dll|com|org|io|net)$|^(?:org|com|java|javax|io|net|scala|sun)\./;

function keyPattern(key: string): RegExp | undefined {
  if (!/<[^>]+>|\*/.test(key)) return undefined;
  const source = key
    .split(/(<[^>]+>|\*)/)
    .map((part, i) => (i % 2 ? '[^.]+' : part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')))
    .join('');
  return new RegExp(`^${source}$`);
}

/** A description naming a key (in a code span or quotes) that no note defines for its version. */
export const unknownOptionReference: RegistryRule = {
  id: 'unknown-option-reference',
  check({ options, report }) {
    const keysByVersion = new Map<string | null, Set<string>>();
    const patterns: RegExp[] = [];
    for (const option of options) {
      const keys = keysByVersion.get(option.version) ?? new Set<string>();
      keys.add(option.key);
      keysByVersion.set(option.version, keys);
      const pattern = keyPattern(option.key);
      if (pattern) patterns.push(pattern);
    }
    for (const option of options) {
      const known = keysByVersion.get(option.version)!;
      for (const description of Object.values(option.descriptions)) {
        const reported = new Set<string>();
        for (const match of description.markdown.matchAll(QUOTED)) {
          const candidate = match.slice(1).find((group) => group !== undefined)!;
          if (!OPTION_KEY.test(candidate) || NOT_A_KEY.test(candidate) || known.has(candidate) || reported.has(candidate)) continue;
          if (patterns.some((pattern) => pattern.test(candidate))) continue;
          reported.add(candidate);
          report(
            { ...description.source, column: description.source.column + match.index + 1 },
            `Description of "${option.key}" refers to "${candidate}", which no note defines`,
            'Check the key for a typo, or add the option to a note.',
          );
        }
      }
    }
  },
};
