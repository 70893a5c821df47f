/**
 * Site links in the registry's HTML (`/_confref/notes/<id>/#anchor`,
 * `/_confref/assets/<path>`, see registry/links.ts) made into the site's
 * URLs for a page: the base path in front, note pages in the page's locale.
 * The one place such links are resolved.
 */
import type { Element } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toHtml } from 'hast-util-to-html';
import { visit } from 'unist-util-visit';
import { SITE_LINK_PREFIX } from '../registry/links.ts';
import type { Locale } from '../registry/schema.ts';
import { paths, withBase } from './paths.ts';

/** The site URL of one site link (unchanged if it is none). */
export function resolveSiteLink(url: string, base: string, lang: Locale): string {
  if (!url.startsWith(SITE_LINK_PREFIX)) return url;
  const rest = url.slice(SITE_LINK_PREFIX.length);
  const note = /^notes\/([^/#]+)\/(#.*)?$/.exec(rest);
  if (note) return `${withBase(base, paths.note(lang, note[1]!))}${note[2] ?? ''}`;
  if (rest.startsWith('assets/')) return withBase(base, `${paths.noteAssets()}${rest.slice('assets/'.length)}`);
  return url;
}

/** Resolves every site link in `html` (links' href, images' src). */
export function resolveSiteLinks(html: string, base: string, lang: Locale): string {
  if (!html.includes(SITE_LINK_PREFIX)) return html;
  const tree = fromHtml(html, { fragment: true });
  visit(tree, 'element', (element: Element) => {
    for (const property of ['href', 'src'] as const) {
      const value = element.properties[property];
      if (typeof value === 'string') element.properties[property] = resolveSiteLink(value, base, lang);
    }
  });
  return toHtml(tree);
}
