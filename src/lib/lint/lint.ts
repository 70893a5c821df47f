/**
 * `confref lint`'s core: a configuration file's text → its settings and
 * the findings about them, against one version's options. Pure (no Node
 * API), so the CLI and the browser share it.
 */
import { readConfig } from './read.ts';
import type { LintReference } from './reference.ts';
import { sortFindings } from './rules.ts';
import { duplicateKeyFindings } from './rules/duplicate-key.ts';
import { keyStatusFindings } from './rules/key-status.ts';
import { valueFindings } from './rules/value.ts';
import type { InputFormat, LintEntry, LintFinding } from './types.ts';

export interface LintResult {
  format: InputFormat;
  entries: LintEntry[];
  findings: LintFinding[];
}

export function lintText(text: string, format: InputFormat, reference: LintReference): LintResult {
  const { entries, findings } = readConfig(text, format);
  const lines = new Map<string, number>();
  for (const entry of entries)
    if (!lines.has(`${entry.scope}\u0000${entry.key}`)) lines.set(`${entry.scope}\u0000${entry.key}`, entry.place.line);
  for (const entry of entries) {
    const lookup = reference.lookup(entry.key);
    findings.push(...keyStatusFindings(entry, lookup, reference, (key) => lines.get(`${entry.scope}\u0000${key}`)));
    const option = lookup.kind === 'known' || lookup.kind === 'old' ? lookup.option : null;
    if (option) findings.push(...valueFindings(entry, option));
  }
  findings.push(...duplicateKeyFindings(entries));
  return { format, entries, findings: sortFindings(findings) };
}
