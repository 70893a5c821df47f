/**
 * The string side of FillPanels.astro: the panels' HTML, cut out of the
 * rendered blocks by their markers, put where the tabs hold placeholders.
 * Highlighted code escapes `<`, so a marker cannot occur inside a block.
 *
 * The tabs around placeholders are the same on every page that shows the same
 * tab labels (Starlight numbers tab sets per page, and inlines its scripts with
 * the first set of a page), so the first set of each page is rendered once per
 * build and reused (`CONFREF_CODE_CACHE=0` turns this off, like the code cache).
 */
import { keepRendered, renderedBefore } from './render-once.ts';

const setsOnPage = new WeakMap<object, number>();

/**
 * The tabs rendered before for a page's first tab set with these labels, if any
 * (and counts the page's sets: `page` is the page's request).
 */
export function reusableTabs(page: object, labels: readonly string[]): { tabs: string | undefined; remember: (tabs: string) => void } {
  const index = setsOnPage.get(page) ?? 0;
  setsOnPage.set(page, index + 1);
  const key = `tabs:${JSON.stringify(labels)}`;
  const reusable = index === 0;
  return {
    tabs: reusable ? renderedBefore(key) : undefined,
    remember: (tabs) => {
      if (reusable) keepRendered(key, tabs);
    },
  };
}

export const panelPlaceholder = (index: number) => `<button data-confref-panel="${index}"></button>`;
export const panelStart = (index: number) => `<!--confref-panel ${index}-->`;
export const PANEL_END = '<!--/confref-panel-->';

/** The blocks between their markers, by index. */
export function panelsIn(blocks: string): string[] {
  const panels: string[] = [];
  for (let index = 0; ; index += 1) {
    const marker = panelStart(index);
    const start = blocks.indexOf(marker);
    if (start === -1) return panels;
    const end = blocks.indexOf(PANEL_END, start);
    if (end === -1) throw new Error(`FillPanels: panel ${index} has no end marker`);
    panels.push(blocks.slice(start + marker.length, end));
  }
}

/** The tabs with each placeholder replaced by its panel; every placeholder must be found exactly once. */
export function fillPanels(tabs: string, blocks: string): string {
  const panels = panelsIn(blocks);
  let html = tabs;
  panels.forEach((panel, index) => {
    const placeholder = panelPlaceholder(index);
    const at = html.indexOf(placeholder);
    if (at === -1 || html.indexOf(placeholder, at + placeholder.length) !== -1) {
      throw new Error(`FillPanels: placeholder ${index} found ${at === -1 ? 'nowhere' : 'twice'} in the tabs`);
    }
    html = html.slice(0, at) + panel + html.slice(at + placeholder.length);
  });
  return html;
}
