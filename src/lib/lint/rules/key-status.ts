/**
 * `unknown-key`, `deprecated-key`, `renamed-key`, `removed-key`: what the
 * version says about each key set.
 */
import { say, type LintArg, type LintText } from '../messages.ts';
import { finding } from '../rules.ts';
import type { KeyLookup, LintReference } from '../lookup.ts';
import type { LintEntry, LintFinding } from '../types.ts';

function inVersion(reference: LintReference): LintText {
  return reference.version === null ? say('where.unversioned') : say('where.version', { version: reference.version });
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
        next
          ? finding(
              'deprecated-key',
              place,
              say('deprecated-key.next', { key, where, next }),
              say('deprecated-key.next.hint', { next }),
              key,
            )
          : finding('deprecated-key', place, say('deprecated-key', { key, where }), say('deprecated-key.hint'), key),
      ];
    }
    case 'old': {
      const { old } = lookup;
      if (old.kind === 'removed')
        return [finding('removed-key', place, say('removed-key', { key, where, last: old.last }), say('removed-key.hint'), key)];
      const by = old.kind === 'renamed' && old.by ? say('renamed-key.by', { version: old.by }) : '';
      const both = lineOf(old.to);
      const reader: LintArg = reference.version === null ? 'Flink' : where;
      const then =
        both !== undefined
          ? say('renamed-key.both', { to: old.to, line: both })
          : old.kind === 'deprecated'
            ? say('renamed-key.still-read', { reader })
            : '';
      return [
        finding(
          old.kind === 'deprecated' ? 'deprecated-key' : 'renamed-key',
          place,
          say('renamed-key', { key, to: old.to, by, evidence: { evidence: old.evidence }, then }),
          both !== undefined ? say('renamed-key.both.hint') : say('renamed-key.hint', { to: old.to }),
          key,
        ),
      ];
    }
    case 'map-entry':
    case 'passed-on':
      return [];
    case 'unchecked':
      return [finding('not-checked', place, say('not-checked', { key, version: lookup.version }), say('not-checked.hint'), key)];
    case 'unknown': {
      const { suggestion, addedIn } = lookup;
      return [
        finding(
          'unknown-key',
          place,
          say('unknown-key', {
            key,
            where,
            later: addedIn ? say('unknown-key.later', { version: addedIn }) : '',
            mean: suggestion ? say('unknown-key.mean', { suggestion }) : '',
          }),
          suggestion ? say('unknown-key.mean.hint', { suggestion }) : say('unknown-key.hint'),
          key,
        ),
      ];
    }
  }
}
