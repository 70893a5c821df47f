/**
 * `check --against`: the notes' keys and defaults checked against another
 * version of the options (a version in the same content, or another content
 * folder such as an imported Flink version). Each key the target does not
 * have is reported with its replacement when the data can show one: a
 * rename map, a deprecated or fallback key in the target, a replacement a
 * deprecated option names, or, as a suggestion, a target key close in
 * spelling (the `similar-key` rule's measure: a typo or other separators),
 * else a target option whose description is the same text.
 */
import type { VFile } from 'vfile';
import { report, sortFiles } from '../registry/diagnostics.ts';
import { CloseKeyIndex, keyCloseness } from '../registry/key-similarity.ts';
import type { Option, Registry, RenameEntry } from '../registry/schema.ts';
import { sameDefault } from '../registry/values.ts';
import { englishText, findRenames, type RenameEvidence } from './diff.ts';
import { descriptionSimilarity } from './similarity.ts';

export interface Replacement {
  key: string;
  evidence: RenameEvidence | 'close-spelling' | 'same-description' | 'similar-description';
}

export type AgainstFinding =
  { kind: 'missing'; option: Option; replacement: Replacement | null } | { kind: 'default-differs'; option: Option; target: Option };

/** Descriptions at least this alike (Dice over word bigrams) are the same option under a new key. */
const SAME_DESCRIPTION = 0.75;
/** A clear best match this alike, well ahead of the next, is a likely successor. */
const SIMILAR_DESCRIPTION = 0.4;
/** A key that extends the old one (`state.backend` → `state.backend.type`) needs less. */
const EXTENDED_KEY = 0.15;

/** The target key closest in spelling to the option's (fewest edits, then key order), among keys we do not define. */
function closeSpelling(option: Option, target: CloseKeyIndex<Option>, ours: Map<string, Option>): Replacement | null {
  const [best] = target
    .candidates(option.key)
    .filter((candidate) => !ours.has(candidate.key))
    .flatMap((candidate) => {
      const closeness = keyCloseness(option.key, candidate.key);
      return closeness ? [{ key: candidate.key, edits: closeness.edits }] : [];
    })
    .sort((a, b) => a.edits - b.edits || (a.key < b.key ? -1 : 1));
  return best ? { key: best.key, evidence: 'close-spelling' } : null;
}

/** A successor suggested by the descriptions alone (labelled so: the data names no rename). */
function suggestReplacement(option: Option, target: readonly Option[], ours: Map<string, Option>): Replacement | null {
  const scored = target
    .filter((candidate) => !ours.has(candidate.key))
    .map((candidate) => ({ key: candidate.key, score: descriptionSimilarity(text(option), text(candidate)) }))
    .sort((a, b) => b.score - a.score || (a.key < b.key ? -1 : 1));
  const [best, second] = scored;
  if (!best) return null;
  if (best.score >= SAME_DESCRIPTION) return { key: best.key, evidence: 'same-description' };
  if (best.score >= SIMILAR_DESCRIPTION && best.score >= 1.5 * (second?.score ?? 0))
    return { key: best.key, evidence: 'similar-description' };
  const extension = scored.find((c) => c.key.startsWith(`${option.key}.`) && c.score >= EXTENDED_KEY);
  return extension ? { key: extension.key, evidence: 'similar-description' } : null;
}

function text(option: Option): string {
  return englishText(option) ?? '';
}

export function checkAgainst(
  options: readonly Option[],
  target: readonly Option[],
  targetVersion: string,
  renameMap: readonly RenameEntry[] = [],
): AgainstFinding[] {
  const targetByKey = new Map(target.map((option) => [option.key, option]));
  const ours = new Map(options.map((option) => [option.key, option]));
  const renames = new Map(findRenames(ours, targetByKey, renameMap, targetVersion).map((r) => [r.from, r]));
  const closeIndex = new CloseKeyIndex<Option>();
  for (const option of target) closeIndex.add(option.key, option);
  const findings: AgainstFinding[] = [];
  for (const option of options) {
    const same = targetByKey.get(option.key);
    if (same) {
      if (!sameDefault(option.default, same.default) && option.default !== null)
        findings.push({ kind: 'default-differs', option, target: same });
      continue;
    }
    const rename = renames.get(option.key);
    let replacement: Replacement | null = rename ? { key: rename.to, evidence: rename.evidence } : null;
    replacement ??= closeSpelling(option, closeIndex, ours);
    if (!replacement && text(option) !== '') replacement = suggestReplacement(option, target, ours);
    findings.push({ kind: 'missing', option, replacement });
  }
  return findings;
}

const EVIDENCE: Record<Replacement['evidence'], string> = {
  'rename-map': 'per the rename map',
  'deprecated-key': 'which lists it as a deprecated key',
  'fallback-key': 'which falls back to it',
  'replaced-by': 'as its deprecation note says',
  'close-spelling': 'close in spelling',
  'same-description': 'suggested: same description',
  'similar-description': 'suggested: similar description',
};

/** What a missing key's message adds, and its hint: a typo gets a "did you mean", a rename its replacement. */
function missingText(r: Replacement | null, targetLabel: string): { message: string; hint: string } {
  if (!r) return { message: '', hint: `Remove it, or check ${targetLabel}'s docs for what took its place.` };
  if (r.evidence === 'close-spelling')
    return {
      message: `; did you mean "${r.key}" (${EVIDENCE[r.evidence]})?`,
      hint: `If it is the same option, spell the key as "${r.key}", as ${targetLabel} does.`,
    };
  return { message: `; replaced by "${r.key}" (${EVIDENCE[r.evidence]})`, hint: `Use "${r.key}" when you move to ${targetLabel}.` };
}

/** The findings as diagnostics at each option's first definition. */
export function reportAgainst(findings: readonly AgainstFinding[], targetLabel: string, fileOf: (path: string) => VFile): void {
  for (const finding of findings) {
    const at = finding.option.sources[0]!;
    if (finding.kind === 'missing') {
      const { message, hint } = missingText(finding.replacement, targetLabel);
      report(fileOf(at.file), 'not-in-target', at, `"${finding.option.key}" does not exist in ${targetLabel}${message}`, hint);
    } else {
      report(
        fileOf(at.file),
        'default-differs-in-target',
        at,
        `Default of "${finding.option.key}" is ${finding.option.default ? `"${finding.option.default.raw}"` : 'none'} here but ${finding.target.default ? `"${finding.target.default.raw}"` : 'none'} in ${targetLabel}`,
      );
    }
  }
}

/**
 * Checks a content registry's own options (each key once, unversioned notes
 * first, leaving out the target version itself) against a target version,
 * reporting into the registry's files.
 */
export function checkRegistryAgainst(
  registry: Pick<Registry, 'options' | 'renames'>,
  files: VFile[],
  target: { label: string; version: string; options: readonly Option[] },
): void {
  const ours = new Map<string, Option>();
  for (const option of [...registry.options].sort((a, b) => Number(a.version !== null) - Number(b.version !== null))) {
    if (option.version !== target.version && !ours.has(option.key)) ours.set(option.key, option);
  }
  const fileOf = (path: string): VFile => files.find((file) => file.path === path) ?? files[0]!;
  reportAgainst(checkAgainst([...ours.values()], target.options, target.version, registry.renames), target.label, fileOf);
  sortFiles(files);
}
