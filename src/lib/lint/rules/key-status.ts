/**
 * `unknown-key`, `deprecated-key`, `renamed-key`, `removed-key`: what the
 * version says about each key set.
 */
import { finding } from '../rules.ts';
import type { KeyLookup, LintReference } from '../lookup.ts';
import type { LintEntry, LintFinding } from '../types.ts';

function inVersion(reference: LintReference): string {
  return reference.version === null ? 'these options' : `Flink ${reference.version}`;
}

/**
 * The findings about one entry's key. `lineOf` gives the line where another
 * key is set in the entry's scope, if it is: an old key set beside its new
 * key is read by no one.
 */
export function keyStatusFindings(
  entry: LintEntry,
  lookup: KeyLookup,
  reference: LintReference,
  lineOf: (key: string) => number | undefined = () => undefined,
): LintFinding[] {
  const where = inVersion(reference);
  const { key, place } = entry;
  switch (lookup.kind) {
    case 'known': {
      const { option } = lookup;
      if (!option.deprecated) return [];
      const [next] = option.replacedBy;
      return [
        finding(
          'deprecated-key',
          place,
          `"${key}" is deprecated in ${where}${next ? `; use "${next}"` : ''}`,
          next
            ? `Set "${next}" instead (mind its type and values: it is another option).`
            : "See the option's description for what replaces it.",
          key,
        ),
      ];
    }
    case 'old': {
      const { old } = lookup;
      if (old.kind === 'removed')
        return [
          finding(
            'removed-key',
            place,
            `"${key}" is not in ${where}: ${old.last} was the last version with it`,
            'Flink ignores it: remove it, or check the release notes for what replaced it.',
            key,
          ),
        ];
      const by = old.kind === 'renamed' && old.by ? ` by ${old.by}` : '';
      const both = lineOf(old.to);
      const still =
        both !== undefined
          ? `; "${old.to}" is set too, on line ${both}, and Flink reads that one`
          : old.kind === 'deprecated'
            ? `; ${reference.version === null ? 'Flink' : where} still reads it, deprecated`
            : '';
      return [
        finding(
          old.kind === 'deprecated' ? 'deprecated-key' : 'renamed-key',
          place,
          `"${key}" is renamed to "${old.to}"${by} (${old.evidence})${still}`,
          both !== undefined ? `Remove this line.` : `Use "${old.to}" (confref lint --fix renames it).`,
          key,
        ),
      ];
    }
    case 'map-entry':
    case 'passed-on':
      return [];
    case 'unchecked':
      return [
        finding(
          'not-checked',
          place,
          `"${key}" not checked: version ${lookup.version} is partial (its notes copy part of it)`,
          'Check the key against an upstream reference of this version, or import one.',
          key,
        ),
      ];
    case 'unknown': {
      const mean = lookup.suggestion ? `; did you mean "${lookup.suggestion}"?` : '';
      const later = lookup.addedIn ? ` (it is in ${lookup.addedIn})` : '';
      return [
        finding(
          'unknown-key',
          place,
          `"${key}" is not a key of ${where}${later}${mean}`,
          lookup.suggestion
            ? `Flink ignores unknown keys: fix the spelling to "${lookup.suggestion}".`
            : 'Flink ignores unknown keys: check the spelling, or remove it (a plugin or connector that reads it can be ignored).',
          key,
        ),
      ];
    }
  }
}
