/** `duplicate-key`: a key set twice in one scope, however each was written (nested, flat, mixed). */
import { say, type LintText } from '../messages.ts';
import { finding } from '../rules.ts';
import type { InputFormat, LintEntry, LintFinding } from '../types.ts';

const FORM: Record<LintEntry['form'], 'flat' | 'nested'> = { flat: 'flat', nested: 'nested', mixed: 'nested' };

/** What a second setting of a key costs, per format. */
const LOST: Record<InputFormat, LintText> = {
  'flink-conf': say('duplicate-key.last-wins'),
  cli: say('duplicate-key.last-wins'),
  sql: say('duplicate-key.first-set'),
  'config-yaml': say('duplicate-key.one-lost'),
  kubernetes: say('duplicate-key.one-lost'),
};

export function duplicateKeyFindings(entries: readonly LintEntry[]): LintFinding[] {
  const first = new Map<string, LintEntry>();
  const findings: LintFinding[] = [];
  for (const entry of entries) {
    const id = `${entry.scope}\u0000${entry.key}`;
    const earlier = first.get(id);
    if (!earlier) {
      first.set(id, entry);
      continue;
    }
    const [was, now] = [FORM[earlier.form], FORM[entry.form]];
    const forms = was === now ? '' : say('duplicate-key.forms', { was: say(`duplicate-key.${was}`), now: say(`duplicate-key.${now}`) });
    findings.push(
      finding(
        'duplicate-key',
        entry.place,
        say('duplicate-key', { key: entry.key, line: earlier.place.line, forms, lost: LOST[entry.format] }),
        say('duplicate-key.hint'),
        entry.key,
      ),
    );
  }
  return findings;
}
