/**
 * Every page type of the site, on the fixture site (tests/fixtures/site), for the layout test
 * (tests/e2e/layout.test.ts) and the screenshots script (`npm run shots`). The fixture has a long key
 * (`classloader.parent-first-patterns.additional`), a long list default (`classloader.parent-first-patterns.default`),
 * a long description (`embed.card.long`), two versions and a diff between them.
 */
import type { Locale } from '../../src/lib/registry/schema.ts';

export interface PageType {
  name: string;
  /** The page's path under the site's base, without a leading slash. */
  path: (lang: Locale) => string;
  /** Whether the page has the site's header, with its search box (embeds have none). */
  header: boolean;
}

export const PAGE_TYPES: readonly PageType[] = [
  { name: 'home', path: (lang) => `${lang}/`, header: true },
  { name: 'version', path: (lang) => `${lang}/v/1.0/`, header: true },
  { name: 'note', path: (lang) => `${lang}/notes/classloader/`, header: true },
  { name: 'group', path: (lang) => `${lang}/groups/classloader.parent-first-patterns/`, header: true },
  { name: 'option-list', path: (lang) => `${lang}/options/classloader.parent-first-patterns.default/`, header: true },
  { name: 'option-long-key', path: (lang) => `${lang}/options/classloader.parent-first-patterns.additional/`, header: true },
  { name: 'option-long-text', path: (lang) => `${lang}/options/embed.card.long/`, header: true },
  { name: 'diff', path: (lang) => `${lang}/diff/1.0..2.0/`, header: true },
  { name: 'search', path: (lang) => `${lang}/search/?q=class`, header: true },
  { name: 'check', path: (lang) => `${lang}/check/`, header: true },
  { name: '404', path: (lang) => `${lang}/404/`, header: true },
  { name: 'embed-option', path: (lang) => `embed/${lang}/options/classloader.parent-first-patterns.default/`, header: false },
  { name: 'embed-group', path: (lang) => `embed/${lang}/groups/classloader.parent-first-patterns/`, header: false },
  { name: 'embed-search', path: (lang) => `embed/${lang}/search/`, header: false },
];

export const WIDTHS = [320, 390, 768, 1280] as const;
/** From this width up, no table needs to scroll sideways. */
export const TABLES_FIT_FROM = 768;
export const SCHEMES = ['light', 'dark'] as const;

/**
 * In the page: elements whose content spills out of them (an element that is not inline, does not scroll or clip,
 * and is wider inside than out) or whose text is cut off (it clips without an ellipsis), and how far the page scrolls
 * sideways. Elements that scroll on purpose (code blocks, Starlight's tab bar) are neither, and nor are tables that
 * scroll sideways when `tablesMayScroll` (narrow screens).
 */
export function layoutFaults(tablesMayScroll: boolean): { sideways: number; spills: string[] } {
  const describe = (element: Element): string => {
    const id = element.id ? `#${element.id}` : '';
    const classes = [...element.classList]
      .slice(0, 2)
      .map((name) => `.${name}`)
      .join('');
    return `${element.tagName.toLowerCase()}${id}${classes}`;
  };
  const spills: string[] = [];
  for (const element of document.body.querySelectorAll('*')) {
    const style = getComputedStyle(element);
    if (style.display === 'inline' || style.display === 'none' || style.display === 'contents') continue;
    if (element.clientWidth <= 1) continue; // nothing to see, or visually hidden on purpose (sr-only)
    // Content that spills out (overflow visible), or text cut off where it cannot scroll (hidden or clipped, and
    // not ended with an ellipsis): a scroller (auto or scroll) overflows on purpose.
    const spillable = style.overflowX === 'visible';
    const cut =
      (style.overflowX === 'hidden' || style.overflowX === 'clip') &&
      style.textOverflow !== 'ellipsis' &&
      [...element.childNodes].some((node) => node.nodeType === Node.TEXT_NODE && node.textContent!.trim() !== '');
    // A table that scrolls sideways hides columns: on a phone that is how wide tables are read, not on a wider screen.
    const scrollingTable =
      !tablesMayScroll &&
      (style.overflowX === 'auto' || style.overflowX === 'scroll') &&
      (element.tagName === 'TABLE' || element.querySelector(':scope > table') !== null);
    if (!spillable && !cut && !scrollingTable) continue;
    if (element.scrollWidth > element.clientWidth + 1) {
      const parent = element.parentElement;
      spills.push(`${parent ? `${describe(parent)} > ` : ''}${describe(element)} (${element.scrollWidth} > ${element.clientWidth})`);
    }
  }
  const root = document.documentElement;
  return { sideways: root.scrollWidth - root.clientWidth, spills };
}
