/**
 * The search page and the header's search box in Chromium, on the fixture site (team notes as the current version,
 * 1.0 and 2.0, under /wiki/flink/): results listed in the page, group and type filters kept in the address, a
 * reload, Back, the version picker; the header box as an ARIA combobox whose options hold no link; and axe, every
 * impact, with the header's results open and with the page's results shown, in English and Chinese.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { root } from '../helpers/astro.ts';
import { axeViolations, browserAvailable, launch } from '../helpers/browser.ts';
import { serve, type StaticServer } from '../helpers/serve.ts';

const { dist, base } = inject('sites').fixture;
const screenshots = join(root, 'test-results/screenshots');

/** The fixture's results for `class`, in rank order: all, of type String, and of type String in group metrics.reporter. */
const CLASS = {
  all: [
    'classloader.resolve-order',
    'classloader.parent-first-patterns.default',
    'classloader.parent-first-patterns.additional',
    // The option before the section: its key holds as much of the query as the heading does (docs/search.md, 5).
    'metrics.reporter.<name>.class',
    'Class loading notes › Class loading notes',
    'state.backend.async',
    'Operations notes › Reporters',
  ],
  type: ['classloader.resolve-order', 'metrics.reporter.<name>.class'],
  typeAndGroup: ['metrics.reporter.<name>.class'],
};

describe.runIf(browserAvailable)('the search page and the search box (fixture site, Chromium)', () => {
  let server: StaticServer;
  let browser: Browser;
  const errors: string[] = [];
  const at = (path: string) => `${server.origin}${base}${path}`;

  beforeAll(async () => {
    mkdirSync(screenshots, { recursive: true });
    server = await serve(dist, base);
    browser = await launch();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  async function open(path: string, { width = 1280, colorScheme = 'light' as 'light' | 'dark' } = {}): Promise<Page> {
    const page = await browser.newPage({ viewport: { width, height: 900 }, colorScheme });
    page.on('console', (message) => message.type() === 'error' && errors.push(`${path}: ${message.text()}`));
    page.on('pageerror', (error) => errors.push(`${path}: ${error.message}`));
    const response = await page.goto(at(path));
    expect(response?.status(), path).toBe(200);
    return page;
  }

  const pageKeys = (page: Page) => page.locator('.confref-search-list .confref-hit-key').allTextContents();
  const pageStatus = (page: Page) => page.locator('confref-search-page [role="status"]').textContent();
  const boxKeys = (page: Page) => page.locator('#confref-search-results [role="option"] .confref-hit-key').allTextContents();

  it('lists the results of ?q= in the page, says how many, and shows no header box there, in both languages', async () => {
    for (const [lang, count] of [
      ['en', `${CLASS.all.length} results`],
      ['zh', `${CLASS.all.length} 条结果`],
    ] as const) {
      const page = await open(`${lang}/search/?q=class`);
      await expect.poll(() => pageKeys(page), { message: lang }).toEqual(CLASS.all);
      expect(await pageStatus(page)).toBe(count);
      expect(await page.locator('#confref-search-query').inputValue()).toBe('class');
      // Each result is a link to its page; the header has no box (and so no dropdown) on this page.
      expect(await page.locator('.confref-search-list a').first().getAttribute('href')).toMatch(new RegExp(`^${base}${lang}/`));
      expect(await page.locator('header confref-search').count()).toBe(0);
      await page.close();
    }
  });

  it('the group and type filters narrow the list and go into the address; a reload restores them', async () => {
    const page = await open('en/search/?q=class');
    await expect.poll(() => pageKeys(page)).toEqual(CLASS.all);
    await page.locator('#confref-filter-type').selectOption('String');
    await expect.poll(() => pageKeys(page)).toEqual(CLASS.type);
    expect(new URL(page.url()).search).toBe('?q=class&type=String');
    await page.locator('#confref-filter-group').selectOption('metrics.reporter');
    await expect.poll(() => pageKeys(page)).toEqual(CLASS.typeAndGroup);
    expect(new URL(page.url()).search).toBe('?q=class&group=metrics.reporter&type=String');
    expect(await pageStatus(page)).toBe(`${CLASS.typeAndGroup.length === 1 ? '1 result' : `${CLASS.typeAndGroup.length} results`}`);
    await page.reload();
    await expect.poll(() => pageKeys(page)).toEqual(CLASS.typeAndGroup);
    expect(await page.locator('#confref-search-query').inputValue()).toBe('class');
    expect(await page.locator('#confref-filter-type').inputValue()).toBe('String');
    expect(await page.locator('#confref-filter-group').inputValue()).toBe('metrics.reporter');
    // "any" takes the filter out of the address again.
    await page.locator('#confref-filter-group').selectOption('');
    await expect.poll(() => pageKeys(page)).toEqual(CLASS.type);
    expect(new URL(page.url()).search).toBe('?q=class&type=String');
    await page.close();
  });

  it('typing replaces the address, and Back from a result returns to the same search, then leaves the page', async () => {
    const page = await open('en/');
    await page.goto(at('en/search/'));
    await page.keyboard.press('/');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('confref-search-query');
    await page.keyboard.type('class');
    await expect.poll(() => pageKeys(page)).toEqual(CLASS.all);
    expect(new URL(page.url()).search).toBe('?q=class');
    await page.locator('.confref-search-list a').first().click();
    await page.waitForURL(/\/options\//);
    await page.goBack();
    await page.waitForURL(at('en/search/?q=class'));
    await expect.poll(() => pageKeys(page)).toEqual(CLASS.all);
    expect(await page.locator('#confref-search-query').inputValue()).toBe('class');
    // One history entry for the search, not one per keystroke.
    await page.goBack();
    await page.waitForURL(at('en/'));
    await page.close();
  });

  it("the version picker opens the other version's search page with the same query and filters", async () => {
    const page = await open('en/search/?q=timeout&type=Duration');
    await expect.poll(() => pageKeys(page)).toEqual(['web.timeout']);
    expect(await page.locator('#confref-filter-version option:checked').textContent()).toBe('Team notes');
    await page.locator('#confref-filter-version').selectOption({ label: '2.0' });
    await page.waitForURL(at('en/v/2.0/search/?q=timeout&type=Duration'));
    await expect.poll(() => pageKeys(page)).toEqual(['web.client.timeout']);
    expect(await page.locator('.confref-search-list a').first().getAttribute('href')).toBe(`${base}en/v/2.0/options/web.client.timeout/`);
    expect(await page.locator('#confref-filter-type').inputValue()).toBe('Duration');
    // A group that version does not have is dropped, from the filters and the address.
    await page.goto(at('zh/v/1.0/search/?q=timeout&group=state.backend'));
    await expect.poll(() => pageKeys(page)).toEqual(['web.timeout']);
    expect(new URL(page.url()).search).toBe('?q=timeout');
    await page.close();
  });

  it('the header box is a combobox over a listbox whose options hold no link; arrows, Enter, a click and Esc work', async () => {
    const page = await open('en/');
    const input = page.locator('#confref-search-input');
    await input.fill('class');
    await expect.poll(() => boxKeys(page)).toEqual(CLASS.all.slice(0, 10));
    const options = page.locator('#confref-search-results [role="option"]');
    expect(await input.getAttribute('role')).toBe('combobox');
    expect(await input.getAttribute('aria-expanded')).toBe('true');
    expect(await input.getAttribute('aria-controls')).toBe('confref-search-results');
    expect(await page.locator('#confref-search-results').getAttribute('role')).toBe('listbox');
    expect(await input.getAttribute('aria-activedescendant')).toBe(await options.nth(0).getAttribute('id'));
    // No interactive element inside an option.
    expect(await page.locator('#confref-search-results [role="option"] :is(a, button, input, select, textarea, [tabindex])').count()).toBe(
      0,
    );
    await page.keyboard.press('ArrowDown');
    expect(await input.getAttribute('aria-activedescendant')).toBe(await options.nth(1).getAttribute('id'));
    expect(await options.nth(1).getAttribute('aria-selected')).toBe('true');
    await page.keyboard.press('Escape');
    expect(await input.getAttribute('aria-expanded')).toBe('false');
    expect(await page.locator('#confref-search-results').isHidden()).toBe(true);
    expect(await input.getAttribute('aria-activedescendant')).toBeNull();
    await input.fill('class');
    await options.first().waitFor();
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await page.waitForURL(new RegExp(`/en/options/${CLASS.all[1]!.replace(/[.<>]/g, '.')}/$`));
    await page.locator('#confref-search-input').fill('web timeout');
    await page.locator('#confref-search-results [role="option"]').first().click();
    await page.waitForURL(at('en/options/web.timeout/'));
    // Two words run together, far from any indexed word: the box loads the index part of the second (order) once the
    // first's (classloader) shows the cut.
    await page.locator('#confref-search-input').fill('classloaderorder');
    await expect
      .poll(() => page.locator('#confref-search-results [role="option"]').first().textContent())
      .toContain('classloader.resolve-order');
    // Nothing matches: a status line says so, outside the listbox, which stays closed.
    await page.locator('#confref-search-input').fill('zzzzqqqq');
    await expect.poll(() => page.locator('confref-search .confref-search-message').textContent()).toBe('No option matches.');
    expect(await page.locator('#confref-search-input').getAttribute('aria-expanded')).toBe('false');
    await page.close();
  });

  it("the search embed's options open their page in the top window, from a frame of another origin", async () => {
    const page = await browser.newPage({ viewport: { width: 900, height: 900 } });
    page.on('pageerror', (error) => errors.push(`embed host: ${error.message}`));
    await page.setContent(`<iframe src="${at('embed/en/search/')}" title="search" style="width: 600px; height: 600px"></iframe>`);
    const frame = page.frameLocator('iframe');
    await frame.locator('#confref-search-input').fill('web timeout');
    await frame.locator('#confref-search-results [role="option"]').first().waitFor();
    expect(await frame.locator('#confref-search-results [role="option"] a').count()).toBe(0);
    await frame.locator('#confref-search-input').press('Enter');
    await page.waitForURL(at('en/options/web.timeout/'));
    await page.close();
  });

  it('axe finds no violation of any impact with the header results open and with the page results shown, in both languages', async () => {
    for (const lang of ['en', 'zh'] as const) {
      for (const colorScheme of ['light', 'dark'] as const) {
        const home = await open(`${lang}/`, { colorScheme });
        await home.locator('#confref-search-input').fill('class');
        await home.locator('#confref-search-results [role="option"]').first().waitFor();
        expect(await axeViolations(home), `${lang} ${colorScheme} header`).toEqual([]);
        await home.close();
        const page = await open(`${lang}/search/?q=class&type=${encodeURIComponent('String')}`, { colorScheme });
        await expect.poll(() => pageKeys(page)).toEqual(CLASS.type);
        expect(await axeViolations(page), `${lang} ${colorScheme} page`).toEqual([]);
        await page.close();
      }
    }
  });

  it('fits a phone and a desktop, light and dark, in both languages (screenshots in test-results/)', async () => {
    for (const lang of ['en', 'zh'] as const) {
      for (const width of [390, 1280]) {
        for (const colorScheme of ['light', 'dark'] as const) {
          const name = `search-${lang}-${width}-${colorScheme}`;
          const page = await open(`${lang}/search/?q=class`, { width, colorScheme });
          await expect.poll(() => pageKeys(page)).toEqual(CLASS.all);
          expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth + 1), name).toBe(true);
          await page.screenshot({ path: join(screenshots, `${name}.png`), fullPage: true });
          await page.goto(at(`${lang}/`));
          // On the phone the header's box is folded into its button until used.
          if (width === 390) await page.locator('header .confref-search-toggle').click();
          await page.locator('#confref-search-input').fill('class');
          await page.locator('#confref-search-results [role="option"]').first().waitFor();
          // On the phone the header's results span the viewport (less small margins), not the narrow box's width.
          const box = await page.locator('#confref-search-results').boundingBox();
          if (width === 390)
            expect(box!.x >= 0 && box!.x + box!.width <= width && box!.width >= 0.9 * width, `${name}: ${JSON.stringify(box)}`).toBe(true);
          await page.screenshot({ path: join(screenshots, `search-box-${lang}-${width}-${colorScheme}.png`) });
          await page.close();
        }
      }
    }
  });

  it('logged no error', () => {
    expect(errors).toEqual([]);
  });
});
