/**
 * The string side of FillPanels.astro: the panels' HTML, cut out of the
 * rendered blocks by their markers, put where the tabs hold placeholders.
 * Highlighted code escapes `<`, so a marker cannot occur inside a block.
 */
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
