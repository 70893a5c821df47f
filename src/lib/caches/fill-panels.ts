/**
 * The string side of FillPanels.astro. The tabs are rendered around one
 * placeholder per panel (`<button data-confref-panel="i"></button>`); each
 * panel's code is rendered on its own into a list (`PanelSink`), never into
 * the page, and put where its placeholder is. The tabs hold nothing but the
 * labels and the placeholders, so nothing a note writes can be taken for one.
 *
 * The tabs around placeholders are the same on every page that shows the same
 * tab labels (Starlight numbers tab sets per page, and inlines its scripts with
 * the first set of a page), so the first set of each page is rendered once per
 * build and reused (`CONFREF_CODE_CACHE=0` turns this off, like the code cache).
 *
 * Upstream internals this depends on (checked against @astrojs/starlight
 * 0.42.4): Starlight's `<Tabs>` finds its panels in the HTML of its slot
 * (`processPanels` in dist/user-components/tabs-processor.js, which
 * tests/unit/fill-panels.test.ts imports by its path to check that
 * placeholders and whole panels give the same HTML); it numbers tab sets per
 * page and inlines its scripts with a page's first set. After an upgrade,
 * that test and tests/site/determinism.test.ts tell whether this holds.
 */
import { keepRendered, renderedBefore } from './render-once.ts';

/** Where a panel's rendered HTML goes instead of the page. */
export interface PanelSink {
  panels: string[];
  index: number;
}

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

/**
 * The tabs with each placeholder replaced by its panel. Placeholders are found
 * in the tabs alone (a panel may spell one), each exactly once.
 */
export function fillPanels(tabs: string, panels: readonly string[]): string {
  const found = panels.map((_, index) => {
    const placeholder = panelPlaceholder(index);
    const at = tabs.indexOf(placeholder);
    if (at === -1 || tabs.indexOf(placeholder, at + placeholder.length) !== -1) {
      throw new Error(`FillPanels: placeholder ${index} found ${at === -1 ? 'nowhere' : 'twice'} in the tabs`);
    }
    return { at, end: at + placeholder.length, panel: panels[index]! };
  });
  found.sort((a, b) => a.at - b.at);
  let html = '';
  let from = 0;
  for (const { at, end, panel } of found) {
    html += tabs.slice(from, at) + panel;
    from = end;
  }
  return html + tabs.slice(from);
}
