/**
 * Starlight writes each head entry's `content` as HTML (`set:html`), and its
 * `<title>` entry is the page title as given: a note title such as
 * `</title><script>…` would end the element and run. Titles come from
 * content (front matter, headings, keys, group names, versions), so the
 * title entry is turned into escaped text here, for every page Starlight
 * renders (see route-middleware.ts). Attributes (`og:title`, descriptions)
 * are escaped by Astro already.
 */
import { toHtml } from 'hast-util-to-html';

/** A head entry as Starlight's route data holds it (only what is read here). */
export interface HeadEntry {
  tag: string;
  content?: string | undefined;
}

/** Text as HTML that reads back as the same text (`<` and `&` escaped). */
export function escapeText(text: string): string {
  return toHtml({ type: 'text', value: text });
}

/** The head with its `<title>` content escaped; other entries are the site's own and stay as they are. */
export function headWithTextTitle<T extends HeadEntry>(head: readonly T[]): T[] {
  return head.map((entry) =>
    entry.tag === 'title' && entry.content !== undefined ? { ...entry, content: escapeText(entry.content) } : entry,
  );
}
