/**
 * The browser side of search: lazy-loads the index, runs the shared query,
 * and renders results with createElement/textContent (never innerHTML), the
 * matched terms wrapped in <mark>.
 */
import { htmlLang } from '../lib/i18n/html-lang.ts';
import type { DisplayRow, SearchCore, TermShard } from '../lib/search/bundle.ts';
import type { LoadedSearch, SearchHit } from '../lib/search/query.ts';

type SearchModule = typeof import('../lib/search/query.ts');

interface Loaded {
  search: SearchModule;
  index: LoadedSearch;
  /** Fetches (once) the parts of the index a query or its results need. */
  fetchPart: (part: string) => Promise<unknown>;
}

const cache = new Map<string, Promise<Loaded>>();

/** The search code and the index core load on first use, not with the page; term shards and display chunks as queries need them. */
function load(folder: string): Promise<Loaded> {
  let loaded = cache.get(folder);
  if (!loaded) {
    const parts = new Map<string, Promise<unknown>>();
    const fetchPart = (part: string): Promise<unknown> => {
      let body = parts.get(part);
      if (!body) {
        body = fetch(`${folder}${part}.json`).then((response) => {
          if (!response.ok) throw new Error(`${response.status} ${response.url}`);
          return response.json();
        });
        // A failed fetch is tried again by the next query.
        body.catch(() => parts.delete(part));
        parts.set(part, body);
      }
      return body;
    };
    loaded = Promise.all([import('../lib/search/query.ts'), fetchPart('core')]).then(([search, core]) => ({
      search,
      index: new search.LoadedSearch(core as SearchCore),
      fetchPart,
    }));
    // A failed load is tried again by the next query (which says so to the reader; see bindSearchBox).
    loaded.catch(() => cache.delete(folder));
    cache.set(folder, loaded);
  }
  return loaded;
}

/** Runs a query once the shards of its terms and the display chunks of its results are loaded. */
async function runQuery(loaded: Loaded, text: string, options: Parameters<SearchModule['searchIndex']>[2]): Promise<SearchHit[]> {
  const { search, index, fetchPart } = loaded;
  const shards = index.missingShards(search.termsOf(index, text));
  await Promise.all(shards.map(async (name) => index.addShard(name, (await fetchPart(`t-${name}`)) as TermShard)));
  const hits = search.searchIndex(index, text, options);
  const chunks = index.missingChunks(hits.map((hit) => hit.id));
  if (chunks.length === 0) return hits;
  await Promise.all(chunks.map(async (chunk) => index.addChunk(chunk, (await fetchPart(`d-${chunk}`)) as DisplayRow[])));
  return search.searchIndex(index, text, options);
}

/** Text with the matched terms in <mark>, as DOM nodes. */
export function highlighted(text: string, terms: readonly string[]): Node[] {
  const words = [...new Set(terms.filter((term) => term.length >= 2))].sort((a, b) => b.length - a.length);
  if (words.length === 0) return [document.createTextNode(text)];
  const pattern = new RegExp(words.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|'), 'gi');
  const nodes: Node[] = [];
  let last = 0;
  for (const match of text.matchAll(pattern)) {
    if (match.index > last) nodes.push(document.createTextNode(text.slice(last, match.index)));
    const mark = document.createElement('mark');
    mark.textContent = match[0];
    nodes.push(mark);
    last = match.index + match[0].length;
  }
  if (last < text.length) nodes.push(document.createTextNode(text.slice(last)));
  return nodes;
}

/** The hint on an option that replaced the old key the query typed: `Renamed from {old}` (`… in {version}`). */
export interface RenamedText {
  renamed?: string | undefined;
  renamedIn?: string | undefined;
}

export function renamedHint(hit: Pick<SearchHit, 'renamedFrom' | 'renamedIn'>, text: RenamedText): string {
  if (!hit.renamedFrom) return '';
  const template =
    (hit.renamedIn ? text.renamedIn : text.renamed) ?? (hit.renamedIn ? 'Renamed from {old} in {version}' : 'Renamed from {old}');
  return template.replace('{old}', hit.renamedFrom).replace('{version}', hit.renamedIn ?? '');
}

export function renderHit(hit: SearchHit, base: string, id: string, text: RenamedText = {}): HTMLLIElement {
  const item = document.createElement('li');
  item.id = id;
  item.setAttribute('role', 'option');
  item.className = 'confref-hit';
  const link = document.createElement('a');
  link.href = `${base}${hit.url}`;
  const title = document.createElement('span');
  title.className = 'confref-hit-key';
  title.append(...highlighted(hit.kind === 'option' ? hit.key : hit.title, hit.terms));
  link.append(title);
  if (hit.kind === 'option') {
    const facts = document.createElement('span');
    facts.className = 'confref-hit-facts';
    facts.textContent = `${hit.type}${hit.defaultValue ? ` = ${hit.defaultValue}` : ''}`;
    link.append(' ', facts);
  }
  const hint = renamedHint(hit, text);
  if (hint) {
    const renamed = document.createElement('span');
    renamed.className = 'confref-hit-renamed';
    renamed.textContent = hint;
    link.append(' ', renamed);
  }
  const excerpt = document.createElement('span');
  excerpt.className = 'confref-hit-excerpt';
  if (hit.lang) excerpt.lang = htmlLang(hit.lang);
  excerpt.append(...highlighted(hit.description, hit.terms));
  link.append(excerpt);
  item.append(link);
  return item;
}

export function bindSearchBox(root: HTMLElement): void {
  const input = root.querySelector('input')!;
  const list = root.querySelector<HTMLUListElement>('[role="listbox"]')!;
  const base = root.dataset['base'] ?? '';
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
  const close = (): void => {
    list.hidden = true;
    input.setAttribute('aria-expanded', 'false');
    input.removeAttribute('aria-activedescendant');
  };
  const run = async (): Promise<void> => {
    const text = input.value;
    if (text.trim() === '') return close();
    // The search page's filters, where present.
    const group = document.querySelector<HTMLSelectElement>('#confref-filter-group')?.value;
    const type = document.querySelector<HTMLSelectElement>('#confref-filter-type')?.value;
    let found: SearchHit[] | undefined;
    try {
      found = await runQuery(await load(root.dataset['index']!), text, {
        limit: 10,
        ...(group ? { groups: [group] } : {}),
        ...(type ? { types: [type] } : {}),
      });
    } catch {
      // The index could not be fetched (offline, or the site moved): say so; the next keystroke tries again.
      found = undefined;
    }
    if (input.value !== text) return;
    hits = found ?? [];
    list.replaceChildren(
      ...hits.map((hit, i) =>
        renderHit(hit, base, `confref-hit-${i}`, { renamed: root.dataset['renamed'], renamedIn: root.dataset['renamedIn'] }),
      ),
    );
    if (hits.length === 0) {
      const empty = document.createElement('li');
      empty.className = found ? 'confref-hit-empty' : 'confref-hit-empty confref-hit-error';
      empty.textContent = (found ? root.dataset['empty'] : root.dataset['failed']) ?? '';
      if (!found) empty.setAttribute('role', 'alert');
      list.append(empty);
    }
    list.hidden = false;
    input.setAttribute('aria-expanded', 'true');
    setActive(hits.length > 0 ? 0 : -1);
  };

  // Loading starts on focus; a failure is reported by the query that needs the index.
  input.addEventListener('focus', () => void load(root.dataset['index']!).catch(() => undefined), { once: true });
  input.addEventListener('input', () => void run());
  for (const select of document.querySelectorAll<HTMLSelectElement>('#confref-filter-group, #confref-filter-type'))
    select.addEventListener('change', () => void run());
  input.addEventListener('keydown', (event) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      setActive(active + (event.key === 'ArrowDown' ? 1 : -1));
    } else if (event.key === 'Enter' && active >= 0 && hits[active]) {
      event.preventDefault();
      // A click on the result's link: it opens where the link would (the top window, in an embed).
      list.children[active]?.querySelector('a')?.click();
    } else if (event.key === 'Escape') {
      close();
      input.blur();
    }
  });
  document.addEventListener('click', (event) => {
    if (!root.contains(event.target as Node)) close();
  });
  document.addEventListener('keydown', (event) => {
    const typing =
      event.target instanceof HTMLElement && (event.target.isContentEditable || /^(?:input|textarea|select)$/i.test(event.target.tagName));
    if ((event.key === '/' && !typing) || (event.key.toLowerCase() === 'k' && (event.ctrlKey || event.metaKey))) {
      event.preventDefault();
      input.focus();
    }
  });
  // The search page: ?q= runs the query on load.
  const query = new URL(location.href).searchParams.get('q');
  if (query && location.pathname.endsWith('/search/')) {
    input.value = query;
    void run();
  }
}
