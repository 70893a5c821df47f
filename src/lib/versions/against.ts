/**
 * `check --against`: the notes' keys and defaults checked against another
 * version of the options (a version in the same content, or another content
 * folder such as an imported Flink version). A key the target renamed, by the
 * evidence `findRenames` accepts (a rename map, a deprecated or fallback key,
 * a deprecation note, Flink's deprecated keys shipped with confref, the same
 * description), is "renamed to X in V"; when Flink still reads the old key it
 * says so, and never tells the author to remove it. Any other key the target
 * lacks is "not in V", with a did-you-mean: a target key close in spelling
 * (the `similar-key` rule's measure), else a key whose description is alike;
 * unless V is partial (whole.ts), whose missing keys tell nothing: those are
 * "not written in V" (info), and cannot be checked there.
 */
import type { VFile } from 'vfile';
import { report, sortFiles } from '../registry/diagnostics.ts';
import { CloseKeyIndex, keyCloseness } from '../registry/key-similarity.ts';
import type { Option, Registry, RenameEntry } from '../registry/schema.ts';
import { sameDefault } from '../registry/values.ts';
import { englishText, findRenames, RENAME_EVIDENCE, type Rename, type RenameEvidence } from './renames.ts';
import { descriptionSimilarity } from './similarity.ts';

/** A guess at what a missing key became, labelled as one: the data names no rename. */
export interface Suggestion {
  key: string;
  evidence: 'close-spelling' | 'similar-description';
}

export type AgainstFinding =
  | { kind: 'renamed'; option: Option; rename: Rename }
  | { kind: 'missing'; option: Option; suggestion: Suggestion | null }
  | { kind: 'default-differs'; option: Option; target: Option };

/** Descriptions at least this alike (Dice over word bigrams) are the same option under a new key. */
const SAME_DESCRIPTION = 0.75;
/** A clear best match this alike, well ahead of the next, is a likely successor. */
const SIMILAR_DESCRIPTION = 0.4;
/** A key that extends the old one (`state.backend` → `state.backend.type`) needs less. */
const EXTENDED_KEY = 0.15;

/** The target key closest in spelling to the option's (fewest edits, then key order), among keys we do not define. */
function closeSpelling(option: Option, target: CloseKeyIndex<Option>, ours: Map<string, Option>): Suggestion | null {
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
function suggestByDescription(option: Option, target: readonly Option[], ours: Map<string, Option>): Suggestion | null {
  const scored = target
    .filter((candidate) => !ours.has(candidate.key))
    .map((candidate) => ({ key: candidate.key, score: descriptionSimilarity(text(option), text(candidate)) }))
    .sort((a, b) => b.score - a.score || (a.key < b.key ? -1 : 1));
  const [best, second] = scored;
  if (!best) return null;
  if (best.score >= SAME_DESCRIPTION) return { key: best.key, evidence: 'similar-description' };
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
    if (rename) {
      findings.push({ kind: 'renamed', option, rename });
      continue;
    }
    let suggestion = closeSpelling(option, closeIndex, ours);
    if (!suggestion && text(option) !== '') suggestion = suggestByDescription(option, target, ours);
    findings.push({ kind: 'missing', option, suggestion });
  }
  return findings;
}

const EVIDENCE: Record<RenameEvidence | Suggestion['evidence'], string> = {
  ...RENAME_EVIDENCE,
  'close-spelling': 'close in spelling',
  'similar-description': 'a similar description',
};

/** Evidence under which Flink still reads the old key: the new option declares it deprecated or falls back to it. */
const STILL_READ = new Set<RenameEvidence>(['deprecated-key', 'fallback-key', 'flink-deprecated-keys']);

function renamedText(key: string, r: Rename, targetLabel: string): { message: string; hint: string } {
  const evidence = `${EVIDENCE[r.evidence]}${r.citation ? `: ${r.citation}` : ''}`;
  const message = `"${key}" is renamed to "${r.to}" in ${targetLabel} (${evidence})`;
  return STILL_READ.has(r.evidence)
    ? {
        message: `${message}; the old key is deprecated there and still read`,
        hint: `Flink still accepts "${key}", but use "${r.to}" when you move to ${targetLabel}.`,
      }
    : { message, hint: `Use "${r.to}" when you move to ${targetLabel}.` };
}

function missingText(key: string, s: Suggestion | null, targetLabel: string): { message: string; hint: string } {
  const message = `"${key}" is not in ${targetLabel}`;
  if (!s) return { message, hint: `Check ${targetLabel}'s docs for what took its place, or remove it.` };
  return {
    message: `${message}; did you mean "${s.key}" (${EVIDENCE[s.evidence]})?`,
    hint: `If it is the same option, use "${s.key}", as ${targetLabel} does.`,
  };
}

/**
 * The findings as diagnostics at each option's first definition. A target that is not whole (a partial version) tells
 * nothing by lacking a key: such a key is reported as not checked, not as missing.
 */
export function reportAgainst(
  findings: readonly AgainstFinding[],
  targetLabel: string,
  fileOf: (path: string) => VFile,
  whole = true,
): void {
  for (const finding of findings) {
    const at = finding.option.sources[0]!;
    const key = finding.option.key;
    if (finding.kind === 'renamed') {
      const { message, hint } = renamedText(key, finding.rename, targetLabel);
      report(fileOf(at.file), 'renamed-in-target', at, message, hint);
    } else if (finding.kind === 'missing' && !whole) {
      report(
        fileOf(at.file),
        'not-in-partial-target',
        at,
        `"${key}" is not written in ${targetLabel}, whose notes copy only part of the reference; it was not checked there`,
        `Import ${targetLabel}'s upstream reference (confref import) to check every key against it.`,
      );
    } else if (finding.kind === 'missing') {
      const { message, hint } = missingText(key, finding.suggestion, targetLabel);
      report(fileOf(at.file), 'not-in-target', at, message, hint);
    } else {
      report(
        fileOf(at.file),
        'default-differs-in-target',
        at,
        `Default of "${key}" is ${finding.option.default ? `"${finding.option.default.raw}"` : 'none'} here but ${finding.target.default ? `"${finding.target.default.raw}"` : 'none'} in ${targetLabel}`,
      );
    }
  }
}

/**
 * The team's own options: each key its notes define (an upstream reference is
 * not the team's to check), as those notes state it: the default of their
 * first definition that states one, reported at their first row. Unversioned
 * notes come first; the target version itself is left out.
 */
export function teamOptions(options: readonly Option[], targetVersion: string): Option[] {
  const ours = new Map<string, Option>();
  const team = (option: Option) => option.definitions.filter((d) => d.kind === 'note');
  const unversionedFirst = [...options].sort(
    (a, b) => Number(!team(a).some((d) => d.version === null)) - Number(!team(b).some((d) => d.version === null)),
  );
  for (const option of unversionedFirst) {
    const definitions = team(option);
    if (option.version === targetVersion || definitions.length === 0 || ours.has(option.key)) continue;
    const stated = definitions.find((d) => d.statesDefault && d.default !== null);
    ours.set(option.key, { ...option, default: stated?.default ?? null, sources: definitions.map((d) => d.source) });
  }
  return [...ours.values()];
}

/** Checks a content registry's team notes against a target version (`whole`: not partial), reporting into the registry's files. */
export function checkRegistryAgainst(
  registry: Pick<Registry, 'options' | 'renames'>,
  files: VFile[],
  target: { label: string; version: string; options: readonly Option[]; whole?: boolean },
): void {
  const fileOf = (path: string): VFile => files.find((file) => file.path === path) ?? files[0]!;
  reportAgainst(
    checkAgainst(teamOptions(registry.options, target.version), target.options, target.version, registry.renames),
    target.label,
    fileOf,
    target.whole ?? true,
  );
  sortFiles(files);
}
