/**
 * The JSON shape of an option for readers outside the site (`confref export
 * --format json`, the site's `/api/…` files, the web component): one zod
 * schema, published as JSON Schema.
 */
import { z } from 'zod';
import { DefaultValueSchema, LocaleSchema, type Locale, type Option } from '../registry/schema.ts';
import { isPlainKey } from '../urls/plain-key.ts';
import { optionSlug } from '../urls/slugs.ts';
import { optionSummary } from './summary.ts';

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
        truncated: z
          .boolean()
          .describe(
            "The description is cut to the summary budget: `text` ends with an ellipsis, `html` with a link to the whole text on the option's page (`url`).",
          ),
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

/** An option for the API: with `budget`, its description is a summary of at most that many characters (see registry/budgets.ts). */
export function apiOption(option: Option, locale: Locale, url: string, budget = Number.POSITIVE_INFINITY): ApiOption {
  const summary = optionSummary(option, locale, budget, url);
  return {
    key: option.key,
    type: option.type,
    default: option.default,
    description: summary ? { html: summary.html, text: summary.text, lang: summary.lang, truncated: summary.truncated } : null,
    group: option.group,
    version: option.version,
    deprecated: option.deprecated,
    replacedBy: option.replacedBy,
    deprecatedKeys: option.deprecatedKeys,
    since: option.since,
    url,
  };
}

export const ApiGroupSchema = z
  .object({
    group: z.string(),
    lang: LocaleSchema.describe('The language the file was made for (each description says its own language).'),
    version: z.string().nullable(),
    url: z.string().describe("The group's page."),
    options: z.array(ApiOptionSchema).describe('The options of the group, sorted by key.'),
  })
  .strict();
export type ApiGroup = z.infer<typeof ApiGroupSchema>;

export function apiGroup(
  group: string,
  locale: Locale,
  options: readonly Option[],
  url: string,
  urlOf: (option: Option) => string,
  budget = Number.POSITIVE_INFINITY,
): ApiGroup {
  return {
    group,
    lang: locale,
    version: options[0]?.version ?? null,
    url,
    options: options.map((option) => apiOption(option, locale, urlOf(option), budget)),
  };
}

/**
 * The file names of keys and groups whose names are not their own file name
 * (see urls/plain-key.ts): a client that has a key looks it up here first.
 */
export const ApiSlugsSchema = z
  .object({
    options: z.record(z.string(), z.string()).describe('Key → the file name under /api/<lang>/options/ (without .json), in every version.'),
    groups: z.record(z.string(), z.string()).describe('Group → the file name under /api/<lang>/groups/ (without .json), in every version.'),
    current: z.string().nullable().describe('The current version: its files are at the plain paths, /api/<lang>/options/….'),
    versions: z
      .record(z.string(), z.string())
      .describe('Every other version → its folder: its files are under /api/<lang>/v/<folder>/options/….'),
  })
  .strict();
export type ApiSlugs = z.infer<typeof ApiSlugsSchema>;

/** `options`: every version's; `current`: the site's current version. */
export function apiSlugs(options: readonly Pick<Option, 'key' | 'group' | 'version'>[], current: string | null): ApiSlugs {
  const odd = (names: Iterable<string>) =>
    Object.fromEntries(
      [...new Set(names)]
        .filter((name) => !isPlainKey(name))
        .sort()
        .map((name) => [name, optionSlug(name)]),
    );
  const versions = [...new Set(options.flatMap((o) => (o.version === null || o.version === current ? [] : [o.version])))].sort();
  return {
    options: odd(options.map((o) => o.key)),
    groups: odd(options.map((o) => o.group)),
    current,
    versions: Object.fromEntries(versions.map((version) => [version, optionSlug(version)])),
  };
}
