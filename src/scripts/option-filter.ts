/**
 * Filter-as-you-type for group and version pages: the box filters the
 * page's lists (`[data-filter-list]`: a list's items, a table's body rows)
 * by the text of each item's first link (its key or group) and, in option
 * tables, its description. Without JS the box stays hidden and every item
 * shows. A live region says how many items each list shows.
 */
import { fill } from '../lib/i18n/fill.ts';

/** The words of a query, lower-cased: an item matches when its text holds every one. */
export function queryWords(query: string): string[] {
  return query
    .toLowerCase()
    .split(/\s+/)
    .filter((word) => word !== '');
}

/** Whether an item's (lower-cased) text holds every word of the query; an empty query matches all. */
export function matchesWords(text: string, words: readonly string[]): boolean {
  return words.every((word) => text.includes(word));
}

/** The text an item is filtered by: its first link (key or group) and its description, if any. */
export function filterText(item: Element): string {
  const name = item.querySelector('a')?.textContent ?? '';
  const description = item.querySelector('.confref-description')?.textContent ?? '';
  return `${name}\n${description}`.toLowerCase();
}

interface FilteredList {
  template: string;
  items: Array<{ element: HTMLElement; text: string }>;
}

function itemsOf(list: HTMLElement): HTMLElement[] {
  if (list instanceof HTMLTableElement) return [...list.tBodies].flatMap((body) => [...body.rows]);
  return [...list.children].filter((child): child is HTMLLIElement => child instanceof HTMLLIElement);
}

/** Binds one filter box (`[data-confref-filter]`) to the lists of its page, and shows it. */
export function bindFilter(box: HTMLElement): void {
  const input = box.querySelector('input');
  const status = box.querySelector<HTMLElement>('[role="status"]');
  if (!input || !status) return;
  const separator = status.dataset['separator'] ?? '; ';
  let lists: FilteredList[] | undefined;
  // Item texts are read on first use, not on page load.
  const listsNow = (): FilteredList[] =>
    (lists ??= [...document.querySelectorAll<HTMLElement>('[data-filter-list]')].map((list) => ({
      template: list.dataset['filterCount'] ?? '{shown} / {total}',
      items: itemsOf(list).map((element) => ({ element, text: filterText(element) })),
    })));
  const apply = (): void => {
    const words = queryWords(input.value);
    const counts = listsNow().map(({ template, items }) => {
      let shown = 0;
      for (const item of items) {
        const match = matchesWords(item.text, words);
        item.element.hidden = !match;
        if (match) shown += 1;
      }
      return fill(template, { shown, total: items.length });
    });
    const text = counts.join(separator);
    if (status.textContent !== text) status.textContent = text;
  };
  input.addEventListener('input', apply);
  box.hidden = false;
  // A browser may restore the box's text on going back: filter by it at once.
  if (input.value !== '') apply();
}
