/**
 * The options of an export, as the reader of a locale sees them: header
 * labels in the locale, the default as written, the description in the
 * locale (or its fallback) as sanitized HTML (a summary when a budget is
 * given, see summary.ts), and the option's page.
 */
import type { Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { useTranslations } from '../i18n/ui.ts';
import type { Locale, Option } from '../registry/schema.ts';
import { optionSummary } from './summary.ts';

export interface ExportRow {
  key: string;
  /** The default as written, or null when the option has none. */
  defaultValue: string | null;
  type: string;
  /** The description's sanitized HTML as a hast tree (the registry sanitized it; nothing is added). */
  description: Root;
  descriptionText: string;
  /** The language the description is in (a fallback may be in the other). */
  lang: Locale;
  deprecated: boolean;
  /** The option's page, absolute when the export has a site address, else site-relative. */
  url: string;
}

export interface ExportTable {
  locale: Locale;
  headers: { key: string; defaultValue: string; type: string; description: string };
  /** What an empty default cell says in the locale. */
  none: string;
  rows: ExportRow[];
}

export function exportTable(
  options: readonly Option[],
  locale: Locale,
  urlOf: (option: Option) => string,
  budget = Number.POSITIVE_INFINITY,
): ExportTable {
  const t = useTranslations(locale);
  return {
    locale,
    headers: { key: t('col.key'), defaultValue: t('col.default'), type: t('col.type'), description: t('col.description') },
    none: t('option.noDefault'),
    rows: options.map((option) => {
      const url = urlOf(option);
      const shown = optionSummary(option, locale, budget, url);
      return {
        key: option.key,
        defaultValue: option.default?.raw ?? null,
        type: option.type,
        description: fromHtml(shown?.html ?? '', { fragment: true }),
        descriptionText: shown?.text ?? '',
        lang: shown?.lang ?? locale,
        deprecated: option.deprecated,
        url,
      };
    }),
  };
}
