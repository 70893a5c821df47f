/**
 * Options exported for other tools: a Markdown table, Confluence wiki markup,
 * an HTML fragment or JSON. Used by `confref export` and by the site's
 * "copy as" buttons (the same functions, so the two never differ).
 */
import type { Locale, Option } from '../registry/schema.ts';
import { apiOption } from './api.ts';
import { toConfluence } from './confluence.ts';
import { toHtmlTable } from './html.ts';
import { toMarkdownTable } from './markdown.ts';
import { exportTable, type ExportTable } from './rows.ts';

export const EXPORT_FORMATS = ['md', 'confluence', 'html', 'json'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

/** With `budget`, each description is a summary of at most that many characters linking to its option's page (the site's "copy as"). */
export function exportOptions(
  format: ExportFormat,
  options: readonly Option[],
  locale: Locale,
  urlOf: (option: Option) => string,
  budget = Number.POSITIVE_INFINITY,
): string {
  if (format === 'json')
    return `${JSON.stringify(
      options.map((option) => apiOption(option, locale, urlOf(option), budget)),
      null,
      2,
    )}\n`;
  return tableAs(format, exportTable(options, locale, urlOf, budget));
}

/** The table formats. */
export type TableFormat = Exclude<ExportFormat, 'json'>;
export const TABLE_FORMATS = EXPORT_FORMATS.filter((format): format is TableFormat => format !== 'json');

function tableAs(format: TableFormat, table: ExportTable): string {
  if (format === 'md') return toMarkdownTable(table);
  if (format === 'confluence') return toConfluence(table);
  return toHtmlTable(table);
}

/** The options in every table format, from one table (the site's "copy as" offers them all on one page). */
export function exportTables(
  options: readonly Option[],
  locale: Locale,
  urlOf: (option: Option) => string,
  budget = Number.POSITIVE_INFINITY,
): { format: TableFormat; text: string }[] {
  const table = exportTable(options, locale, urlOf, budget);
  return TABLE_FORMATS.map((format) => ({ format, text: tableAs(format, table) }));
}
