/**
 * One search result as DOM nodes (createElement/textContent, never
 * innerHTML), the matched terms in <mark>: its key or title, type and
 * default, the "renamed" hint and the excerpt. The header box shows it as a
 * listbox option (no link inside: script follows it), the search page as a link.
 */
import { htmlLang } from '../lib/i18n/html-lang.ts';
import { highlightSpans } from '../lib/search/highlight.ts';
import type { SearchHit } from '../lib/search/query.ts';
import { keyNodes } from './key-nodes.ts';

/** Text with the matched terms in <mark>, as DOM nodes; a key (`asKey`) wraps only after its separators. */
export function highlighted(text: string, terms: readonly string[], asKey = false): Node[] {
  const content = (part: string): Node[] => (asKey ? keyNodes(part) : [document.createTextNode(part)]);
  return highlightSpans(text, terms).flatMap(({ text: part, mark }) => {
    if (!mark) return content(part);
    const element = document.createElement('mark');
    element.append(...content(part));
    return [element];
  });
}

/** The hint on an option that replaced the old key the query typed: `Renamed from {old}` (`… in {version}`). */
export interface RenamedText {
  renamed?: string | undefined;
  renamedIn?: string | undefined;
}

export function renamedHint(hit: Pick<SearchHit, 'renamedFrom' | 'renamedIn'>, text: RenamedText): string {
  if (!hit.renamedFrom) return '';
  const template =
    (hit.renamedIn ? text.renamedIn : text.renamed) ?? (hit.renamedIn ? 'Renamed from {old} in {version}' : 'Renamed from {old}');
  return template.replace('{old}', hit.renamedFrom).replace('{version}', hit.renamedIn ?? '');
}

function span(className: string, ...content: Array<Node | string>): HTMLSpanElement {
  const element = document.createElement('span');
  element.className = className;
  element.append(...content);
  return element;
}

/** What a result shows: key (or a section's title), type and default, the renamed hint, the excerpt. */
export function hitContent(hit: SearchHit, text: RenamedText = {}): Node[] {
  const nodes: Node[] = [
    span('confref-hit-key', ...(hit.kind === 'option' ? highlighted(hit.key, hit.terms, true) : highlighted(hit.title, hit.terms))),
  ];
  if (hit.kind === 'option')
    nodes.push(document.createTextNode(' '), span('confref-hit-facts', `${hit.type}${hit.defaultValue ? ` = ${hit.defaultValue}` : ''}`));
  const hint = renamedHint(hit, text);
  if (hint) nodes.push(document.createTextNode(' '), span('confref-hit-renamed', hint));
  const excerpt = span('confref-hit-excerpt', ...highlighted(hit.description, hit.terms));
  if (hit.lang) excerpt.lang = htmlLang(hit.lang);
  nodes.push(excerpt);
  return nodes;
}

/** A result as an option of the header box's listbox: text only; `followHit` opens it. */
export function hitOption(hit: SearchHit, id: string, text: RenamedText = {}): HTMLLIElement {
  const item = document.createElement('li');
  item.id = id;
  item.setAttribute('role', 'option');
  item.setAttribute('aria-selected', 'false');
  item.className = 'confref-hit';
  item.append(...hitContent(hit, text));
  return item;
}

/** A result as an item of the search page's list: a link. */
export function hitLink(hit: SearchHit, base: string, text: RenamedText = {}): HTMLLIElement {
  const item = document.createElement('li');
  item.className = 'confref-hit';
  const link = document.createElement('a');
  link.href = `${base}${hit.url}`;
  link.append(...hitContent(hit, text));
  item.append(link);
  return item;
}

/**
 * Opens a result's page as a link to it would: in the window the page's
 * `<base target>` names (the top window, in an embed), or in a new tab.
 */
export function followHit(href: string, newTab = false): void {
  const link = document.createElement('a');
  link.href = href;
  if (newTab) {
    link.target = '_blank';
    link.rel = 'noopener';
  }
  link.click();
}
