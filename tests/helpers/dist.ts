/**
 * Reading a built site in `dist/`: its pages, their links and anchors, and
 * the resources they load. Used by the site tests and the link checker.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { Element, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { visit } from 'unist-util-visit';

export interface Page {
  /** URL path of the page, under the base (`/wiki/flink/en/`). */
  url: string;
  file: string;
  html: string;
  ids: Set<string>;
  /** Everything the page links to or loads (the parsed tree is not kept: large sites have thousands of pages). */
  refs: Reference[];
}

export function listFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .map((path) => join(dir, path))
    .filter((path) => statSync(path).isFile())
    .sort();
}

export function readPages(dist: string, base = '/'): Map<string, Page> {
  const pages = new Map<string, Page>();
  for (const file of listFiles(dist).filter((path) => path.endsWith('.html'))) {
    const html = readFileSync(file, 'utf8');
    const tree = fromHtml(html);
    const ids = new Set<string>();
    visit(tree, 'element', (node: Element) => {
      for (const name of ['id', 'name'] as const) {
        const value = node.properties[name];
        if (typeof value === 'string') ids.add(value);
      }
    });
    const rel = relative(dist, file).split('\\').join('/');
    const url = `${base.replace(/\/$/, '')}/${rel.replace(/(^|\/)index\.html$/, '$1')}`;
    pages.set(url, { url, file, html, ids, refs: collectReferences(url, tree) });
  }
  return pages;
}

export interface Reference {
  page: string;
  tag: string;
  attribute: string;
  url: string;
}

export function referencesOf(page: Page): Reference[] {
  return page.refs;
}

/** Every URL a page links to or loads: a/link href, script/img/source src, option values of the language picker, meta refresh. */
function collectReferences(url: string, tree: Root): Reference[] {
  const refs: Reference[] = [];
  visit(tree, 'element', (node: Element) => {
    const add = (attribute: string, value: unknown): void => {
      if (typeof value === 'string' && value !== '') refs.push({ page: url, tag: node.tagName, attribute, url: value });
    };
    if (node.tagName === 'a' || node.tagName === 'link' || node.tagName === 'area') add('href', node.properties['href']);
    if (['script', 'img', 'iframe', 'source', 'audio', 'video', 'embed', 'track'].includes(node.tagName))
      add('src', node.properties['src']);
    if (node.tagName === 'object') add('data', node.properties['data']);
    if (node.tagName === 'option' && typeof node.properties['value'] === 'string' && node.properties['value'].startsWith('/'))
      add('value', node.properties['value']);
    if (node.tagName === 'meta' && String(node.properties['httpEquiv']).toLowerCase() === 'refresh')
      add('content', String(node.properties['content']).replace(/^\d+;\s*url=/i, ''));
  });
  return refs;
}

/** Internal references that do not resolve to a file of the site, or to an anchor on it. */
export function brokenReferences(dist: string, base: string, pages: Map<string, Page>): string[] {
  const files = new Set(listFiles(dist).map((path) => `${base.replace(/\/$/, '')}/${relative(dist, path).split('\\').join('/')}`));
  const broken: string[] = [];
  for (const page of pages.values()) {
    for (const ref of referencesOf(page)) {
      if (/^(?:[a-z][a-z0-9+.-]*:|\/\/)/i.test(ref.url)) continue; // external, mailto:, data:, …
      const target = new URL(ref.url, `http://site${page.url}`);
      const path = decodeURIComponent(target.pathname);
      const pagePath = path.endsWith('/') ? path : files.has(path) ? path : `${path}/`;
      const targetPage = pages.get(pagePath);
      if (!targetPage && !files.has(path)) {
        broken.push(`${page.url}: <${ref.tag} ${ref.attribute}="${ref.url}"> → no ${path}`);
        continue;
      }
      const hash = decodeURIComponent(target.hash.slice(1));
      if (hash && targetPage && !targetPage.ids.has(hash))
        broken.push(`${page.url}: <${ref.tag} ${ref.attribute}="${ref.url}"> → no #${hash} on ${pagePath}`);
    }
  }
  return broken;
}
