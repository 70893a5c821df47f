/**
 * Links option keys mentioned in HTML (in code spans or plain text) to their
 * option pages. Runs on the registry's sanitized HTML at build time; only
 * adds `<a href>` elements pointing at the site's own pages.
 */
import type { Element, ElementContent, Root, Text } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toHtml } from 'hast-util-to-html';
import { toString } from 'hast-util-to-string';

/** Dotted words that may be keys; each candidate is then looked up. */
const CANDIDATE = /[A-Za-z0-9][\w-]*(?:\.[\w<>*-]+)+/g;
const SKIP = new Set(['a', 'pre', 'script', 'style', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6']);

export type KeyHref = (key: string) => string | undefined;

function link(href: string, children: ElementContent[]): Element {
  return { type: 'element', tagName: 'a', properties: { href, className: ['confref-key-link'] }, children };
}

function linkText(node: Text, hrefOf: KeyHref): ElementContent[] {
  const out: ElementContent[] = [];
  let last = 0;
  for (const match of node.value.matchAll(CANDIDATE)) {
    const href = hrefOf(match[0]);
    if (!href) continue;
    if (match.index > last) out.push({ type: 'text', value: node.value.slice(last, match.index) });
    out.push(link(href, [{ type: 'text', value: match[0] }]));
    last = match.index + match[0].length;
  }
  if (last === 0) return [node];
  if (last < node.value.length) out.push({ type: 'text', value: node.value.slice(last) });
  return out;
}

function walk(parent: Root | Element, hrefOf: KeyHref): void {
  const children: Array<Root['children'][number]> = [];
  for (const child of parent.children) {
    if (child.type === 'text') {
      children.push(...linkText(child, hrefOf));
    } else if (child.type === 'element' && child.tagName === 'code') {
      const href = hrefOf(toString(child).trim());
      children.push(href ? link(href, [child]) : child);
    } else {
      if (child.type === 'element' && !SKIP.has(child.tagName)) walk(child, hrefOf);
      children.push(child);
    }
  }
  parent.children = children as typeof parent.children;
}

export function linkOptionKeys(html: string, hrefOf: KeyHref): string {
  if (html === '') return html;
  const tree = fromHtml(html, { fragment: true });
  walk(tree, hrefOf);
  return toHtml(tree);
}
