/**
 * Translation status, per option and per note, for each locale: the source
 * text itself, translated (from the current source), outdated (the source
 * changed since: its hash no longer matches the one the translation records),
 * or missing. Used by the site's markers and by `confref i18n`.
 */
import { isReadableNote, type Description, type Locale, type Note, type Option, type Registry } from '../registry/schema.ts';

export type TranslationState = 'source' | 'translated' | 'outdated' | 'missing';

/** The state of one option's description in `locale`. */
export function descriptionState(option: Option, locale: Locale): TranslationState {
  const description = option.descriptions[locale];
  const others = Object.entries(option.descriptions).filter(([other]) => other !== locale) as Array<[Locale, Description]>;
  if (!description) return others.length > 0 ? 'missing' : 'source';
  if (description.translationOf === null) return 'source';
  return others.some(([, other]) => other.sourceHash === description.translationOf) ? 'translated' : 'outdated';
}

/** The note shown for `locale` among a note's versions in every locale, and its state. */
export function noteState(variants: readonly Note[], locale: Locale): { note: Note | undefined; state: TranslationState } {
  const note = variants.find((n) => n.locale === locale);
  if (!note) return { note: undefined, state: 'missing' };
  if (note.translationOf === null) return { note, state: 'source' };
  const fresh = variants.some((other) => other !== note && other.sourceHash === note.translationOf);
  return { note, state: fresh ? 'translated' : 'outdated' };
}

export interface LocaleReport {
  locale: Locale;
  options: Record<TranslationState, number>;
  notes: Record<TranslationState, number>;
  /** What needs a translator: missing and outdated items, with the hash a new translation records. */
  todo: Array<{
    kind: 'option' | 'note';
    id: string;
    version: string | null;
    state: 'missing' | 'outdated';
    sourceHash: string;
    file: string;
  }>;
}

const zero = (): Record<TranslationState, number> => ({ source: 0, translated: 0, outdated: 0, missing: 0 });

/** Groups readable notes (not translation tables) by id and version. */
export function noteVariants(registry: Registry): Note[][] {
  const groups = new Map<string, Note[]>();
  for (const note of registry.notes) {
    // Translation tables feed options; a glossary is bilingual by nature.
    if (!isReadableNote(note)) continue;
    const id = `${note.version ?? ''}\u0000${note.id}`;
    groups.set(id, [...(groups.get(id) ?? []), note]);
  }
  return [...groups.values()];
}

export function translationReport(registry: Registry): LocaleReport[] {
  return registry.locales.map((locale) => {
    const report: LocaleReport = { locale, options: zero(), notes: zero(), todo: [] };
    for (const option of registry.options) {
      const state = descriptionState(option, locale);
      report.options[state]++;
      if (state === 'missing' || state === 'outdated') {
        const source = Object.values(option.descriptions).find((d) => d.translationOf === null) ?? Object.values(option.descriptions)[0]!;
        report.todo.push({
          kind: 'option',
          id: option.key,
          version: option.version,
          state,
          sourceHash: source.sourceHash,
          file: source.source.file,
        });
      }
    }
    for (const variants of noteVariants(registry)) {
      const { state } = noteState(variants, locale);
      report.notes[state]++;
      if (state === 'missing' || state === 'outdated') {
        const source = variants.find((n) => n.translationOf === null) ?? variants[0]!;
        report.todo.push({ kind: 'note', id: source.id, version: source.version, state, sourceHash: source.sourceHash, file: source.file });
      }
    }
    return report;
  });
}
