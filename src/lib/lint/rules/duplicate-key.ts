/** `duplicate-key`: a key set twice in one scope, however each was written (nested, flat, mixed). */
import { finding } from '../rules.ts';
import type { InputFormat, LintEntry, LintFinding } from '../types.ts';

const FORM: Record<LintEntry['form'], string> = { flat: 'flat', nested: 'nested', mixed: 'nested' };

/** What a second setting of a key costs, per format. */
const LOST: Record<InputFormat, string> = {
  'flink-conf': 'Flink reads the last value, and the earlier one is lost',
  cli: 'Flink reads the last value, and the earlier one is lost',
  sql: 'the first SET never applies',
  'config-yaml': 'one of the values is lost',
  kubernetes: 'one of the values is lost',
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
    const forms = FORM[earlier.form] === FORM[entry.form] ? '' : ` (${FORM[earlier.form]} there, ${FORM[entry.form]} here)`;
    findings.push(
      finding(
        'duplicate-key',
        entry.place,
        `"${entry.key}" is set again: also on line ${earlier.place.line}${forms}; ${LOST[entry.format]}`,
        'Keep one of them.',
        entry.key,
      ),
    );
  }
  return findings;
}
