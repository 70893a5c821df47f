/**
 * Which description to show in a locale: its own, else the source text,
 * marked as a fallback (state `missing`) with its language. Shared by the
 * site and search.
 */
import { DEFAULT_LOCALE, type Description, type Locale, type Option } from '../registry/schema.ts';
import { descriptionState, type TranslationState } from './status.ts';

export interface ShownDescription {
  description: Description;
  /** The language the shown text is in. */
  lang: Locale;
  /** The state of the page locale's text: `missing` means `description` is a fallback. */
  state: TranslationState;
}

export function shownDescription(option: Option, locale: Locale): ShownDescription | undefined {
  const own = option.descriptions[locale];
  if (own) return { description: own, lang: locale, state: descriptionState(option, locale) };
  const entries = Object.entries(option.descriptions) as Array<[Locale, Description]>;
  const source = entries.find(([, d]) => d.translationOf === null) ?? entries.find(([l]) => l === DEFAULT_LOCALE) ?? entries[0];
  return source ? { description: source[1], lang: source[0], state: 'missing' } : undefined;
}
