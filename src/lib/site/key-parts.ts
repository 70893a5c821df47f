/**
 * Where a key may wrap: after each `.`, `-` or `_` that is followed by more of
 * the key, never inside a word. A page puts a `<wbr>` between the parts
 * (KeyText.astro), so `execution.checkpointing.interval` wraps as
 * `execution.checkpointing.` / `interval` and not as `…interv` / `al`.
 */
export function keyParts(key: string): string[] {
  // No lookbehind: the web component and search results run this on browsers that lack it (Safari before 16.4).
  return key.replace(/([._-])(?=[^._-])/g, '$1\0').split('\0');
}

/** Whether a page title is a key (no spaces, at least one separator) rather than prose. */
export function isKeyLike(title: string): boolean {
  return /^[^\s]+[._-][^\s]+$/.test(title);
}

/**
 * A key as plain text that wraps like KeyText.astro: a zero-width space after each part, for labels a page can only
 * give as text (Starlight's previous and next links).
 */
export function wrappableKey(key: string): string {
  return keyParts(key).join('\u200b');
}
