/**
 * Every page type of the fixture site (tests/helpers/page-types.ts) in Chromium at 320, 390, 768 and 1280 px, light
 * and dark, in both languages: the page never scrolls sideways and no element spills out of its container or has its
 * text cut off; from 768 px up, no table scrolls sideways either. Then axe on every page type in both languages, with
 * no violation of any impact (WCAG 2.1 A/AA and best practices), with the header's search open and showing results. An option page answers first: its description
 * starts within the first screen at 1280 × 800. `npm run shots` writes the screenshots of the same pages.
 */
import type { Browser, BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { axeViolations, browserAvailable, launch } from '../helpers/browser.ts';
import { PAGE_TYPES, SCHEMES, TABLES_FIT_FROM, WIDTHS, layoutFaults } from '../helpers/page-types.ts';
import { serve, type StaticServer } from '../helpers/serve.ts';

const { dist, base } = inject('sites').fixture;

describe.runIf(browserAvailable)('layout of every page type (Chromium)', () => {
  let server: StaticServer;
  let browser: Browser;
  const errors: string[] = [];

  beforeAll(async () => {
    server = await serve(dist, base);
    browser = await launch();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  const url = (path: string) => `${server.origin}${base}${path}`;

  async function context(width: number, scheme: 'light' | 'dark'): Promise<BrowserContext> {
    return browser.newContext({ viewport: { width, height: 800 }, colorScheme: scheme });
  }

  // One load per page type and language: the page is resized to each width and shown in each scheme (it follows the
  // system's: Starlight's "auto" theme, the embeds' CSS), then axe runs on it at 1280 px with the search open.
  for (const lang of ['en', 'zh'] as const) {
    for (const type of PAGE_TYPES) {
      it(`${lang} ${type.name}: at every width and scheme nothing scrolls sideways, spills or is cut off; axe finds nothing`, async () => {
        const browsing = await context(WIDTHS[0], 'light');
        const page = await browsing.newPage();
        page.on('pageerror', (error) => errors.push(`${type.path(lang)}: ${error.message}`));
        const response = await page.goto(url(type.path(lang)));
        expect(response?.status(), type.path(lang)).toBe(200);
        const faults: string[] = [];
        for (const width of WIDTHS) {
          await page.setViewportSize({ width, height: 800 });
          for (const scheme of SCHEMES) {
            await page.emulateMedia({ colorScheme: scheme });
            const { sideways, spills } = await page.evaluate(layoutFaults, width < TABLES_FIT_FROM);
            if (sideways > 0) faults.push(`${width} ${scheme}: scrolls ${sideways} px sideways`);
            for (const spill of spills) faults.push(`${width} ${scheme}: ${spill}`);
          }
        }
        expect(faults).toEqual([]);
        await page.emulateMedia({ colorScheme: 'light' });
        if (type.header && (await page.locator('header #confref-search-input').count()) > 0) {
          await page.locator('header #confref-search-input').fill('class');
          await page.locator('#confref-search-results [role="option"]').first().waitFor();
        }
        expect(await axeViolations(page, { bestPractice: true })).toEqual([]);
        await browsing.close();
      });
    }
  }

  it('on a phone, the header search is a button that opens the box over the header, keys wrap at separators, and Esc folds it; on a desktop it never folds', async () => {
    const browsing = await context(320, 'light');
    const page = await browsing.newPage();
    await page.goto(url('en/options/classloader.parent-first-patterns.additional/'));
    const input = page.locator('header #confref-search-input');
    await expect(input.isVisible()).resolves.toBe(false);
    const toggle = page.locator('header .confref-search-toggle');
    await expect(toggle.getAttribute('aria-expanded')).resolves.toBe('false');
    await toggle.click();
    await expect(toggle.getAttribute('aria-expanded')).resolves.toBe('true');
    await expect(input.evaluate((element) => element === document.activeElement)).resolves.toBe(true);
    await input.fill('class');
    await page.locator('#confref-search-results [role="option"]').first().waitFor();
    // A result's key wraps only after its separators, its match marked.
    await expect(page.locator('#confref-search-results [role="option"] .confref-hit-key').first().innerHTML()).resolves.toBe(
      '<mark>class</mark>loader.<wbr>resolve-<wbr>order',
    );
    const box = (await input.boundingBox())!;
    expect(box.x).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width).toBeLessThanOrEqual(320);
    expect(box.width).toBeGreaterThan(200);
    await page.keyboard.press('Escape');
    await expect(input.isVisible()).resolves.toBe(false);
    await expect(page.locator('header .confref-search-toggle').evaluate((element) => element === document.activeElement)).resolves.toBe(
      true,
    );
    await browsing.close();
  });

  it('an option page answers first: the description starts within the first screen at 1280 × 800, in both languages', async () => {
    const browsing = await context(1280, 'light');
    for (const lang of ['en', 'zh'] as const) {
      for (const path of [`${lang}/options/embed.card.long/`, `${lang}/options/classloader.parent-first-patterns.default/`]) {
        const page = await browsing.newPage();
        await page.goto(url(path));
        const top = await page
          .locator('.confref-description')
          .first()
          .evaluate((element) => element.getBoundingClientRect().top);
        expect(top, path).toBeLessThan(800);
        await page.close();
      }
    }
    await browsing.close();
  });

  it('ran without page errors', () => {
    expect(errors).toEqual([]);
  });
});
