/**
 * The XSS fixture's build as files: content reaches pages only as escaped
 * text and sanitized HTML, never inside a script element, and the payloads
 * stay in the data (API, search index) as the text they are.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fromHtml } from 'hast-util-from-html';
import { selectAll } from 'hast-util-select';
import { toString } from 'hast-util-to-string';
import { describe, expect, inject, it } from 'vitest';
import { DESCRIPTION_SUMMARY_CHARS } from '../../src/lib/registry/budgets.ts';
import { characterCount } from '../../src/lib/registry/cut-text.ts';
import { optionSlug } from '../../src/lib/urls/slugs.ts';
import { brokenReferences, listFiles, readPages } from '../helpers/dist.ts';
import { expectedTitles, XSS_GROUP, XSS_TITLE, XSS_VERSION } from '../helpers/xss-titles.ts';

const { dist, base } = inject('sites').xss;

describe('XSS fixture: what the build wrote', () => {
  const pages = listFiles(dist).filter((file) => file.endsWith('.html'));

  it("no script element holds anything from the notes (inline scripts are the site's own)", () => {
    expect(pages.length).toBeGreaterThan(20);
    for (const file of pages) {
      const tree = fromHtml(readFileSync(file, 'utf8'));
      for (const script of selectAll('script', tree)) expect(toString(script), file).not.toMatch(/xss|__proto__|evil\.example/i);
      // No element from the notes carries a handler, a javascript: URL, a frame, a form or a style element.
      expect(
        selectAll(
          'main [onerror], main [onclick], main [onmouseover], main [onload], main [ontoggle], main [onfocus], main iframe, main object, main embed, main form:not([role="search"]):not(.confref-search-filters):not(.confref-check-form), main style, main base, main meta',
          tree,
        ).length,
        file,
      ).toBe(0);
      for (const link of selectAll('main a[href]', tree))
        expect(String(link.properties['href']), file).not.toMatch(/^\s*(?:javascript|vbscript|data):/i);
    }
  });

  it('every page has one <title>, text only; titles from content (front matter, headings, groups, versions, keys) read as written', () => {
    const titles = expectedTitles();
    const seen = new Map<string, string>();
    for (const file of pages) {
      const tree = fromHtml(readFileSync(file, 'utf8'));
      const found = selectAll('title', tree);
      expect(found.length, file).toBe(1);
      expect(selectAll('head > title', tree).length, file).toBe(1);
      // Nothing from content became an element: the title holds text alone.
      expect(
        found[0]!.children.every((child) => child.type === 'text'),
        file,
      ).toBe(true);
      seen.set(file.slice(dist.length + 1).replace(/index\.html$/, ''), toString(found[0]!));
    }
    for (const [path, title] of titles) expect(seen.get(path), path).toBe(title);
    // The Open Graph copy is the same text, in an attribute.
    const note = fromHtml(readFileSync(join(dist, 'en/notes/xss/index.html'), 'utf8'));
    expect(selectAll('meta[property="og:title"]', note).map((meta) => meta.properties['content'])).toEqual([XSS_TITLE]);
  });

  it('no element anywhere carries an event handler, and nothing from the front matter reaches the head or the page chrome', () => {
    for (const file of pages) {
      const tree = fromHtml(readFileSync(file, 'utf8'));
      const handlers = selectAll('*', tree).flatMap((element) =>
        Object.keys(element.properties)
          .filter((name) => /^on/i.test(name))
          .map((name) => `${element.tagName}[${name}]`),
      );
      expect(handlers, file).toEqual([]);
      // Front-matter fields confref does not read (head, banner, hero, template, sidebar…) are data only.
      expect(selectAll('.sl-banner', tree).length, file).toBe(0);
      // The only refresh is the root page's own, to the English home.
      for (const meta of selectAll('meta[http-equiv]', tree)) expect(String(meta.properties['content']), file).toBe('0; url=/x/en/');
      // The head holds the site's own kinds of elements (the first test checks its scripts).
      expect(
        new Set(selectAll('head > *', tree).map((element) => element.tagName)).isSubsetOf(
          new Set(['meta', 'title', 'link', 'script', 'style', 'base', 'template']),
        ),
        file,
      ).toBe(true);
    }
    // template: splash and hero were not taken up: the note has its sidebar like every note page, and no hero.
    for (const lang of ['en', 'zh']) {
      const other = fromHtml(readFileSync(join(dist, lang, 'notes/front-matter-other/index.html'), 'utf8'));
      expect([selectAll('#starlight__sidebar', other).length, selectAll('.hero', other).length], lang).toEqual([1, 0]);
    }
  });

  it('notes whose fields have the wrong shape or an invalid value still get their pages; valid fields are used', () => {
    for (const note of ['front-matter-types', 'front-matter-lang', 'front-matter-kind', 'front-matter-other']) {
      for (const lang of ['en', 'zh'])
        expect(listFiles(join(dist, lang, 'notes', note)), `${lang}/${note}`).toEqual([join(dist, lang, 'notes', note, 'index.html')]);
    }
    const types = fromHtml(readFileSync(join(dist, 'en/notes/front-matter-types/index.html'), 'utf8'));
    expect(toString(selectAll('title', types)[0]!)).toBe('Fields of the wrong shape | confref');
    // The group and the version from the front matter, each a page of its own.
    const api = JSON.parse(readFileSync(join(dist, 'api/en/options/xss.grouped.json'), 'utf8')) as { group: string };
    expect(api.group).toBe(XSS_GROUP);
    expect(listFiles(join(dist, 'en/v', optionSlug(XSS_VERSION), 'options'))).toEqual([
      join(dist, 'en/v', optionSlug(XSS_VERSION), 'options/xss.versioned/index.html'),
    ]);
  });

  it('a long description is whole on its option page, once; cards, the API, oEmbed and search hold a summary linking to it', () => {
    const marker = 'quokkaterminus';
    for (const lang of ['en', 'zh']) {
      const page = readFileSync(join(dist, lang, 'options/xss.long/index.html'), 'utf8');
      // Whole, and not repeated: the meta description and the "copy as" tables hold summaries.
      expect(page.split(marker).length - 1, lang).toBe(1);
      const tree = fromHtml(page);
      expect(toString(selectAll('main .confref-description', tree)[0]!)).toContain(`${marker}.`);
      const meta = String(selectAll('meta[name="description"]', tree)[0]!.properties['content']);
      expect(characterCount(meta)).toBeLessThanOrEqual(201);
      for (const button of selectAll('button[data-copy-format]', tree))
        expect(String(button.properties['dataCopy'])).toContain(`/x/${lang}/options/xss.long/`);

      const more = `/x/${lang}/options/xss.long/`;
      const api = JSON.parse(readFileSync(join(dist, `api/${lang}/options/xss.long.json`), 'utf8')) as {
        description: { html: string; text: string; truncated: boolean };
      };
      expect(api.description.truncated).toBe(true);
      expect(characterCount(api.description.text)).toBeLessThanOrEqual(DESCRIPTION_SUMMARY_CHARS + 1);
      expect(api.description.text.endsWith('…')).toBe(true);
      const summary = fromHtml(api.description.html, { fragment: true });
      expect(selectAll('a', summary).at(-1)!.properties['href']).toBe(more);
      expect(api.description.html).not.toContain(marker);
      const group = JSON.parse(readFileSync(join(dist, `api/${lang}/groups/xss.long.json`), 'utf8')) as {
        options: Array<{ description: { html: string } }>;
      };
      expect(group.options[0]!.description.html).toBe(api.description.html);

      for (const embed of [
        `embed/${lang}/options/xss.long/index.html`,
        `embed/${lang}/groups/xss.long/index.html`,
        `${lang}/groups/xss.long/index.html`,
      ]) {
        const card = readFileSync(join(dist, embed), 'utf8');
        expect(card, embed).not.toContain(marker);
        const description = selectAll('.confref-description', fromHtml(card))[0]!;
        expect(characterCount(toString(description)), embed).toBeLessThanOrEqual(DESCRIPTION_SUMMARY_CHARS + 40);
        expect(selectAll('a', description).at(-1)!.properties['href'], embed).toBe(more);
      }
      const oembed = JSON.parse(readFileSync(join(dist, `oembed/${lang}/options/xss.long.json`), 'utf8')) as { html: string };
      expect(oembed.html).not.toContain(marker);
    }
    // Search: the record's text is the summary, so no index file holds the last word.
    for (const file of listFiles(join(dist, 'en/search-index'))) expect(readFileSync(file, 'utf8'), file).not.toContain(marker);
    expect(readFileSync(join(dist, 'api/registry.json'), 'utf8')).toContain(marker);
  });

  it('every internal link and anchor confref made resolves (the only broken ones are the payloads\' own <img src="x">)', () => {
    const broken = brokenReferences(dist, base, readPages(dist, base));
    expect(broken.length).toBeGreaterThan(0);
    expect(broken.filter((line) => !/: <img src="x"> → no \/x\/.*\/x$/.test(line))).toEqual([]);
  });

  it('text survives sanitizing: the payloads are shown as written where they are text', () => {
    const page = readFileSync(join(dist, 'en/options/xss.script/index.html'), 'utf8');
    expect(page).toContain('<code>List&#x3C;String></code>');
    expect(page).toContain('<code>&#x3C;script></code> as text.');
    const api = JSON.parse(readFileSync(join(dist, 'api/en/options/xss.script.json'), 'utf8')) as {
      default: { raw: string };
      description: { text: string };
    };
    expect(api.default.raw).toBe("</script><script>window.__xss='default'</script>");
    expect(api.description.text).toBe('Shows List<String> and <script> as text.');
    const unicode = JSON.parse(readFileSync(join(dist, 'api/en/options/xss.unicode.json'), 'utf8')) as { description: { text: string } };
    expect(unicode.description.text).toContain('Line separator \u2028 and paragraph separator \u2029');
  });

  it('snippet tabs keep each block in its own panel, whatever the values spell', () => {
    const page = readFileSync(join(dist, 'en/options/xss.markers/index.html'), 'utf8');
    const written = '<!--/confref-panel--><!--confref-panel 1--><button data-confref-panel="2"></button>';
    const tree = fromHtml(page);
    const panels = selectAll('starlight-tabs > [role="tabpanel"]', tree);
    expect(panels.length).toBe(7);
    for (const panel of panels) {
      expect(selectAll('.expressive-code', panel).length).toBe(1);
      // The copy button holds the snippet with the value in it (up to its quotes, which each format escapes its way).
      expect(String(selectAll('button[data-code]', panel)[0]!.properties['dataCode'])).toContain(written.slice(0, written.indexOf('"')));
    }
    expect(selectAll('button[data-confref-panel]', tree).length).toBe(0);
  });
});
