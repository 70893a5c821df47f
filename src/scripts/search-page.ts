/**
 * The search page: its own box and filters, and the results as a list of
 * links in the page, with a live region saying how many there are. The
 * address keeps the query and the filters (`?q=…&group=…&type=…`, replaced
 * as the reader types, so Back leaves the page rather than stepping through
 * keystrokes); opening the address restores them. The version is the page's
 * own: its picker opens the other version's search page with the same address query.
 */
import { fill } from '../lib/i18n/fill.ts';
import { parseSearchState, searchStateQuery, stateFilters, type SearchPageState } from '../lib/search/page-state.ts';
import { hitLink, type RenamedText } from './search-hit.ts';
import { preloadOnFocus, searchFolder } from './search-load.ts';
import { focusOnShortcut } from './search-shortcut.ts';

/** How many results the page shows. */
const PAGE_LIMIT = 50;

const optionValues = (select: HTMLSelectElement): string[] => [...select.options].map((option) => option.value).filter(Boolean);

export function bindSearchPage(root: HTMLElement): void {
  const form = root.querySelector('form')!;
  const input = form.querySelector<HTMLInputElement>('input[name="q"]')!;
  const group = form.querySelector<HTMLSelectElement>('select[name="group"]')!;
  const type = form.querySelector<HTMLSelectElement>('select[name="type"]')!;
  const status = root.querySelector<HTMLElement>('[role="status"]')!;
  const list = root.querySelector<HTMLOListElement>('.confref-search-list')!;
  const folder = root.dataset['index']!;
  const base = root.dataset['base'] ?? '';
  const text: RenamedText = { renamed: root.dataset['renamed'], renamedIn: root.dataset['renamedIn'] };
  const facets = { groups: optionValues(group), types: optionValues(type) };
  let latest = 0;

  const read = (): SearchPageState => ({ q: input.value, group: group.value, type: type.value });
  const restore = (): void => {
    const state = parseSearchState(location.search, facets);
    input.value = state.q;
    group.value = state.group;
    type.value = state.type;
  };
  const counted = (count: number): string =>
    fill((count === 1 ? root.dataset['countOne'] : root.dataset['countOther']) ?? '{count}', { count });
  const run = async (): Promise<void> => {
    const state = read();
    const address = `${location.pathname}${searchStateQuery(state)}${location.hash}`;
    if (address !== `${location.pathname}${location.search}${location.hash}`) history.replaceState(history.state, '', address);
    const ticket = ++latest;
    const found = state.q.trim() === '' ? [] : await searchFolder(folder, state.q, { limit: PAGE_LIMIT, ...stateFilters(state) });
    // A later keystroke or filter has its own results.
    if (ticket !== latest) return;
    list.replaceChildren(...(found ?? []).map((hit) => hitLink(hit, base, text)));
    list.hidden = list.children.length === 0;
    status.textContent =
      state.q.trim() === ''
        ? ''
        : found === undefined
          ? (root.dataset['failed'] ?? '')
          : found.length === 0
            ? (root.dataset['empty'] ?? '')
            : counted(found.length);
  };

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    void run();
  });
  input.addEventListener('input', () => void run());
  group.addEventListener('change', () => void run());
  type.addEventListener('change', () => void run());
  // An address of the same page (an edited hash, a state another script pushed) is shown as it asks.
  window.addEventListener('popstate', () => {
    restore();
    void run();
  });
  preloadOnFocus(input, folder);
  focusOnShortcut(input);
  restore();
  void run();
}
