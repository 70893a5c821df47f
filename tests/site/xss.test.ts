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
import { brokenReferences, listFiles, readPages } from '../helpers/dist.ts';

const { dist, base } = inject('sites').xss;

describe('XSS fixture: what the build wrote', () => {
  const pages = listFiles(dist).filter((file) => file.endsWith('.html'));

  it('no script element holds anything from the notes (inline scripts are the site\'s own)', () => {
    expect(pages.length).toBeGreaterThan(20);
    for (const file of pages) {
      const tree = fromHtml(readFileSync(file, 'utf8'));
      for (const script of selectAll('script', tree)) expect(toString(script), file).not.toMatch(/xss|__proto__|evil\.example/i);
      // No element from the notes carries a handler, a javascript: URL, a frame, a form or a style element.
      expect(selectAll('main [onerror], main [onclick], main [onmouseover], main [onload], main [ontoggle], main [onfocus], main iframe, main object, main embed, main form:not([role="search"]):not(.confref-search-filters), main style, main base, main meta', tree).length, file).toBe(0);
      for (const link of selectAll('main a[href]', tree)) expect(String(link.properties['href']), file).not.toMatch(/^\s*(?:javascript|vbscript|data):/i);
    }
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
    const api = JSON.parse(readFileSync(join(dist, 'api/en/options/xss.script.json'), 'utf8')) as { default: { raw: string }; description: { text: string } };
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
