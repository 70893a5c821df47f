/**
 * Inline HTML in table cells: the formatting tags authors and scraped docs
 * wrap keys and text in (stripped from keys, rendered in descriptions), a
 * bare `<name>` that is a key's placeholder, and anything else, which is raw
 * HTML the site sanitizes and a diagnostic reports.
 */
import type { Html, PhrasingContent } from 'mdast';

/** Tags that only format their text: `<span>`, `<font>`, `<code>`, `<b>`, `<h5>`, `<a>`, `<br>`, … */
export const FORMATTING_TAGS: ReadonlySet<string> = new Set([
  'span',
  'font',
  'code',
  'b',
  'strong',
  'em',
  'i',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'a',
  'br',
  'wbr',
  'del',
  's',
  'strike',
  'u',
  'sup',
  'sub',
  'p',
  'ul',
  'ol',
  'li',
  'kbd',
  'tt',
  'pre',
  'small',
  'mark',
  'ins',
  'var',
  'samp',
  'cite',
  'q',
  'abbr',
  'dfn',
]);

/** Tags whose text is struck through: the option is deprecated. */
export const STRIKE_TAGS: ReadonlySet<string> = new Set(['del', 's', 'strike']);

export interface HtmlTag {
  name: string;
  closing: boolean;
  hasAttributes: boolean;
}

// Attribute values may hold `>` inside quotes.
const TAG = /^<(\/)?([A-Za-z][A-Za-z0-9-]*)((?:\s(?:[^>"']|"[^"]*"|'[^']*')*)?)>$/s;

/** The tag an inline HTML node holds; undefined for a comment, a declaration or anything else. */
export function tagOf(value: string): HtmlTag | undefined {
  const match = TAG.exec(value.trim());
  if (!match) return undefined;
  const attributes = match[3]!.replace(/\/\s*$/, '').trim();
  return { name: match[2]!.toLowerCase(), closing: match[1] === '/', hasAttributes: attributes !== '' };
}

export function isComment(value: string): boolean {
  return /^<!--[\s\S]*-->$/.test(value.trim());
}

/** Every inline HTML node under `nodes`, in order. */
export function htmlNodesIn(nodes: readonly PhrasingContent[]): Html[] {
  const out: Html[] = [];
  const stack = [...nodes].reverse();
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (node.type === 'html') out.push(node);
    else if ('children' in node) stack.push(...[...(node.children as PhrasingContent[])].reverse());
  }
  return out;
}

/** Elements that run script or swallow the page after them: never taken for a placeholder. */
const ACTIVE_TAGS: ReadonlySet<string> = new Set([
  'script',
  'style',
  'iframe',
  'object',
  'embed',
  'textarea',
  'title',
  'xmp',
  'noscript',
  'noembed',
  'noframes',
  'plaintext',
  'template',
  'svg',
  'math',
]);

/**
 * A bare opening tag with no closing tag in the cell, such as `<param>` in
 * `external-resource.<resource_name>.param.<param>`: a placeholder, not HTML.
 */
export function isPlaceholderTag(tag: HtmlTag, closers: ReadonlySet<string>): boolean {
  return !tag.closing && !tag.hasAttributes && !closers.has(tag.name) && !ACTIVE_TAGS.has(tag.name);
}

/** Names of the closing tags among `html`. */
export function closingTagNames(html: readonly Html[]): Set<string> {
  return new Set(
    html.flatMap((node) => {
      const tag = tagOf(node.value);
      return tag?.closing ? [tag.name] : [];
    }),
  );
}

/**
 * Raw HTML in a cell that is not formatting: `<script>`, `<img …>`,
 * `<iframe>`, `<div>`, a processing instruction. With `placeholders`, a bare
 * unclosed tag counts as a key's placeholder and is left out.
 */
export function strayHtml(nodes: readonly PhrasingContent[], { placeholders = false } = {}): Html[] {
  const html = htmlNodesIn(nodes);
  const closers = closingTagNames(html);
  return html.filter((node) => {
    if (isComment(node.value)) return false;
    const tag = tagOf(node.value);
    if (!tag) return true;
    // A closing tag is reported with its opening one.
    if (tag.closing || FORMATTING_TAGS.has(tag.name)) return false;
    return !(placeholders && isPlaceholderTag(tag, closers));
  });
}
