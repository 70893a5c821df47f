/**
 * Nothing from content runs: every page type built from the XSS fixture
 * (payloads in front matter, headings, prose, keys, defaults, descriptions,
 * code) is opened in Chromium, the payload markers are typed into the search
 * box, and any dialog, `window.__xss` or injected element fails the test.
 */
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { browserAvailable, launch } from '../helpers/browser.ts';
import { listFiles } from '../helpers/dist.ts';
import { serve, type StaticServer } from '../helpers/serve.ts';

const { dist, base } = inject('sites').xss;

describe.runIf(browserAvailable)('XSS fixture: no script from content runs (Chromium)', () => {
  let server: StaticServer;
  let browser: Browser;
  let context: BrowserContext;
  const dialogs: string[] = [];
  const external: string[] = [];

  beforeAll(async () => {
    server = await serve(dist, base, (pathname) => (pathname.startsWith(`${base}api/`) ? { 'access-control-allow-origin': '*' } : {}));
    browser = await launch();
    context = await browser.newContext();
    await context.route('**/*', (route) => (route.request().url().startsWith(server.origin) ? route.continue() : (external.push(route.request().url()), route.abort())));
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  async function visit(path: string, act?: (page: Page) => Promise<void>): Promise<{ xss: unknown; injected: number; hidden: boolean }> {
    const page = await context.newPage();
    page.on('dialog', (dialog) => (dialogs.push(`${path}: ${dialog.message()}`), void dialog.dismiss()));
    await page.goto(`${server.origin}${path}`);
    // The root page sends the visitor on to their language.
    if (path === base) await page.waitForURL(`${server.origin}${base}en/`);
    await act?.(page);
    // Hover and focus everything a handler could hang on.
    await page.evaluate(() => {
      for (const element of document.querySelectorAll('body *')) {
        element.dispatchEvent(new MouseEvent('mouseover', { bubbles: true }));
        element.dispatchEvent(new FocusEvent('focus'));
      }
    });
    await page.waitForTimeout(100);
    const result = await page.evaluate(() => ({
      xss: (window as { __xss?: unknown }).__xss,
      injected: document.querySelectorAll('.xss-injected, iframe:not([src^="http"]), object, embed, form[action^="javascript" i], meta[http-equiv="refresh" i], body base').length,
      hidden: getComputedStyle(document.body).display === 'none',
    }));
    await page.close();
    return result;
  }

  const pages = listFiles(dist)
    .filter((file) => file.endsWith('.html'))
    .map((file) => `${base}${file.slice(dist.length + 1).replace(/index\.html$/, '')}`);

  it('built every page type from the fixture', () => {
    expect(pages.length).toBeGreaterThan(20);
    for (const kind of ['en/', 'zh/notes/xss/', 'en/options/xss.script/', 'zh/groups/xss.script/', 'en/search/', '404.html', 'embed/zh/options/xss.handlers/', 'embed/en/groups/xss.script/', 'embed/zh/search/']) expect(pages, kind).toContain(`${base}${kind}`);
  });

  it.each(pages)('%s', async (path) => {
    expect(await visit(path)).toEqual({ xss: undefined, injected: 0, hidden: false });
  });

  it('the payload markers typed into the search box, on the site and in the search embed', async () => {
    const queries = ['<img src=x onerror=alert(1)>', '<script>window.__xss=1</script>', 'xss.script', '</script>', 'javascript:', '__proto__', '${window.__xss}'];
    for (const path of [`${base}en/search/`, `${base}zh/options/xss.script/`, `${base}embed/en/search/`]) {
      const result = await visit(path, async (page) => {
        for (const query of queries) {
          await page.locator('input[type="search"]').first().fill(query);
          await page.waitForTimeout(150);
        }
        await page.locator('input[type="search"]').first().fill('xss');
        await page.locator('.confref-hit').first().waitFor();
      });
      expect(result, path).toEqual({ xss: undefined, injected: 0, hidden: false });
    }
  });

  it('raised no dialog and requested nothing outside the site', () => {
    expect(dialogs).toEqual([]);
    expect(external).toEqual([]);
  });
});
