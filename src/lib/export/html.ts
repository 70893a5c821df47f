/**
 * An export as an HTML fragment: a `<table>` built as a hast tree and
 * serialised by hast-util-to-html (which escapes text and attributes). The
 * descriptions are the registry's sanitized HTML, sanitized again here with
 * the same schema: a fragment meant for pasting stays safe on its own.
 */
import type { Element, ElementContent, Root } from 'hast';
import { h } from 'hastscript';
import { sanitize } from 'hast-util-sanitize';
import { toHtml } from 'hast-util-to-html';
import { htmlLang } from '../i18n/html-lang.ts';
import { SANITIZE_SCHEMA } from '../registry/sanitize-schema.ts';
import type { ExportTable } from './rows.ts';

export function toHtmlTable(table: ExportTable): string {
  const { headers } = table;
  const rows: Element[] = table.rows.map((row) =>
    h('tr', [
      h('td', [h('a', { href: row.url }, [h('code', row.key)])]),
      h('td', row.defaultValue === null ? table.none : [h('code', row.defaultValue)]),
      h('td', row.type),
      h(
        'td',
        row.lang === table.locale ? {} : { lang: htmlLang(row.lang) },
        (sanitize(row.description, SANITIZE_SCHEMA) as Root).children as ElementContent[],
      ),
    ]),
  );
  const tree = h('table', { className: ['confref-options'] }, [
    h('thead', [
      h(
        'tr',
        [headers.key, headers.defaultValue, headers.type, headers.description].map((label) => h('th', { scope: 'col' }, label)),
      ),
    ]),
    h('tbody', rows),
  ]);
  return `${toHtml(tree)}\n`;
}
