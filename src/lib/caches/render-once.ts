/**
 * HTML rendered once per build and reused: for page parts that are the same on
 * many pages, keyed by everything that goes into them (the sidebar, by its
 * entries: every option page of a locale shows the same one). Off with the
 * code cache (`CONFREF_CODE_CACHE=0`), so the reproducible-build test shows it
 * changes nothing.
 *
 * It depends on no upstream internals itself; what makes a reused sidebar
 * right is in shared-sidebar.ts.
 */
import { codeCacheEnabled } from './code-cache.ts';

const rendered = new Map<string, string>();

/** The HTML rendered before under `key`, if any. */
export function renderedBefore(key: string): string | undefined {
  return codeCacheEnabled() ? rendered.get(key) : undefined;
}

/** Keeps `html` for the next part rendered under `key`. */
export function keepRendered(key: string, html: string): void {
  if (codeCacheEnabled()) rendered.set(key, html);
}
