/**
 * `/embed.js`: `<confref-option key="state.backend.type" lang="zh">` and
 * `<confref-group group="state.backend">` for any page, rendering cards from
 * the site's JSON API (`/api/<lang>/…`) inside Shadow DOM.
 *
 * - The API is found next to this script (`<base>/embed.js` → `<base>/api/`),
 *   or at the element's `base` attribute.
 * - Text goes in as text; a description's HTML (already sanitized by the
 *   site) is parsed inert by DOMParser and rebuilt from an allowlist of
 *   elements, with only http(s) links, so nothing in it can run.
 * - An unknown key or group, or an API that cannot be reached, shows a message in the card.
 * - `theme="light|dark"` picks colours; by default the card follows the host page's colour scheme.
 * - `version="1.20"` shows the option or group of that version (by default the site's current one).
 *
 * Built by esbuild into one classic script (src/pages/embed.js.ts), with the UI strings of lib/i18n.
 */
import type { ApiGroup, ApiOption, ApiSlugs } from '../lib/export/api.ts';
import { htmlLang } from '../lib/i18n/html-lang.ts';
import { isPlainKey } from '../lib/urls/plain-key.ts';
import { keyNodes } from './key-nodes.ts';

interface Strings {
  type: string;
  default: string;
  none: string;
  deprecated: string;
  loading: string;
  open: string;
  unknownOption: string;
  unknownGroup: string;
  unreachable: string;
}
declare const __CONFREF_UI__: Record<'en' | 'zh', Strings>;

/** The site's root: where this script was loaded from. */
const scriptBase = new URL('.', (document.currentScript as HTMLScriptElement | null)?.src || location.href).href;

/** The cards' stylesheet: a group's title (h2) is set apart from its first card by the rule between cards. */
const STYLE = `
:host { display: block; margin: 0.75rem 0; --fg: light-dark(#1f2328, #e6edf3); --muted: light-dark(#59636e, #9198a1); --bg: light-dark(#fff, #0d1117);
  --border: light-dark(#d1d9e0, #3d444d); --code-bg: light-dark(#eff2f5, #1f2630); --link: light-dark(#0969da, #4493f8); --danger: light-dark(#cf222e, #f85149); }
:host([theme=light]) { color-scheme: light; } :host([theme=dark]) { color-scheme: dark; }
.box { padding: 0.75rem 0.9rem; border: 1px solid var(--border); border-radius: 8px; background: var(--bg); color: var(--fg); line-height: 1.5; overflow-wrap: anywhere; }
h2 + .card, .card + .card { margin-top: 0.75rem; padding-top: 0.75rem; border-top: 1px solid var(--border); }
h2, h3 { margin: 0; font-size: 1em; } h2 { font-size: 1.1em; } a { color: var(--link); }
code, pre { font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; font-size: 0.9em; }
code { padding: 0.05em 0.3em; border-radius: 4px; background: var(--code-bg); } pre { padding: 0.5em; background: var(--code-bg); overflow-x: auto; } pre code { padding: 0; }
dl { display: flex; flex-wrap: wrap; gap: 0.1rem 1rem; margin: 0.35rem 0; color: var(--muted); font-size: 0.9em; } dl div { display: flex; gap: 0.35rem; }
dt::after { content: ':'; } dd { margin: 0; color: var(--fg); } p { margin: 0.35rem 0; }
.items { margin: 0; padding: 0; list-style: none; }
.badge { margin-inline-start: 0.5em; padding: 0 0.4em; border: 1px solid var(--danger); border-radius: 4px; color: var(--danger); font-size: 0.75em; font-weight: normal; }
.muted { color: var(--muted); } .error { border-color: var(--danger); }`;

/** Elements a description may keep; anything else is unwrapped (its text kept), and these are dropped with their content. */
const KEEP = new Set('p,br,code,pre,a,strong,em,b,i,del,s,sub,sup,kbd,span,ul,ol,li,blockquote,table,thead,tbody,tr,th,td'.split(','));
const DROP = new Set(
  'script,style,template,iframe,frame,object,embed,noscript,svg,math,textarea,select,button,form,input,img,video,audio'.split(','),
);

function rebuild(node: Node, base: string): Node[] {
  if (node.nodeType === Node.TEXT_NODE) return [document.createTextNode(node.textContent ?? '')];
  if (node.nodeType !== Node.ELEMENT_NODE) return [];
  const source = node as Element;
  const tag = source.localName;
  if (DROP.has(tag)) return [];
  const children = [...source.childNodes].flatMap((child) => rebuild(child, base));
  if (!KEEP.has(tag)) return children;
  const copy = document.createElement(tag);
  const written = tag === 'a' ? source.getAttribute('href') : null;
  if (written) {
    try {
      const href = new URL(written, base);
      if (href.protocol === 'https:' || href.protocol === 'http:') copy.setAttribute('href', href.href);
    } catch {
      // Not a URL: the text stays, without a link.
    }
  }
  copy.append(...children);
  return [copy];
}

/** A description's HTML as safe nodes. */
export function safeNodes(html: string, base: string): Node[] {
  const parsed = new DOMParser().parseFromString(html, 'text/html');
  return [...parsed.body.childNodes].flatMap((node) => rebuild(node, base));
}

function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  props: { className?: string; text?: string; href?: string; lang?: string } = {},
  children: Array<Node | string> = [],
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (props.className) node.className = props.className;
  if (props.text !== undefined) node.textContent = props.text;
  if (props.href) node.setAttribute('href', props.href);
  if (props.lang) node.lang = props.lang;
  node.append(...children);
  return node;
}

const fill = (template: string, values: Record<string, string>): string =>
  template.replace(/\{(\w+)\}/g, (_, name: string) => values[name] ?? '');

function card(option: ApiOption, s: Strings, base: string, heading: 'h2' | 'h3'): HTMLElement {
  const title = el(heading, {}, [el('a', { href: new URL(option.url, base).href }, [el('code', {}, keyNodes(option.key))])]);
  if (option.deprecated) title.append(el('span', { className: 'badge', text: s.deprecated }));
  const given = option.default;
  // A List default of two or more items, one item per line (as on the site); anything else as written.
  const items = given && option.type.startsWith('List') && Array.isArray(given.value) && given.value.length > 1 ? given.value : null;
  const value =
    given === null
      ? el('span', { text: s.none })
      : items
        ? el(
            'ul',
            { className: 'items' },
            items.map((item) => el('li', {}, [el('code', { text: String(item) })])),
          )
        : el('code', { text: given.raw === '' ? '""' : given.raw });
  const facts = el('dl', {}, [
    el('div', {}, [el('dt', { text: s.type }), el('dd', {}, [el('code', { text: option.type })])]),
    el('div', {}, [el('dt', { text: s.default }), el('dd', {}, [value])]),
  ]);
  const description = option.description
    ? el('div', { lang: htmlLang(option.description.lang) }, safeNodes(option.description.html, base))
    : el('p', { className: 'muted', text: '—' });
  return el('article', { className: 'card' }, [title, facts, description]);
}

class NotFound extends Error {}

/**
 * Each API file's answer, fetched once per page: every element showing the same option, group or slug map
 * shares the one request (an element also renders again when its attributes are set at upgrade).
 * A failed request is forgotten, so the next render asks again; a 404 is kept, as the answer.
 */
const answers = new Map<string, Promise<unknown>>();

async function fetchJson(url: string): Promise<unknown> {
  const response = await fetch(url);
  if (response.status === 404) throw new NotFound();
  if (!response.ok) throw new Error(String(response.status));
  return response.json();
}

function getJson<T>(url: string): Promise<T> {
  let answer = answers.get(url);
  if (!answer) {
    answer = fetchJson(url);
    answer.catch((error: unknown) => {
      if (!(error instanceof NotFound)) answers.delete(url);
    });
    answers.set(url, answer);
  }
  return answer as Promise<T>;
}

/** The published slug map (/api/slugs.json). */
function slugMap(base: string): Promise<ApiSlugs> {
  return getJson<ApiSlugs>(`${base}api/slugs.json`);
}

/** The file name of a key or group: itself, or (for odd names) its entry in the published slug map. */
async function slugOf(base: string, kind: 'options' | 'groups', name: string): Promise<string> {
  if (isPlainKey(name)) return name;
  const slug = (await slugMap(base))[kind][name];
  if (!slug) throw new NotFound();
  return slug;
}

/** The API folder of a version in a locale: `api/<lang>/` for the current version, else `api/<lang>/v/<folder>/`. */
async function versionFolder(base: string, lang: string, version: string | null): Promise<string> {
  if (version === null) return `${base}api/${lang}/`;
  const map = await slugMap(base);
  if (version === map.current) return `${base}api/${lang}/`;
  const folder = map.versions[version];
  if (folder === undefined) throw new NotFound();
  return `${base}api/${lang}/v/${folder}/`;
}

abstract class ConfrefElement extends HTMLElement {
  static observedAttributes = ['key', 'group', 'lang', 'base', 'version'];
  readonly #root = this.attachShadow({ mode: 'open' });
  #rendering = 0;
  protected abstract readonly kind: 'options' | 'groups';
  protected abstract readonly nameAttribute: 'key' | 'group';

  connectedCallback(): void {
    void this.#render();
  }

  attributeChangedCallback(): void {
    if (this.isConnected) void this.#render();
  }

  async #render(): Promise<void> {
    const run = ++this.#rendering;
    const lang = (this.getAttribute('lang') ?? this.closest('[lang]')?.getAttribute('lang') ?? 'en').startsWith('zh') ? 'zh' : 'en';
    const s = __CONFREF_UI__[lang];
    const base = new URL(this.getAttribute('base') ?? '.', scriptBase).href.replace(/\/?$/, '/');
    const name = this.getAttribute(this.nameAttribute) ?? '';
    const box = el('div', { className: 'box', text: s.loading });
    box.setAttribute('part', 'card');
    box.setAttribute('aria-busy', 'true');
    const style = el('style', { text: STYLE });
    this.#root.replaceChildren(style, box);
    let content: Node[];
    try {
      const [slug, folder] = await Promise.all([slugOf(base, this.kind, name), versionFolder(base, lang, this.getAttribute('version'))]);
      const url = `${folder}${this.kind}/${slug}.json`;
      content =
        this.kind === 'options' ? [card(await getJson<ApiOption>(url), s, base, 'h3')] : this.#group(await getJson<ApiGroup>(url), s, base);
    } catch (error) {
      box.classList.add('error');
      box.setAttribute('role', 'alert');
      const message = error instanceof NotFound ? (this.kind === 'options' ? s.unknownOption : s.unknownGroup) : s.unreachable;
      content = [el('p', { text: fill(message, { name, url: `${base}api/` }) })];
    }
    if (run !== this.#rendering) return;
    box.removeAttribute('aria-busy');
    box.replaceChildren(...content);
  }

  #group(group: ApiGroup, s: Strings, base: string): Node[] {
    const title = el('h2', {}, [el('a', { href: new URL(group.url, base).href }, [el('code', { text: `${group.group}.*` })])]);
    return [title, ...group.options.map((option) => card(option, s, base, 'h3'))];
  }
}

class ConfrefOption extends ConfrefElement {
  protected readonly kind = 'options';
  protected readonly nameAttribute = 'key';
}

class ConfrefGroup extends ConfrefElement {
  protected readonly kind = 'groups';
  protected readonly nameAttribute = 'group';
}

if (!customElements.get('confref-option')) customElements.define('confref-option', ConfrefOption);
if (!customElements.get('confref-group')) customElements.define('confref-group', ConfrefGroup);
