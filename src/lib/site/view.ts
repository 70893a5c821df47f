/**
 * What a page shows of an option or a note in a locale, with per-option
 * fallback: a missing translation falls back to the source text, marked
 * with its own language and as untranslated.
 */
import { noteState, type TranslationState } from '../i18n/status.ts';
import type { UiKey } from '../i18n/ui.ts';
import { isReadableNote, type Locale, type Note, type Option } from '../registry/schema.ts';

export { shownDescription, type ShownDescription } from '../i18n/fallback.ts';
export { htmlLang } from '../i18n/html-lang.ts';

export interface ShownNote {
  note: Note;
  lang: Locale;
  state: TranslationState;
}

/** The note to show for `locale`: its translation, or the source note (state `missing`). */
export function shownNote(variants: readonly Note[], locale: Locale): ShownNote {
  const { note, state } = noteState(variants, locale);
  if (note) return { note, lang: locale, state };
  const source = variants.find((n) => n.translationOf === null) ?? variants[0]!;
  return { note: source, lang: source.locale, state: 'missing' };
}

/** The marker a state shows, if any. */
export function stateMarker(state: TranslationState): UiKey | undefined {
  return state === 'missing' ? 'i18n.untranslated' : state === 'outdated' ? 'i18n.outdated' : undefined;
}

const NUMBER = new Intl.NumberFormat('en');

/** `20 kb` → `20,480 bytes`, `10 min` → `600,000 ms`: the typed value where it helps. */
export function typedDefault(option: Option, t: (key: UiKey) => string): string | undefined {
  const value = option.default?.value;
  if (typeof value !== 'number' && typeof value !== 'string') return undefined;
  if (option.baseType === 'MemorySize') return `${NUMBER.format(Number(value))} ${t('option.bytes')}`;
  if (option.baseType === 'Duration') return `${NUMBER.format(Number(value))} ${t('option.ms')}`;
  return undefined;
}

/** Groups with their options, sorted by group. */
const grouped = new WeakMap<readonly Option[], ReadonlyArray<readonly [string, Option[]]>>();

/**
 * The options by group, groups sorted by name, members in the list's order.
 * Made once per list (a version's options are one list, asked for by every
 * page): treat the result as read-only.
 */
export function groupsOf(options: readonly Option[]): ReadonlyArray<readonly [string, Option[]]> {
  const known = grouped.get(options);
  if (known) return known;
  const groups = new Map<string, Option[]>();
  for (const option of options) {
    const members = groups.get(option.group);
    if (members) members.push(option);
    else groups.set(option.group, [option]);
  }
  const result = [...groups].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  grouped.set(options, result);
  return result;
}

/** Where an option is defined: one entry per note, from the note's variant in `locale` when it has one. */
export function sectionsByNote(
  option: Option,
  noteOf: (file: string) => Note | undefined,
  locale: Locale,
): Array<{ note: Note; trail: string[] }> {
  const chosen = new Map<string, { note: Note; trail: string[] }>();
  for (const section of option.sections) {
    const note = noteOf(section.file);
    if (!note || !isReadableNote(note)) continue;
    const current = chosen.get(note.id);
    if (!current || (current.note.locale !== locale && note.locale === locale)) chosen.set(note.id, { note, trail: section.trail });
  }
  return [...chosen.values()];
}
