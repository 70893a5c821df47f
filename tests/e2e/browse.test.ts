/**
 * Browsing many options in Chromium, on the fixture site under /wiki/flink/:
 * the filter box hides what does not match as one types and says how much is
 * shown; list defaults and tables stay inside the page at 390 px; screenshots
 * of the overview, a group and an option page at 1280 and 390 px in both
 * languages.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { root } from '../helpers/astro.ts';
import { browserAvailable, launch, seriousViolations } from '../helpers/browser.ts';
import { serve, type StaticServer } from '../helpers/serve.ts';

const { dist, base } = inject('sites').fixture;
const screenshots = join(root, 'test-results/screenshots');

describe.runIf(browserAvailable)('browsing many options (Chromium)', () => {
  let server: StaticServer;
  let browser: Browser;
  const errors: string[] = [];

  beforeAll(async () => {
    mkdirSync(screenshots, { recursive: true });
    server = await serve(dist, base);
    browser = await launch();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  async function open(path: string, width = 1280): Promise<Page> {
    const page = await browser.newPage({ viewport: { width, height: 900 } });
    page.on('pageerror', (error) => errors.push(`${path}: ${error.message}`));
    const response = await page.goto(`${server.origin}${base.replace(/\/$/, '')}${path}`);
    expect(response?.status(), path).toBe(200);
    return page;
  }

  /** The texts of the visible items of a list or table body. */
  const visible = (page: Page, selector: string) =>
    page
      .locator(selector)
      .evaluateAll((items) => items.filter((item) => !(item as HTMLElement).hidden).map((item) => item.textContent!.trim()));

  it("filters a version's overview as one types: groups and options by key, with the count in the live region", async () => {
    const page = await open('/en/');
    const box = page.getByLabel('Filter groups and options by key');
    await expect(box.isVisible()).resolves.toBe(true);
    const status = page.locator('#confref-filter-status');
    await expect(status.getAttribute('role')).resolves.toBe('status');
    await box.pressSequentially('CLASSLOADER.parent');
    await expect(status.textContent()).resolves.toBe('1 of 7 groups shown; 2 of 9 options shown');
    await expect(visible(page, 'ul.confref-groups > li')).resolves.toEqual(['classloader.parent-first-patterns 2 options']);
    await expect(visible(page, 'ul.confref-key-index > li')).resolves.toEqual([
      'classloader.parent-first-patterns.additional List<String>',
      'classloader.parent-first-patterns.default List<String>',
    ]);
    // Every word must match, in any order; no match leaves the lists empty and says so.
    await box.fill('timeout web');
    await expect(status.textContent()).resolves.toBe('1 of 7 groups shown; 1 of 9 options shown');
    await box.fill('no such option');
    await expect(status.textContent()).resolves.toBe('0 of 7 groups shown; 0 of 9 options shown');
    await expect(visible(page, 'ul.confref-key-index > li')).resolves.toEqual([]);
    await box.fill('');
    await expect(status.textContent()).resolves.toBe('7 of 7 groups shown; 9 of 9 options shown');
    await expect(visible(page, 'ul.confref-key-index > li').then((items) => items.length)).resolves.toBe(9);
    await page.close();
  });

  it("filters a group page's table by key and by description text, in Chinese too", async () => {
    const page = await open('/zh/groups/embed.card/');
    const box = page.getByLabel('按键或描述筛选配置项');
    const status = page.locator('#confref-filter-status');
    const keys = () =>
      page
        .locator('table.confref-options tbody tr')
        .evaluateAll((rows) => rows.filter((row) => !(row as HTMLElement).hidden).map((row) => row.querySelector('a')!.textContent));
    // "heap" is only in embed.card.long's description (its English fallback), not in any key.
    await box.pressSequentially('heap');
    await expect(keys()).resolves.toEqual(['embed.card.long']);
    await expect(status.textContent()).resolves.toBe('显示 2 个配置项中的 1 个');
    await box.fill('PAYLOAD');
    await expect(keys()).resolves.toEqual(['embed.card.payload']);
    // Sorting keeps the filter: the hidden row stays hidden wherever it moves.
    await page.locator('th button', { hasText: '键' }).click();
    await expect(keys()).resolves.toEqual(['embed.card.payload']);
    await box.fill('');
    await expect(status.textContent()).resolves.toBe('显示 2 个配置项中的 2 个');
    expect(await seriousViolations(page)).toEqual([]);
    await page.close();
  });

  it('without JavaScript shows every item and no filter box', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${server.origin}${base}en/`);
    await expect(page.locator('[data-confref-filter]').isVisible()).resolves.toBe(false);
    await expect(page.locator('ul.confref-key-index > li:visible').count()).resolves.toBe(9);
    await context.close();
  });

  for (const lang of ['en', 'zh'] as const) {
    for (const width of [1280, 390]) {
      it(`${lang} at ${width} px: nothing wider than the page; screenshots of the overview, a group and a list default`, async () => {
        for (const [name, path] of [
          ['overview', `/${lang}/`],
          ['group', `/${lang}/groups/classloader.parent-first-patterns/`],
          ['list-default', `/${lang}/options/classloader.parent-first-patterns.default/`],
        ] as const) {
          const page = await open(path, width);
          const overflow = await page.evaluate(() => {
            // Option tables, facts, the overview's lists (Starlight's tab bars and other tables scroll on purpose).
            const parts =
              'main :is(.confref-table-wrap:has(.confref-options), .confref-options, .confref-facts, .confref-groups, .confref-key-index)';
            const wide = [...document.querySelectorAll(parts)].filter((element) => element.scrollWidth > element.clientWidth + 1);
            return [document.documentElement.scrollWidth - document.documentElement.clientWidth, wide.length];
          });
          expect(overflow, path).toEqual([0, 0]);
          if (name !== 'overview') await expect(page.locator('.confref-list-default').first().isVisible(), path).resolves.toBe(true);
          await page.screenshot({ path: join(screenshots, `browse-${lang}-${name}-${width}.png`), fullPage: true });
          await page.close();
        }
      });
    }
  }

  it('ran without page errors', () => {
    expect(errors).toEqual([]);
  });
});
