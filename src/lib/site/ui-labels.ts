/**
 * UI-string keys made from data values (a rename's evidence, a changed field,
 * a partial side of a diff, a copy format). Each returns a `UiKey`, so the
 * compiler checks that every value has its string: a new evidence or format
 * without one is a type error, never a missing label on a page.
 */
import type { ExportFormat } from '../export/index.ts';
import type { UiKey } from '../i18n/ui.ts';
import type { FieldChange, PartialSide } from '../versions/diff.ts';
import type { RenameEvidence } from '../versions/renames.ts';

/** Why a key counts as renamed ("per the rename map", …). */
export function evidenceLabel(evidence: RenameEvidence): UiKey {
  return `evidence.${evidence}`;
}

/** The name of a field whose old and new values a diff shows (a description as a word diff). */
export function changedFieldLabel(field: FieldChange['field']): UiKey {
  return `diff.field.${field}`;
}

/** The line that says a side of a diff is partial, and what it leaves out ("not listed as added"). */
export function partialSideLabel(side: PartialSide['side']): UiKey {
  return `diff.partial.${side}`;
}

/** A "copy as" button's label (the JSON format has no button). */
export function copyFormatLabel(format: Exclude<ExportFormat, 'json'>): UiKey {
  return format === 'md' ? 'copy.markdown' : `copy.${format}`;
}
