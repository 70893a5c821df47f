/**
 * An export as Confluence wiki markup: `||header||` and `|cell|` rows, keys
 * and code in `{{…}}`, links as `[text|url]`, line breaks as `\\`. Every
 * character the markup reads as syntax is escaped with a backslash, so a
 * description's `|`, `{`, `[` or `*` shows as written.
 */
import type { ElementContent, Root, RootContent } from 'hast';
import type { ExportTable } from './rows.ts';

/** Characters Confluence's wiki renderer reads as markup (tables, macros, links, images, text effects). */
const SPECIAL = /[\\|{}[\]*_\-+^~!#?]/g;

export function escapeConfluence(text: string): string {
  return text.replace(SPECIAL, (char) => `\\${char}`).replace(/\r?\n/g, ' ');
}

/** Monospace: `{{…}}` around escaped text (an empty value stays readable). */
function mono(text: string): string {
  return text === '' ? '' : `{{${escapeConfluence(text)}}}`;
}

function inline(nodes: readonly (RootContent | ElementContent)[]): string {
  return nodes.map(node).join('');
}

function textOf(nodes: readonly (RootContent | ElementContent)[]): string {
  return nodes.map((n) => (n.type === 'text' ? n.value : n.type === 'element' ? textOf(n.children) : '')).join('');
}

function node(n: RootContent | ElementContent): string {
  if (n.type === 'text') return escapeConfluence(n.value);
  if (n.type !== 'element') return '';
  const children = n.children;
  switch (n.tagName) {
    case 'code':
      return mono(textOf(children));
    case 'pre':
      return mono(
        textOf(children)
          .replace(/\s*\n\s*/g, ' ')
          .trim(),
      );
    case 'strong':
    case 'b':
      return `*${inline(children)}*`;
    case 'em':
    case 'i':
      return `_${inline(children)}_`;
    case 'del':
    case 's':
      return `-${inline(children)}-`;
    case 'br':
      return ' \\\\ ';
    case 'a': {
      const href = String(n.properties['href'] ?? '');
      // Confluence links take a URL as written; `|` and `]` would end it.
      return /^(?:https?:|mailto:|\/)/.test(href) && !/[|\]\s]/.test(href)
        ? `[${inline(children) || escapeConfluence(href)}|${href}]`
        : inline(children);
    }
    case 'p':
    case 'div':
    case 'li':
    case 'ul':
    case 'ol':
    case 'blockquote':
      return ` ${inline(children)} `;
    default:
      return inline(children);
  }
}

function description(tree: Root): string {
  return node({ type: 'element', tagName: 'span', properties: {}, children: tree.children as ElementContent[] })
    .replace(/\s+/g, ' ')
    .trim();
}

export function toConfluence(table: ExportTable): string {
  const { headers } = table;
  const lines = [`||${[headers.key, headers.defaultValue, headers.type, headers.description].map(escapeConfluence).join('||')}||`];
  for (const row of table.rows) {
    const key = /^(?:https?:)/.test(row.url) && !/[|\]\s]/.test(row.url) ? `[${mono(row.key)}|${row.url}]` : mono(row.key);
    const value = row.defaultValue === null ? escapeConfluence(table.none) : mono(row.defaultValue);
    // An empty cell would merge with the next in Confluence: a space keeps it.
    lines.push(`|${[key, value, escapeConfluence(row.type), description(row.description)].map((c) => c || ' ').join('|')}|`);
  }
  return `${lines.join('\n')}\n`;
}
