/**
 * A description's summary: its sanitized HTML and plain text cut to a
 * character budget (see registry/budgets.ts), ending with an ellipsis and,
 * in the HTML, a link to the whole text on the option's page. The HTML is
 * cut as a tree, never as a string: text is cut between characters (see
 * registry/cut-text.ts), the elements around the cut are closed, entities
 * are characters by then, and the result is sanitized again. Only a window
 * of the HTML in front of the cut is parsed, so a 5 MB description costs
 * about what a short one does.
 */
import type { Element, ElementContent, Root, RootContent } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { sanitize } from 'hast-util-sanitize';
import { toHtml } from 'hast-util-to-html';
import { shownDescription } from '../i18n/fallback.ts';
import { useTranslations } from '../i18n/ui.ts';
import { characterCount, cutIndex, cutText, ELLIPSIS } from '../registry/cut-text.ts';
import type { Locale, Option } from '../registry/schema.ts';
import { SANITIZE_SCHEMA } from '../registry/sanitize-schema.ts';

export interface DescriptionSummary {
  html: string;
  text: string;
  /** Whether the text was cut (the HTML then ends with the link to the whole text). */
  truncated: boolean;
}

/** Where the whole text is, and what the link to it says. */
export interface FullTextLink {
  href: string;
  label: string;
}

/** HTML characters in front of the cut parsed per character of budget: markup and entities take room too. */
const HTML_WINDOW_PER_CHAR = 16;

export function summarizeDescription(description: { html: string; text: string }, budget: number, more: FullTextLink): DescriptionSummary {
  const text = cutText(description.text, budget);
  const window = budget * HTML_WINDOW_PER_CHAR + 1024;
  // Short text can still be huge HTML (a link or image with a megabyte URL): the HTML has its own bound.
  if (!text.cut && description.html.length <= window) return { html: description.html, text: description.text, truncated: false };
  const tree = fromHtml(htmlWindow(description.html, window), { fragment: true });
  keepCharacters(tree, budget);
  const link: Element = { type: 'element', tagName: 'a', properties: { href: more.href }, children: [{ type: 'text', value: more.label }] };
  const tail: ElementContent[] = [{ type: 'text', value: `${ELLIPSIS} ` }, link];
  // The ellipsis and link end the last paragraph when the cut falls in one, else follow the kept blocks.
  const last = tree.children.at(-1);
  if (last?.type === 'element' && last.tagName === 'p') last.children.push(...tail);
  else tree.children.push(...tail);
  return { html: toHtml(sanitize(tree, SANITIZE_SCHEMA) as Root), text: text.text, truncated: true };
}

/**
 * The description a reader of `locale` is shown (or its fallback), as a
 * summary linking to `href` (the option's page), or null when it has none.
 */
export function optionSummary(
  option: Option,
  locale: Locale,
  budget: number,
  href: string,
): (DescriptionSummary & { lang: Locale }) | null {
  const shown = shownDescription(option, locale);
  if (!shown) return null;
  return { ...summarizeDescription(shown.description, budget, { href, label: useTranslations(locale)('summary.more') }), lang: shown.lang };
}

/**
 * The HTML up to `size` characters, cut in front of a tag (sanitized HTML
 * escapes `<` in text, so each `<` starts a tag or sits in an attribute: a
 * tag left open is dropped by the parser) and never inside an entity.
 */
function htmlWindow(html: string, size: number): string {
  if (html.length <= size) return html;
  const head = html.slice(0, size);
  const tag = head.lastIndexOf('<');
  return (tag > 0 ? head.slice(0, tag) : head).replace(/&[#a-z0-9]*$/i, '');
}

/** Keeps the first `budget` characters of text in document order, and nothing after them. */
function keepCharacters(tree: Root, budget: number): void {
  let left = budget;
  const visit = (parent: Root | Element): boolean => {
    const kept: Array<RootContent | ElementContent> = [];
    let done = false;
    for (const child of parent.children) {
      if (left <= 0) {
        done = true;
        break;
      }
      if (child.type === 'text') {
        const end = cutIndex(child.value, left);
        if (end === undefined) {
          left -= characterCount(child.value);
          kept.push(child);
        } else {
          kept.push({ ...child, value: child.value.slice(0, end).trimEnd() });
          left = 0;
          done = true;
          break;
        }
      } else {
        kept.push(child);
        if (child.type === 'element' && visit(child)) {
          done = true;
          break;
        }
      }
    }
    parent.children = kept as typeof parent.children;
    return done;
  };
  visit(tree);
}
