/**
 * The header's search box (and the search embed's): a combobox whose
 * listbox pops up under it, following the ARIA combobox pattern. The input
 * keeps the focus and points at the active option with
 * aria-activedescendant; an option holds text only, no link, and Enter or a
 * click opens its page by script. `/` or Ctrl/Cmd+K focuses the box; arrows,
 * Enter and Esc work. A collapsible box (the header's, on a phone) opens from
 * its button and folds again when it is left empty or with Esc.
 */
import type { SearchHit } from '../lib/search/query.ts';
import { followHit, hitOption, type RenamedText } from './search-hit.ts';
import { preloadOnFocus, searchFolder } from './search-load.ts';
import { focusOnShortcut } from './search-shortcut.ts';

/** How many results the box shows. */
const BOX_LIMIT = 10;

export function bindSearchBox(root: HTMLElement): void {
  const input = root.querySelector('input')!;
  const list = root.querySelector<HTMLUListElement>('[role="listbox"]')!;
  const message = root.querySelector<HTMLElement>('.confref-search-message')!;
  const folder = root.dataset['index']!;
  const base = root.dataset['base'] ?? '';
  const text: RenamedText = { renamed: root.dataset['renamed'], renamedIn: root.dataset['renamedIn'] };
  let active = -1;
  let hits: SearchHit[] = [];

  const setActive = (index: number): void => {
    const items = [...list.children] as HTMLElement[];
    active = items.length === 0 ? -1 : (index + items.length) % items.length;
    items.forEach((item, i) => item.setAttribute('aria-selected', String(i === active)));
    if (active >= 0) {
      input.setAttribute('aria-activedescendant', items[active]!.id);
      items[active]!.scrollIntoView({ block: 'nearest' });
    } else input.removeAttribute('aria-activedescendant');
  };
  const show = (found: SearchHit[], note: string): void => {
    hits = found;
    list.replaceChildren(...hits.map((hit, i) => hitOption(hit, `confref-hit-${i}`, text)));
    list.hidden = hits.length === 0;
    message.textContent = note;
    input.setAttribute('aria-expanded', String(hits.length > 0));
    setActive(hits.length > 0 ? 0 : -1);
  };
  const close = (): void => show([], '');
  const toggle = root.querySelector<HTMLAnchorElement>('.confref-search-toggle');
  /** Whether the box is folded into its button: only a collapsible box, on a narrow screen (the button shows). */
  const folds = (): boolean => toggle !== null && toggle.offsetParent !== null;
  const setOpen = (open: boolean): void => {
    if (open) root.dataset['open'] = '';
    else delete root.dataset['open'];
    toggle?.setAttribute('aria-expanded', String(open));
  };
  const reveal = (): void => {
    if (folds()) setOpen(true);
  };
  /** Folds an open box; Esc gives the focus back to its button, while a click or Tab elsewhere keeps its own. */
  const fold = (focusButton = false): void => {
    if (!toggle || root.dataset['open'] === undefined) return;
    setOpen(false);
    if (focusButton && folds()) toggle.focus();
  };
  toggle?.addEventListener('click', (event) => {
    event.preventDefault();
    reveal();
    input.focus();
  });
  const open = (index: number, newTab = false): void => {
    const hit = hits[index];
    if (hit) followHit(`${base}${hit.url}`, newTab);
  };
  const run = async (): Promise<void> => {
    const query = input.value;
    if (query.trim() === '') return close();
    const found = await searchFolder(folder, query, { limit: BOX_LIMIT });
    // A later keystroke has its own query.
    if (input.value !== query) return;
    // The index could not be fetched (offline, or the site moved): say so; the next keystroke tries again.
    show(found ?? [], found === undefined ? (root.dataset['failed'] ?? '') : found.length === 0 ? (root.dataset['empty'] ?? '') : '');
  };

  preloadOnFocus(input, folder);
  input.addEventListener('input', () => void run());
  input.addEventListener('keydown', (event) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      setActive(active + (event.key === 'ArrowDown' ? 1 : -1));
    } else if (event.key === 'Enter' && active >= 0 && hits[active]) {
      event.preventDefault();
      open(active, event.ctrlKey || event.metaKey);
    } else if (event.key === 'Escape') {
      close();
      if (folds() && root.dataset['open'] !== undefined) fold(true);
      else {
        fold();
        input.blur();
      }
    }
  });
  // The input keeps the focus while an option is pressed.
  list.addEventListener('mousedown', (event) => event.preventDefault());
  list.addEventListener('click', (event) => {
    const option = (event.target as Element).closest('[role="option"]');
    if (option) open([...list.children].indexOf(option), event.ctrlKey || event.metaKey || event.shiftKey);
  });
  list.addEventListener('auxclick', (event) => {
    const option = (event.target as Element).closest('[role="option"]');
    if (option && event.button === 1) open([...list.children].indexOf(option), true);
  });
  document.addEventListener('click', (event) => {
    if (root.contains(event.target as Node)) return;
    close();
    if (input.value.trim() === '') fold();
  });
  input.addEventListener('blur', () => {
    if (input.value.trim() === '' && list.hidden) fold();
  });
  focusOnShortcut(input, reveal);
}
