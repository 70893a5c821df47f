/**
 * The rules over what a reader read: its settings checked against one
 * version's options, with the reader's own findings. Apart from the readers
 * (`lint.ts` joins the two), so the check page can load a reader only for the
 * format it reads: the YAML parser only for YAML.
 */
import type { LintReference } from './lookup.ts';
import { sortFindings } from './rules.ts';
import { duplicateKeyFindings } from './rules/duplicate-key.ts';
import { keyStatusFindings } from './rules/key-status.ts';
import { valueFindings } from './rules/value.ts';
import type { InputFormat, LintEntry, LintFinding, ReadResult } from './types.ts';

export interface LintResult {
  format: InputFormat;
  entries: LintEntry[];
  findings: LintFinding[];
}

/**
 * `referenceOf`, when given, is the reference for a version a setting's own
 * resource names (a FlinkDeployment's `spec.flinkVersion`, one per document),
 * used for that setting instead of `reference`.
 */
export function lintRead(
  { entries, findings }: ReadResult,
  format: InputFormat,
  reference: LintReference,
  referenceOf?: (version: string) => LintReference,
): LintResult {
  const lines = new Map<string, number>();
  for (const entry of entries)
    if (!lines.has(`${entry.scope}\u0000${entry.key}`)) lines.set(`${entry.scope}\u0000${entry.key}`, entry.place.line);
  for (const entry of entries) {
    const against = entry.flinkVersion !== undefined && referenceOf ? referenceOf(entry.flinkVersion) : reference;
    const lookup = against.lookup(entry.key);
    findings.push(...keyStatusFindings(entry, lookup, against, (key) => lines.get(`${entry.scope}\u0000${key}`)));
    const option = lookup.kind === 'known' || lookup.kind === 'old' ? lookup.option : null;
    if (option) findings.push(...valueFindings(entry, option));
  }
  findings.push(...duplicateKeyFindings(entries));
  return { format, entries, findings: sortFindings(findings) };
}
