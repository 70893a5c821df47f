/**
 * Diagnostics are vfile messages, as in unified: `place`, `ruleId`,
 * `source: 'confref'`, a `note` holding the hint, and `fatal` set for errors.
 * The catalog below is the list of every rule and its severity.
 */
import { VFile } from 'vfile';
import type { VFileMessage } from 'vfile-message';
import type { Diagnostic, Severity } from './schema.ts';

export const RULES = {
  encoding: { severity: 'error', summary: 'A note must be UTF-8 text (a BOM and CRLF are fine; UTF-16 is decoded).' },
  'front-matter': { severity: 'error', summary: 'Front matter must be valid, safe YAML.' },
  'note-failed': {
    severity: 'error',
    summary: 'A note confref could not read; its page shows its source as text, and the rest of the site builds.',
  },
  'too-complex': {
    severity: 'error',
    summary: 'A note that took longer than its time budget (or more memory than allowed) to parse; its page shows its source as text.',
  },
  'duplicate-note-id': {
    severity: 'warning',
    summary: 'Two notes whose paths give the same id (`a b.md`, `a-b.md`); the later one gets `<id>-2`.',
  },
  'too-deep': {
    severity: 'warning',
    summary: 'Lists or block quotes nested over 32 levels (read as 32), or markup or HTML over 128 (the rest read as text).',
  },
  'hidden-table': {
    severity: 'warning',
    summary: 'Table rows inside an HTML block or an unclosed HTML comment, which Markdown does not read as a table.',
  },
  'malformed-row': { severity: 'warning', summary: 'A table row has more or fewer cells than its header.' },
  'missing-key': { severity: 'error', summary: 'A row of an option table has no key; it is not in the registry.' },
  'invalid-key': {
    severity: 'error',
    summary:
      'A key cell that is no key once formatting is taken out (white space, quotes, slashes, empty or reserved segments, control or invisible characters); the row is not in the registry.',
  },
  'section-row': { severity: 'warning', summary: 'A row that only holds a caption in its first cell.' },
  'tab-separated-row': { severity: 'warning', summary: 'A row whose cells are separated by tabs instead of `|` (read split at the tabs).' },
  'shifted-row': {
    severity: 'warning',
    summary: 'A row shifted one cell to the left: a description in Default or Type, a type name in Default (read shifted back).',
  },
  'flag-in-description': {
    severity: 'warning',
    summary: 'A required flag (是, true, yes…) alone in the Description cell (read as the Required value).',
  },
  'prose-default': { severity: 'warning', summary: 'Prose in the Default cell, not a value of the type (kept as text).' },
  'raw-html': { severity: 'warning', summary: 'Raw HTML in a table cell other than inline formatting (sanitized, not shown as written).' },
  'table-split': { severity: 'warning', summary: 'Rows cut off from their table by a blank line.' },
  'table-missing-delimiter': { severity: 'warning', summary: 'An option table without its `| --- |` delimiter row.' },
  'unknown-type': { severity: 'warning', summary: 'A Type cell confref does not understand.' },
  'invalid-default': { severity: 'error', summary: 'A default that is not a valid value of its type.' },
  'default-expression': {
    severity: 'warning',
    summary: 'A default written as arithmetic; marked as such, typed only when its result is a valid value of the type.',
  },
  'default-text': { severity: 'info', summary: 'A default described in words (e.g. `infinite`); kept as written.' },
  'duplicate-key': { severity: 'warning', summary: 'The same key defined twice for one locale and version.' },
  'duplicate-row': { severity: 'warning', summary: 'The same row written twice for one locale and version.' },
  'key-case': { severity: 'warning', summary: 'Keys that differ only in case in one version.' },
  'conflicting-default': {
    severity: 'warning',
    summary:
      'Sources give one option different defaults and no upstream reference settles it: reported once with every value and its sources; the option shows no default (an error when all the sources are in one note).',
  },
  'conflicting-type': {
    severity: 'warning',
    summary:
      'Sources declare different types for one option and no upstream reference settles it: reported once with every type and its sources; the option shows no type (an error when all the sources are in one note).',
  },
  'conflicting-required': {
    severity: 'warning',
    summary:
      'Sources disagree on whether an option is required and no upstream reference settles it: reported once with every value and its sources (an error when all the sources are in one note).',
  },
  'differs-from-upstream': {
    severity: 'warning',
    summary: "A note's default or type for an option differs from the upstream reference of its version, which the option shows.",
  },
  'missing-description': { severity: 'warning', summary: 'An option without a description.' },
  'empty-section': { severity: 'warning', summary: 'A heading with nothing under it.' },
  'empty-code-block': { severity: 'warning', summary: 'A code block with no code.' },
  'copy-paste-residue': { severity: 'warning', summary: "A description ending with a heading's text, pasted by mistake." },
  'unknown-option-reference': { severity: 'warning', summary: 'A description names an option key the registry does not have.' },
  'similar-key': {
    severity: 'warning',
    summary:
      'A key a letter or two (or only separators) away from a key that more notes or the upstream reference define: did you mean it?',
  },
  'long-description': {
    severity: 'warning',
    summary: 'A description past the summary budget; summaries show it cut, linking to its page.',
  },
  'orphan-translation': { severity: 'warning', summary: 'A translation for an option no note defines.' },
  'glossary-row': { severity: 'warning', summary: 'A glossary row without both an English and a Chinese term.' },
  'unknown-admonition': { severity: 'warning', summary: 'An admonition (`:::type`) of a type confref does not know; shown as a note.' },
  'unclosed-admonition': { severity: 'warning', summary: 'An admonition without its closing `:::` line; it runs to the end of the note.' },
  'unknown-code-language': {
    severity: 'warning',
    summary: 'A code fence naming a language the site cannot highlight; shown as plain text.',
  },
  'empty-note': { severity: 'warning', summary: 'A note with nothing but front matter or white space.' },
  'no-options': { severity: 'info', summary: 'A note without option tables: shown as a page, defines no option.' },
  'unsafe-link': {
    severity: 'warning',
    summary: 'A link or image URL whose protocol the site does not keep (javascript:, vbscript:, data:…); it is removed.',
  },
  'missing-link-target': {
    severity: 'warning',
    summary: 'A relative link or image whose note or file is not in the content folder (or is outside it).',
  },
  'not-in-target': { severity: 'warning', summary: 'check --against: the target version has no option with this key.' },
  'not-in-partial-target': {
    severity: 'info',
    summary:
      'check --against: the target version is partial (its notes copy part of the reference) and does not write this key, so it cannot be checked there.',
  },
  'renamed-in-target': {
    severity: 'warning',
    summary: 'check --against: the target version renamed this key (the evidence named); Flink may still read it as deprecated.',
  },
  'default-differs-in-target': { severity: 'warning', summary: 'check --against: the target version has another default.' },
} as const satisfies Record<string, { severity: Severity; summary: string }>;

export type RuleId = keyof typeof RULES;

/** Rules that name a table row which did not become (part of) an option: with the option sources, they account for every row. */
export const ROW_RULES: ReadonlySet<string> = new Set<RuleId>([
  'missing-key',
  'invalid-key',
  'malformed-row',
  'section-row',
  'orphan-translation',
]);

export interface Place {
  line: number;
  column: number;
}

/** Adds a message for `rule` to `file`, at `place`, with the rule's severity unless given. */
export function report(
  file: VFile,
  rule: RuleId,
  place: Place,
  message: string,
  hint?: string,
  severity: Severity = RULES[rule].severity,
): VFileMessage {
  const options = { place: { line: place.line, column: place.column }, ruleId: rule, source: 'confref' };
  const msg = severity === 'info' ? file.info(message, options) : file.message(message, options);
  if (severity === 'error') msg.fatal = true;
  if (hint) msg.note = hint;
  return msg;
}

export function severityOf(message: VFileMessage): Severity {
  return message.fatal === true ? 'error' : message.fatal === false ? 'warning' : 'info';
}

function compareMessages(a: VFileMessage, b: VFileMessage): number {
  return (
    (a.line ?? 0) - (b.line ?? 0) ||
    (a.column ?? 0) - (b.column ?? 0) ||
    String(a.ruleId).localeCompare(String(b.ruleId)) ||
    a.reason.localeCompare(b.reason)
  );
}

/** Sorts each file's messages by position (then rule), and the files by path: output is deterministic. */
export function sortFiles(files: VFile[]): VFile[] {
  for (const file of files) file.messages.sort(compareMessages);
  return [...files].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}

export function toDiagnostics(files: VFile[]): Diagnostic[] {
  const out: Diagnostic[] = [];
  for (const file of sortFiles(files)) {
    for (const message of file.messages) {
      out.push({
        file: file.path,
        line: message.line ?? 1,
        column: message.column ?? 1,
        rule: message.ruleId ?? 'unknown',
        severity: severityOf(message),
        message: message.reason,
        ...(message.note ? { hint: message.note } : {}),
      });
    }
  }
  return out;
}

export function countBySeverity(files: VFile[]): Record<Severity, number> {
  const counts: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  for (const file of files) for (const message of file.messages) counts[severityOf(message)]++;
  return counts;
}
