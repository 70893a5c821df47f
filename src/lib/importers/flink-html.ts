/**
 * Flink's generated option tables (HTML from flink-docs' ConfigOptionsDocGenerator,
 * Jekyll era 1.x and Hugo era 1.1x/2.x) → confref notes, one per table file.
 * Pure: HTML in, Markdown and counts out. Everything is kept: keys with
 * placeholders, Batch/Streaming labels, defaults as written (`(none)`, empty,
 * free text), types (`List<String>`, enum "Possible values"), and the
 * descriptions' code, lists, line breaks and links, with Hugo's
 * `{{.Site.BaseURL}}` and 1.x's relative links made absolute links to the
 * Flink docs of that version.
 */
import type { Element, ElementContent, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { selectAll } from 'hast-util-select';
import { toText } from 'hast-util-to-text';
import { stringify } from 'yaml';
import {
  describeEvidence,
  examplesApply,
  knownKeyPrefix,
  prefixFromProse,
  qualifyKeys,
  type PrefixEvidence,
  type QualifiedKey,
} from './flink-key-prefixes.ts';

export interface FlinkImportOptions {
  /** The Flink version the tables document (`1.20.0`, `2.1`). */
  version: string;
}

export interface ImportedNote {
  /** File name of the note (`checkpointing_configuration.md`). */
  file: string;
  markdown: string;
  /** Body rows of option tables read from the HTML. */
  rows: number;
  /** Messages about what the importer changed (qualified keys) or left out (REST API tables). */
  notes: string[];
  /** Keys the table printed without the prefix Flink reads them under, and how the prefix was found. */
  qualified: { key: QualifiedKey; evidence: PrefixEvidence }[];
}

/** Where a version's docs live: Hugo-era links and 1.x relative links point there. */
export function flinkDocsBase(version: string): string {
  const [major, minor] = version.split(/[.-]/);
  return `https://nightlies.apache.org/flink/flink-docs-release-${major}.${minor}`;
}

/**
 * A readable title from the file's name: `checkpointing_configuration` is "Checkpointing options";
 * `common_checkpointing_section`, one of the tables Flink's configuration page shows, is "Common checkpointing
 * options (config page)", which also keeps it apart from a class table of the same name (`state_changelog`).
 */
function titleOf(base: string): string {
  const words = base
    .replace(/_zh$/, '')
    .replace(/_configuration$/, '')
    .replace(/_section$/, '')
    .split('_');
  const title = words.map((w, i) => (i === 0 ? w.charAt(0).toUpperCase() + w.slice(1) : w)).join(' ');
  return base.endsWith('_section') || base.endsWith('_section_zh') ? `${title} options (config page)` : `${title} options`;
}

function isElement(node: ElementContent | Root['children'][number]): node is Element {
  return node.type === 'element';
}

function classes(node: Element): string[] {
  const value: unknown = node.properties['className'];
  return Array.isArray(value) ? value.map(String) : typeof value === 'string' ? value.split(/\s+/) : [];
}

/** Markdown-escaped text for a table cell: no line breaks, no table pipes, no emphasis or links by accident. */
function escapeText(text: string): string {
  return text
    .replace(/\s+/g, ' ')
    .replace(/[\\`*_[\]|~]/g, (c) => `\\${c}`)
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;');
}

function escapeAttribute(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/\|/g, '&#124;');
}

const KEPT_TAGS = new Set([
  'a',
  'b',
  'br',
  'code',
  'em',
  'i',
  'li',
  'ol',
  'p',
  'pre',
  'span',
  'strong',
  'sub',
  'sup',
  'ul',
  'wbr',
  'tt',
  'kbd',
  'table',
  'thead',
  'tbody',
  'tr',
  'td',
  'th',
]);
const VOID_TAGS = new Set(['br', 'wbr']);

function absoluteLink(href: string, version: string): string {
  const base = flinkDocsBase(version);
  const hugo = /^\{\{\s*\.Site\.BaseURL\s*\}\}(?:\{\{\s*\.Site\.LanguagePrefix\s*\}\})?/;
  if (hugo.test(href)) return `${base}${href.replace(hugo, '').replace(/^(?!\/)/, '/')}`;
  if (/^(?:[a-z][a-z0-9+.-]*:|\/\/|#)/i.test(href)) return href;
  // 1.x tables are included in docs/ops/config.html: relative links resolve from /ops/.
  return new URL(href, `${base}/ops/config.html`).toString();
}

/** A description cell as one line of Markdown with inline HTML, keeping code, lists, breaks and links. */
function cellMarkdown(nodes: readonly ElementContent[], version: string, markdown = false): string {
  let out = '';
  for (const node of nodes) {
    // Jekyll rendered the text of <span markdown="span"> as Markdown (`code`): it stays Markdown.
    if (node.type === 'text') out += markdown ? node.value.replace(/\s+/g, ' ').replace(/\|/g, '\\|') : escapeText(node.value);
    else if (isElement(node)) {
      const tag = node.tagName;
      if (tag === 'span' && node.properties['markdown'] === 'span') {
        out += cellMarkdown(node.children, version, true);
        continue;
      }
      if (!KEPT_TAGS.has(tag) || (tag === 'span' && !classes(node).includes('label'))) {
        // Jekyll's <span markdown="span"> and other wrappers: their content only.
        out += cellMarkdown(node.children, version, markdown);
        continue;
      }
      let attributes = '';
      if (tag === 'a' && typeof node.properties['href'] === 'string')
        attributes += ` href="${escapeAttribute(absoluteLink(node.properties['href'], version))}"`;
      const kept = classes(node).filter((c) => c === 'highlighter-rouge' || c === 'label' || c === 'label-primary');
      if (kept.length > 0) attributes += ` class="${kept.join(' ')}"`;
      out += VOID_TAGS.has(tag)
        ? `<${tag}${attributes}>`
        : `<${tag}${attributes}>${cellMarkdown(node.children, version, markdown)}</${tag}>`;
    }
  }
  return out.trim();
}

/** A code span holding `text` exactly (the fence longer than any backtick run inside). */
function codeSpan(text: string): string {
  const longest = Math.max(0, ...[...text.matchAll(/`+/g)].map((m) => m[0].length));
  const fence = '`'.repeat(longest + 1);
  const padded = /^`|`$|^ .* $/.test(text) || longest > 0 ? ` ${text} ` : text;
  return `${fence}${padded.replace(/\|/g, '\\|')}${fence}`;
}

/** A cell's text, block elements (`<p>Enum</p>Possible values: …`) set apart by a space. */
function cellText(cell: Element | undefined): string {
  return cell ? toText(cell).replace(/\s+/g, ' ').trim() : '';
}

/** The page's own words around its tables: every text outside a table, one line per block. */
function proseText(tree: Root): string {
  const parts: string[] = [];
  const walk = (nodes: Root['children'] | ElementContent[]): void => {
    for (const node of nodes) {
      if (node.type === 'text') parts.push(node.value);
      else if (isElement(node) && node.tagName !== 'table') {
        walk(node.children);
        parts.push('\n');
      }
    }
  };
  walk(tree.children);
  return parts.join('');
}

/**
 * The prefix a table's keys are read under: the page's own statement, else its examples when the
 * table looks relative to them, else the known prefix of the table file.
 */
function tablePrefix(prose: string, keys: readonly string[], known: ReturnType<typeof knownKeyPrefix>): PrefixEvidence | undefined {
  const fromProse = prefixFromProse(prose, keys);
  if (fromProse?.kind === 'prose-statement') return fromProse;
  if (fromProse?.kind === 'prose-examples' && examplesApply(fromProse, keys)) return fromProse;
  return known ? { kind: 'known', prefix: known.prefix, source: known.source } : undefined;
}

export function importFlinkHtml(fileName: string, html: string, { version }: FlinkImportOptions): ImportedNote | undefined {
  const base = fileName.replace(/\.html?$/i, '');
  const tree = fromHtml(html, { fragment: true });
  const notes: string[] = [];
  const tables = selectAll('table', tree).filter((table) => {
    if (classes(table).includes('rest-api')) {
      notes.push('REST API table left out: it lists endpoints, not options');
      return false;
    }
    const headers = selectAll('thead th', table).map((th) => cellText(th).toLowerCase());
    return (headers[0] === 'key' || headers[0] === '键') && (headers.includes('description') || headers.includes('描述'));
  });
  if (tables.length === 0) return undefined;
  const zh = base.endsWith('_zh');
  const keyOf = (tr: Element): { keyCell: Element | undefined; rest: Element[]; key: string } => {
    const cells = tr.children.filter((child): child is Element => isElement(child) && (child.tagName === 'td' || child.tagName === 'th'));
    const [keyCell, ...rest] = cells;
    const heading = keyCell ? selectAll('h5, h4, h3', keyCell)[0] : undefined;
    return { keyCell, rest, key: cellText(heading ?? keyCell) };
  };
  const prose = proseText(tree);
  const known = knownKeyPrefix(fileName);
  const lines: string[] = [];
  const qualified: ImportedNote['qualified'] = [];
  let rows = 0;
  for (const table of tables) {
    const headers = selectAll('thead th', table).map((th) => cellText(th));
    const bodyRows = selectAll('tbody > tr', table).map(keyOf);
    const evidence = tablePrefix(
      prose,
      bodyRows.map((row) => row.key).filter((key) => key !== ''),
      known,
    );
    const renamed = new Map(
      (evidence
        ? qualifyKeys(
            bodyRows.map((row) => row.key),
            evidence,
          )
        : []
      ).map((q) => [q.from, q.to]),
    );
    for (const [from, to] of renamed) qualified.push({ key: { from, to }, evidence: evidence! });
    lines.push(`| ${headers.map(escapeText).join(' | ')} |`, `|${headers.map(() => ' --- ').join('|')}|`);
    for (const { keyCell, rest, key: printed } of bodyRows) {
      rows++;
      const key = renamed.get(printed) ?? printed;
      const labels = keyCell ? selectAll('span.label', keyCell).map((span) => cellText(span)) : [];
      const out = [key === '' ? '' : [codeSpan(key), ...labels.map(escapeText)].join(' ')];
      rest.forEach((cell, index) => {
        const header = headers[index + 1]?.toLowerCase();
        const text = cellText(cell);
        if (header === 'default' || header === '默认值') out.push(text === '' || text === '(none)' ? text : codeSpan(text));
        else if (header === 'type' || header === '类型') out.push(escapeText(text));
        else out.push(cellMarkdown(cell.children, version));
      });
      lines.push(`| ${out.join(' | ')} |`);
    }
    lines.push('');
  }
  const byPrefix = Map.groupBy(qualified, (q) => describeEvidence(q.evidence));
  for (const [how, keys] of byPrefix)
    notes.push(
      `${keys.length} keys qualified with ${keys[0]!.evidence.prefix}, by ${how}: ${keys.map((q) => `${q.key.from} → ${q.key.to}`).join(', ')}`,
    );
  const section = /_section(?:_zh)?$/.test(base);
  // The _zh tables are hand-translated copies of English tables: their descriptions are translations.
  const kind = zh ? 'translations' : section ? 'section' : undefined;
  const frontMatter = {
    title: titleOf(base),
    lang: zh ? 'zh' : 'en',
    version,
    ...(kind ? { kind } : {}),
    // Flink's own reference: it settles what notes of this version disagree on (registry/resolve.ts).
    upstream: true,
    source: `Apache Flink ${version}, docs generated table ${fileName} (Apache License 2.0)`,
  };
  const markdown = `---\n${stringify(frontMatter).trimEnd()}\n---\n# ${frontMatter.title}\n\n${lines.join('\n')}`;
  return { file: `${base}.md`, markdown, rows, notes, qualified };
}
