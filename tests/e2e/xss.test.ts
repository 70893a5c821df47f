/**
 * Nothing from content runs: every page type built from the XSS fixture
 * (payloads in every front-matter field, titles from headings, group names,
 * versions, section trails, prose, keys, defaults, descriptions, extra
 * columns, the glossary, translations, code) is opened in Chromium, the
 * payload markers are typed into the search box, and any dialog,
 * `window.__xss`, injected element, script element holding content or
 * event-handler attribute fails the test; titles from content read as written.
 */
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { browserAvailable, launch } from '../helpers/browser.ts';
import { optionSlug } from '../../src/lib/urls/slugs.ts';
import { listFiles } from '../helpers/dist.ts';
import { serve, type StaticServer } from '../helpers/serve.ts';
import { expectedTitles, XSS_GROUP, XSS_VERSION } from '../helpers/xss-titles.ts';

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
    await context.route('**/*', (route) =>
      route.request().url().startsWith(server.origin) ? route.continue() : (external.push(route.request().url()), route.abort()),
    );
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  interface Visit {
    xss: unknown;
    injected: number;
    hidden: boolean;
    /** Script elements whose text holds a payload marker. */
    scripts: number;
    /** Elements with an `on…` attribute (none of the site's own elements has one). */
    handlers: number;
    titles: number;
    title: string;
  }

  // Tabs are reused from visit to visit (a new tab costs as much as the visit's navigation); each tab notes the path it
  // is on, for its dialogs. A visit that fails closes its tab, so that a broken tab fails no later visit.
  const idle: Page[] = [];
  const pathOf = new WeakMap<Page, string>();

  async function tab(): Promise<Page> {
    const page = await context.newPage();
    page.on('dialog', (dialog) => (dialogs.push(`${pathOf.get(page)}: ${dialog.message()}`), void dialog.dismiss()));
    return page;
  }

  async function visit(path: string, act?: (page: Page) => Promise<void>): Promise<Visit> {
    const page = idle.pop() ?? (await tab());
    pathOf.set(page, path);
    try {
      const found = await visitIn(page, path, act);
      idle.push(page);
      return found;
    } catch (error) {
      await page.close();
      throw error;
    }
  }

  async function visitIn(page: Page, path: string, act?: (page: Page) => Promise<void>): Promise<Visit> {
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
    return page.evaluate(() => ({
      xss: (window as { __xss?: unknown }).__xss,
      injected: document.querySelectorAll(
        '.xss-injected, iframe:not([src^="http"]), object, embed, form[action^="javascript" i], meta[http-equiv="refresh" i], body base',
      ).length,
      hidden: getComputedStyle(document.body).display === 'none',
      scripts: [...document.scripts].filter((script) => /__xss|evil\.example|alert\(/.test(script.textContent ?? '')).length,
      handlers: [...document.querySelectorAll('*')].filter((element) => element.getAttributeNames().some((name) => name.startsWith('on')))
        .length,
      titles: document.querySelectorAll('title').length,
      title: document.title,
    }));
  }

  const pages = listFiles(dist)
    .filter((file) => file.endsWith('.html'))
    .map((file) => `${base}${file.slice(dist.length + 1).replace(/index\.html$/, '')}`);

  it('built every page type from the fixture', () => {
    expect(pages.length).toBeGreaterThan(20);
    const version = optionSlug(XSS_VERSION);
    const kinds = [
      'en/',
      'zh/notes/xss/',
      'en/notes/heading-title/',
      'zh/notes/front-matter-types/',
      'en/options/xss.script/',
      'zh/groups/xss.script/',
      `en/groups/${optionSlug(XSS_GROUP)}/`,
      'en/search/',
      '404.html',
      'en/glossary/',
      `zh/v/${version}/`,
      `en/v/${version}/options/xss.versioned/`,
      'zh/v/0.9/options/xss.versioned/',
      `zh/diff/${version}..0.9/`,
      'embed/zh/options/xss.handlers/',
      'embed/en/groups/xss.script/',
      'embed/zh/search/',
    ];
    for (const kind of kinds) expect(pages, kind).toContain(`${base}${kind}`);
    for (const path of expectedTitles().keys()) expect(pages, path).toContain(`${base}${path}`);
  });

  const titles = expectedTitles();
  // Pages are visited a few at a time (vitest's maxConcurrency), each in its own tab of the one browser context.
  it.concurrent.for(pages)('%s', async (path, { expect }) => {
    const { title, ...found } = await visit(path);
    expect(found).toEqual({ xss: undefined, injected: 0, hidden: false, scripts: 0, handlers: 0, titles: 1 });
    const expected = titles.get(path.slice(base.length));
    if (expected !== undefined) expect(title).toBe(expected);
  });

  it('the payload markers typed into the search box, on the site and in the search embed', async () => {
    const queries = [
      '<img src=x onerror=alert(1)>',
      '<script>window.__xss=1</script>',
      'xss.script',
      '</script>',
      'javascript:',
      '__proto__',
      '${window.__xss}',
    ];
    for (const path of [`${base}en/search/`, `${base}zh/options/xss.script/`, `${base}embed/en/search/`]) {
      const result = await visit(path, async (page) => {
        for (const query of queries) {
          await page.locator('input[type="search"]').first().fill(query);
          await page.waitForTimeout(150);
        }
        await page.locator('input[type="search"]').first().fill('xss');
        await page.locator('.confref-hit').first().waitFor();
      });
      expect({ ...result, title: undefined }, path).toEqual({
        xss: undefined,
        injected: 0,
        hidden: false,
        scripts: 0,
        handlers: 0,
        titles: 1,
        title: undefined,
      });
    }
  });

  it('raised no dialog and requested nothing outside the site', () => {
    expect(dialogs).toEqual([]);
    expect(external).toEqual([]);
  });
});
