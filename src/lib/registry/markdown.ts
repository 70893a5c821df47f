/**
 * Markdown in, and safe HTML and plain text out: remark-parse + remark-gfm
 * for the syntax tree, mdast-util-to-hast → hast-util-raw (only when the
 * Markdown holds HTML) → hast-util-sanitize → hast-util-to-html for output.
 * Sanitizing is the last step before serialising, so nothing after it can
 * bring unsafe HTML back.
 */
import type { Element, Root as HastRoot, RootContent as HastContent } from 'hast';
import { raw } from 'hast-util-raw';
import { sanitize } from 'hast-util-sanitize';
import { toHtml } from 'hast-util-to-html';
import { toText } from 'hast-util-to-text';
import type { Nodes, PhrasingContent, Root, RootContent } from 'mdast';
import { toHast } from 'mdast-util-to-hast';
import { htmlTagNames } from 'html-tag-names';
import { visit } from 'unist-util-visit';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { remarkAdmonitions } from './admonitions.ts';
import { literalMarkers } from './cell-text.ts';
import { joinLargeTables, splitLargeTables } from './large-tables.ts';
import { parseInPieces } from './sections.ts';
import { capTreeDepth, MAX_TREE_DEPTH } from './nesting.ts';
import { SANITIZE_SCHEMA } from './sanitize-schema.ts';

const parser = unified().use(remarkParse).use(remarkGfm).use(remarkAdmonitions).freeze();
const HTML_TAGS = new Set(htmlTagNames);
const LONE_TAG = /^<\/?([A-Za-z][\w-]*)>$/;

/**
 * `<name>` in `metrics.reporter.<name>.class` and `<String>` in `List<String>`
 * parse as inline HTML; a bare tag that is no HTML element is text.
 */
function placeholdersToText(tree: Root): void {
  visit(tree, 'html', (node, index, parent) => {
    const tag = LONE_TAG.exec(node.value)?.[1];
    if (!parent || index === undefined || parent.type === 'root' || !tag || HTML_TAGS.has(tag.toLowerCase())) return;
    parent.children[index] = { type: 'text', value: node.value, ...(node.position ? { position: node.position } : {}) };
  });
}

/** Parses Markdown; markup nested deeper than MAX_TREE_DEPTH is kept as text, each cut node passed to `onTooDeep`. */
export function parseMarkdown(text: string, onTooDeep: (node: Nodes) => void = () => {}): Root {
  // Long notes a section at a time (sections.ts), very long tables in pieces (large-tables.ts): the same tree, a fraction of the memory.
  const tree = parseInPieces(text, (piece) => {
    const split = splitLargeTables(piece);
    const part = parser.parse(split.text);
    return joinLargeTables(part, split, (rows) => parser.parse(rows)) ? part : parser.parse(piece);
  });
  for (const node of capTreeDepth(tree)) onTooDeep(node as Nodes);
  placeholdersToText(tree);
  return tree;
}

function hasHtml(node: Nodes): boolean {
  if (node.type === 'html') return true;
  return 'children' in node && (node.children as Nodes[]).some(hasHtml);
}

/**
 * Raw HTML nested deeper than this is shown as text. Shallower HTML is parsed, then cut at MAX_TREE_DEPTH
 * like any tree; the margin keeps a few unclosed tags (`<p>` after `<p>`) from turning a block into text.
 */
const MAX_RAW_HTML_DEPTH = 4 * MAX_TREE_DEPTH;
const VOID_ELEMENTS = new Set([
  'area',
  'base',
  'br',
  'col',
  'embed',
  'hr',
  'img',
  'input',
  'link',
  'meta',
  'param',
  'source',
  'track',
  'wbr',
]);
const TAG = /<(\/?)([A-Za-z][\w-]*)(?:[^>"']|"[^"]*"|'[^']*')*?(\/?)>/g;

/**
 * How deep the raw HTML of a tree nests, read from its tags in order (no
 * recursion, so any depth is measured): opening tags of non-void elements go
 * one level down, closing tags one up. Unclosed tags count as open.
 */
export function htmlNestingDepth(root: Root): number {
  let depth = 0;
  let deepest = 0;
  visit(root, 'html', (node) => {
    for (const [, closing, name, selfClosing] of node.value.matchAll(TAG)) {
      if (VOID_ELEMENTS.has(name!.toLowerCase()) || selfClosing) continue;
      depth = closing ? Math.max(0, depth - 1) : depth + 1;
      deepest = Math.max(deepest, depth);
    }
  });
  return deepest;
}

/** A copy of a tree whose raw HTML is text. */
function htmlAsText(root: Root): Root {
  const copy = structuredClone(root);
  visit(copy, 'html', (node, index, parent) => {
    if (parent && index !== undefined) parent.children[index] = { type: 'text', value: node.value };
  });
  return copy;
}

export interface Rendered {
  html: string;
  text: string;
}

/**
 * Renders mdast nodes (block or phrasing) to sanitized HTML and plain text.
 * HTML nested deeper than MAX_TREE_DEPTH is kept as text; `onTooDeep` hears of it.
 */
export function renderNodes(
  nodes: Array<RootContent | PhrasingContent>,
  {
    inline = false,
    onTooDeep = () => {},
    urls,
    afterSanitize,
  }: {
    inline?: boolean;
    onTooDeep?: () => void;
    urls?: SiteUrls;
    /** Puts in parts made of already sanitized HTML (a note's own option tables, nested in a list). */
    afterSanitize?: (tree: HastRoot) => void;
  } = {},
): Rendered {
  // Phrasing content goes in a paragraph, unwrapped after: as root children it would be set apart by newlines.
  const root: Root = {
    type: 'root',
    children: inline ? [{ type: 'paragraph', children: nodes as PhrasingContent[] }] : (nodes as RootContent[]),
  };
  let hast = toHast(root, { allowDangerousHtml: true }) as HastRoot;
  if (inline) hast = { type: 'root', children: (hast.children[0] as Element).children };
  if (hasHtml(root)) {
    try {
      // hast-util-raw recurses on the HTML's nesting, so how deep it gets would depend on the thread's stack:
      // HTML nested past MAX_RAW_HTML_DEPTH is text, decided here and the same in every thread.
      if (htmlNestingDepth(root) > MAX_RAW_HTML_DEPTH) throw new RangeError('HTML nested too deep');
      hast = raw(hast) as HastRoot;
      if (capTreeDepth(hast).length > 0) onTooDeep();
    } catch (error) {
      // hast-util-raw recurses on the HTML's nesting: HTML too deep for it is shown as text.
      if (!(error instanceof RangeError)) throw error;
      onTooDeep();
      hast = toHast(htmlAsText(root)) as HastRoot;
      if (inline) hast = { type: 'root', children: (hast.children[0] as Element).children };
    }
  }
  if (urls) rewriteUrls(hast, urls);
  const clean = sanitize(hast, SANITIZE_SCHEMA) as HastRoot;
  afterSanitize?.(clean);
  return { html: toHtml(clean), text: plainText(clean) };
}

/** The site link for a link's or an image's URL as written, when it points into the content folder (see links.ts). */
export type SiteUrls = (url: string, use: 'link' | 'image') => string | undefined;

/** Rewrites the `href` of links and the `src` of images (Markdown or raw HTML) that `urls` resolves; before sanitizing, which still checks them. */
function rewriteUrls(tree: HastRoot, urls: SiteUrls): void {
  visit(tree, 'element', (element: Element) => {
    const property = element.tagName === 'a' ? 'href' : element.tagName === 'img' ? 'src' : undefined;
    const value = property && element.properties[property];
    if (typeof value !== 'string') return;
    const link = urls(value, property === 'src' ? 'image' : 'link');
    if (link !== undefined) element.properties[property!] = link;
  });
}

function plainText(tree: HastRoot): string {
  const wrapper: Element = { type: 'element', tagName: 'div', properties: {}, children: tree.children as Element['children'] };
  return toText(wrapper)
    .replace(/[ \t\f\v\u00a0]+/g, ' ')
    .replace(/ ?\n ?/g, '\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

/**
 * Plain text of table-cell content for keys, types and defaults: HTML tags
 * and line breaks become spaces (`<wbr>` nothing), formatting is dropped, entities are decoded.
 * Given the cell's `source`, emphasis markers that are the text's own characters are kept (cell-text.ts).
 */
export function cellText(nodes: readonly PhrasingContent[], source?: string): string {
  let out = '';
  const walk = (list: readonly (PhrasingContent | HastContent)[]): void => {
    for (const node of list) {
      if (node.type === 'text' || node.type === 'inlineCode') out += node.value;
      else if (node.type === 'html') out += /^<wbr\s*\/?>$/i.test(node.value) ? '' : ' ';
      else if (node.type === 'break') out += ' ';
      else if (source !== undefined && (node.type === 'emphasis' || node.type === 'strong')) {
        // With the cell's source, markers that are the value's own characters (`64*1024*1024`) stay.
        const markers = literalMarkers(node, source);
        out += markers;
        walk(node.children);
        out += markers;
      } else if ('children' in node) walk(node.children as PhrasingContent[]);
    }
  };
  walk(nodes);
  return out.replace(/\s+/g, ' ').trim();
}

/** The Markdown source of a run of nodes, as written in the note. */
export function sourceOf(source: string, nodes: readonly Nodes[]): string {
  const first = nodes[0]?.position;
  const last = nodes[nodes.length - 1]?.position;
  if (!first || !last || first.start.offset === undefined || last.end.offset === undefined) return '';
  return source.slice(first.start.offset, last.end.offset);
}
