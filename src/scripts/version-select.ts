/**
 * `<confref-version-select>`: a `<select>` whose options are the same page
 * in each version (lib/site/version-picker.ts). Choosing one opens it; a
 * search page keeps its address query (`?q=…&group=…&type=…`) in the other
 * version. Used by the header's picker and the search page's version filter.
 */
class VersionSelect extends HTMLElement {
  connectedCallback(): void {
    const select = this.querySelector('select');
    if (!select) return;
    select.addEventListener('change', () => {
      const query = /\/search\/$/.test(select.value) ? window.location.search : '';
      window.location.href = `${select.value}${query}`;
    });
    // Back to a page kept in the browser's cache: the picker shows its own version again.
    window.addEventListener('pageshow', (event) => {
      if (!event.persisted) return;
      const marked = select.querySelector<HTMLOptionElement>('option[selected]')?.index;
      if (marked !== undefined && marked !== select.selectedIndex) select.selectedIndex = marked;
    });
  }
}

export function defineVersionSelect(): void {
  if (!customElements.get('confref-version-select')) customElements.define('confref-version-select', VersionSelect);
}
