import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { root } from '../helpers/astro.ts';
import { browserAvailable, launch } from '../helpers/browser.ts';
import { serve, type StaticServer } from '../helpers/serve.ts';

const sites = inject('sites');
const screenshots = join(root, 'test-results/screenshots');

// The fixture site: unversioned team notes (current) plus versions 1.0 and 2.0, under /wiki/flink/.
describe.runIf(browserAvailable)('versions in Chromium (fixture site)', () => {
  let server: StaticServer;
  let browser: Browser;
  const errors: string[] = [];
  const base = sites.fixture.base.replace(/\/$/, '');

  beforeAll(async () => {
    mkdirSync(screenshots, { recursive: true });
    server = await serve(sites.fixture.dist, sites.fixture.base);
    browser = await launch();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  async function open(path: string, width = 1280): Promise<Page> {
    const page = await browser.newPage({ viewport: { width, height: 900 } });
    page.on('console', (message) => message.type() === 'error' && errors.push(`${path}: ${message.text()}`));
    page.on('pageerror', (error) => errors.push(`${path}: ${error.message}`));
    const response = await page.goto(`${server.origin}${base}${path}`);
    expect(response?.status(), path).toBe(200);
    return page;
  }

  const picker = (page: Page) => page.locator('header confref-version-select select');

  it('the picker moves to the same option in another version, and to its overview where it has none', async () => {
    const page = await open('/en/v/1.0/options/web.port/');
    expect(await picker(page).locator('option:checked').textContent()).toBe('1.0');
    await picker(page).selectOption({ label: '2.0' });
    await page.waitForURL(`${server.origin}${base}/en/v/2.0/options/web.port/`);
    expect(await page.locator('h1').first().textContent()).toContain('web.port');
    // web.port is not among the team notes' options: the notes' overview.
    await picker(page).selectOption({ label: 'Team notes' });
    await page.waitForURL(`${server.origin}${base}/en/`);
    await page.close();
  });

  it("a version's search box searches that version, and the picker carries a search to another version", async () => {
    const page = await open('/zh/v/2.0/');
    const input = page.locator('#confref-search-input');
    expect(await input.getAttribute('placeholder')).toBe('搜索 2.0 的配置项 (/)');
    await input.fill('web port');
    await page.locator('#confref-search-results [role="option"]').first().waitFor();
    expect(await page.locator('#confref-search-results [role="option"] .confref-hit-key').first().textContent()).toBe('web.port');
    await page.keyboard.press('Enter');
    await page.waitForURL(`${server.origin}${base}/zh/v/2.0/options/web.port/`);
    await page.goto(`${server.origin}${base}/en/v/2.0/search/?q=timeout`);
    await picker(page).selectOption({ label: '1.0' });
    await page.waitForURL(`${server.origin}${base}/en/v/1.0/search/?q=timeout`);
    await page.close();
  });

  it('the picker fits the header on a phone and sits in the menu, in both languages', async () => {
    for (const lang of ['en', 'zh'] as const) {
      for (const width of [1280, 390]) {
        const page = await open(`/${lang}/v/1.0/options/web.timeout/`, width);
        // Nothing scrolls sideways because of the picker.
        expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth + 1), `${lang} ${width}`).toBe(true);
        if (width === 390) {
          await page.locator('button.sl-menu-button').click();
          expect(await page.locator('.mobile-preferences confref-version-select select').isVisible()).toBe(true);
        } else expect(await picker(page).isVisible()).toBe(true);
        await page.screenshot({ path: join(screenshots, `version-picker-${lang}-${width}.png`) });
        await page.close();
      }
    }
  });

  it('logged no error', () => {
    expect(errors).toEqual([]);
  });
});
