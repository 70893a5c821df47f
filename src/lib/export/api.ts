/**
 * The JSON shape of an option for readers outside the site (`confref export
 * --format json`, the site's `/api/…` files, the web component): one zod
 * schema, published as JSON Schema.
 */
import { z } from 'zod';
import { DefaultValueSchema, LocaleSchema, type Locale, type Option } from '../registry/schema.ts';
import { shownDescription } from '../i18n/fallback.ts';

export const ApiOptionSchema = z
  .object({
    key: z.string(),
    type: z.string(),
    default: DefaultValueSchema.nullable(),
    description: z
      .object({
        html: z.string().describe('Sanitized HTML: insert as HTML only after sanitizing it again on your side, or use `text`.'),
        text: z.string(),
        lang: LocaleSchema.describe('The language of the text: a missing translation falls back to the source language.'),
      })
      .strict()
      .nullable(),
    group: z.string(),
    version: z.string().nullable(),
    deprecated: z.boolean(),
    replacedBy: z.array(z.string()),
    deprecatedKeys: z.array(z.string()),
    since: z.string().nullable(),
    url: z.string().describe("The option's page (absolute when the site's address is known, else from the site's root)."),
  })
  .strict();
export type ApiOption = z.infer<typeof ApiOptionSchema>;

export function apiOption(option: Option, locale: Locale, url: string): ApiOption {
  const shown = shownDescription(option, locale);
  return {
    key: option.key,
    type: option.type,
    default: option.default,
    description: shown ? { html: shown.description.html, text: shown.description.text, lang: shown.lang } : null,
    group: option.group,
    version: option.version,
    deprecated: option.deprecated,
    replacedBy: option.replacedBy,
    deprecatedKeys: option.deprecatedKeys,
    since: option.since,
    url,
  };
}
