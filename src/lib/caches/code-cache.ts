/**
 * Highlighted code blocks, rendered once per build. An option's snippets are
 * the same on its English and Chinese pages, and Expressive Code's HTML for a
 * block differs between locales only in its UI texts (the copy button's
 * tooltip and "copied" message, a terminal frame's label). A block rendered
 * for one locale is reused for another with those texts swapped, once a
 * block rendered in that locale has shown them. Highlighting is the largest
 * cost of a full build. Pages are built one locale after the other for each
 * option (site/routes.ts), and a block is dropped once the other locale has
 * used it, so the cache holds a few pages' worth of blocks.
 *
 * Between builds, blocks are kept on disk (code-store.ts), with the same swap
 * of locale texts: a second build of unchanged content highlights only the
 * first block of each locale (to learn its texts and the page assets).
 * `CONFREF_PERSISTENT_CACHE=0` keeps nothing on disk.
 *
 * Expressive Code puts the page's stylesheet and script in the first block of
 * each page. Blocks are kept without them, and every block of a page that
 * uses the cache goes through CachedCode.astro, which counts them: the first
 * gets the assets, the others never do. A test builds a site with and without
 * this cache and finds the output byte-identical; `CONFREF_CODE_CACHE=0` turns it off.
 *
 * Upstream internals this depends on (checked against astro-expressive-code
 * 0.44.2, through @astrojs/starlight 0.42.4): the shape of Expressive Code's
 * HTML, read with the regular expressions below — a block opens with
 * `<div class="expressive-code">`; the first block of a page carries the
 * page's `<link rel="stylesheet">` and `<script type="module">` right after
 * it; the copy button is `<button title="…" data-copied="…"`; a terminal
 * frame's label is one `<span class="sr-only">`. After an upgrade,
 * tests/site/determinism.test.ts (caches on and off) tells whether this holds.
 */
import { config } from '../config/env.ts';
import { type CodeStore, codeFingerprint, codeStoreDir, openCodeStore } from './code-store.ts';

interface CodeTexts {
  /** The copy button's `title="…" data-copied="…"`, as written in the HTML. */
  button: string;
  /** A terminal frame's `<span class="sr-only">…</span>`, if the block has one. */
  terminal: string | undefined;
}

const BUTTON = /<button title="[^"]*" data-copied="[^"]*"/g;
/** The page's Expressive Code assets, as the first block of a page carries them. */
const ASSETS = /(?<=^<div class="expressive-code">)<link rel="stylesheet" href="[^"]*"><script type="module" src="[^"]*"><\/script>/;
const OPENING = '<div class="expressive-code">';
const TERMINAL = /<span class="sr-only">[^<]*<\/span>/g;

const blocks = new Map<string, { html: string; locale: string; texts: CodeTexts }>();
/** What each locale's blocks say, as learnt from blocks rendered in it. */
const textsOf = new Map<string, { button?: string; terminal?: string }>();
let assets: string | undefined;
const blocksOnPage = new WeakMap<object, number>();

/** The number of this block on its page (0 for the first), counting every block that goes through the cache. */
export function nextBlock(page: object): number {
  const index = blocksOnPage.get(page) ?? 0;
  blocksOnPage.set(page, index + 1);
  return index;
}

/** A block's HTML without the page assets. */
export function withoutAssets(html: string): string {
  const found = ASSETS.exec(html)?.[0];
  if (found) assets ??= found;
  return found ? html.replace(found, '') : html;
}

/** A block's HTML as the first of its page: with the assets, when they are known. */
export function withAssets(html: string): string | undefined {
  return assets !== undefined && html.startsWith(OPENING) ? `${OPENING}${assets}${html.slice(OPENING.length)}` : undefined;
}

const keyOf = (lang: string, code: string) => `${lang}\u0000${code}`;

/** The store on disk: undefined until first asked, null when off or when the fingerprint cannot be read. */
let store: CodeStore | null | undefined;

function codeStore(): CodeStore | undefined {
  if (store === undefined) {
    const { codeCache, persistentCache, root } = config();
    const folder = root ?? process.cwd();
    const fingerprint = codeCache && persistentCache ? codeFingerprint(folder) : undefined;
    store = fingerprint === undefined ? null : openCodeStore(codeStoreDir(folder), fingerprint);
  }
  return store ?? undefined;
}

/** For tests: this process's caches start empty, over `next` as the store on disk (none when undefined). */
export function resetCodeCache(next?: CodeStore): void {
  store = next ?? null;
  blocks.clear();
  textsOf.clear();
  assets = undefined;
}

export function codeCacheEnabled(): boolean {
  return config().codeCache;
}

/** The texts in a block's HTML: exactly one copy button, at most one terminal label (else the block is not cached). */
function textsIn(html: string): CodeTexts | undefined {
  const buttons = html.match(BUTTON) ?? [];
  const terminals = html.match(TERMINAL) ?? [];
  return buttons.length === 1 && terminals.length <= 1 ? { button: buttons[0]!, terminal: terminals[0] } : undefined;
}

/** `html`, rendered with `from`'s texts, with `locale`'s texts instead; undefined while this build has not learnt them. */
function inLocale(html: string, from: CodeTexts, locale: string): string | undefined {
  const to = textsOf.get(locale);
  if (!to?.button || (from.terminal !== undefined && to.terminal === undefined)) return undefined;
  if (from.button === to.button && from.terminal === to.terminal) return html;
  // Replacement functions: a `$` in a translation is text, not a replacement pattern.
  let swapped = html.replace(from.button, () => to.button!);
  if (from.terminal !== undefined) swapped = swapped.replace(from.terminal, () => to.terminal!);
  return swapped;
}

/** The block's HTML for `locale`, if this code was rendered before (in this build, or in one before it on disk) and the locale's texts are known. */
export function cachedCode(lang: string, code: string, locale: string): string | undefined {
  const hit = blocks.get(keyOf(lang, code));
  if (hit) {
    if (hit.locale === locale) return hit.html;
    const html = inLocale(hit.html, hit.texts, locale);
    // A snippet is shown once per locale: having served the other locale, the block is let go (the cache stays small).
    if (html !== undefined) blocks.delete(keyOf(lang, code));
    return html;
  }
  const stored = codeStore()?.read(lang, code);
  return stored ? inLocale(stored.html, { button: stored.button, terminal: stored.terminal }, locale) : undefined;
}

/** Keeps a block rendered for `locale` (its HTML without the page assets), and learns the locale's texts from it. */
export function rememberCode(lang: string, code: string, locale: string, html: string): void {
  const texts = textsIn(html);
  if (!texts) return;
  const known = textsOf.get(locale) ?? {};
  known.button ??= texts.button;
  if (texts.terminal !== undefined) known.terminal ??= texts.terminal;
  textsOf.set(locale, known);
  blocks.set(keyOf(lang, code), { html, locale, texts });
  codeStore()?.write(lang, code, { html, button: texts.button, ...(texts.terminal !== undefined ? { terminal: texts.terminal } : {}) });
}
