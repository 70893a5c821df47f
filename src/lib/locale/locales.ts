/**
 * The locales confref writes pages in. The lowest layer: the registry's
 * schema, language detection and the UI strings all build on this list.
 */
import { z } from 'zod';

export const LOCALES = ['en', 'zh'] as const;
export const LocaleSchema = z.enum(LOCALES);
export type Locale = z.infer<typeof LocaleSchema>;
export const DEFAULT_LOCALE: Locale = 'en';

export function isLocale(value: string): value is Locale {
  return (LOCALES as readonly string[]).includes(value);
}
