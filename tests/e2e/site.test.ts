import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { loadRegistry } from '../../src/lib/registry/load.ts';
import { searchDocuments } from '../../src/lib/search/documents.ts';
import { createSearchIndex, searchIndex } from '../../src/lib/search/index.ts';
import { snippetsFor } from '../../src/lib/snippets/index.ts';
import { exportOptions } from '../../src/lib/export/index.ts';
import { paths } from '../../src/lib/urls/paths.ts';
import { root } from '../helpers/astro.ts';
import { axeViolations, browserAvailable, launch } from '../helpers/browser.ts';
import { listFiles } from '../helpers/dist.ts';
import { serve, type StaticServer } from '../helpers/serve.ts';

const sites = inject('sites');
const screenshots = join(root, 'test-results/screenshots');

describe.runIf(browserAvailable)('the site in Chromium', () => {
  let server: StaticServer;
  let browser: Browser;
  let context: BrowserContext;
  const errors: string[] = [];

  beforeAll(async () => {
    mkdirSync(screenshots, { recursive: true });
    server = await serve(sites.default.dist);
    browser = await launch();
    context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: server.origin });
    // Nothing may be requested outside the site.
    await context.route('**/*', (route) =>
      route.request().url().startsWith(server.origin)
        ? route.continue()
        : (errors.push(`external request: ${route.request().url()}`), route.abort()),
    );
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  async function open(path: string): Promise<Page> {
    const page = await context.newPage();
    page.on('console', (message) => message.type() === 'error' && errors.push(`${path}: ${message.text()}`));
    page.on('pageerror', (error) => errors.push(`${path}: ${error.message}`));
    const response = await page.goto(`${server.origin}${path}`);
    expect(response?.status(), path).toBe(200);
    return page;
  }

  const pages = [
    ['home', '', 'h1'],
    ['note', 'notes/checkpointing/', '#related-config-options'],
    ['group', 'groups/state.backend/', 'table.confref-options'],
    ['option', 'options/state.backend.fs.memory-threshold/', '#key'],
    ['glossary', 'glossary/', 'table'],
  ] as const;

  for (const lang of ['en', 'zh'] as const) {
    for (const [name, path, selector] of pages) {
      it(`${lang} ${name} page renders, has no accessibility violation of any impact, and is saved as a screenshot`, async () => {
        const page = await open(`/${lang}/${path}`);
        await expect(page.locator(selector).first().isVisible()).resolves.toBe(true);
        expect(await page.getAttribute('html', 'lang')).toBe(lang === 'zh' ? 'zh-CN' : 'en');
        await page.screenshot({ path: join(screenshots, `${lang}-${name}.png`), fullPage: true });
        // axe's best practices too: a note's heading order, the home page's table headers.
        expect(await axeViolations(page, { bestPractice: true })).toEqual([]);
        await page.close();
      });
    }
  }

  it('shows the Chinese description on the Chinese option page, rendered in a CJK font', async () => {
    const page = await open('/zh/options/state.backend.fs.memory-threshold/');
    await expect(page.locator('.confref-description').innerText()).resolves.toBe(
      '状态数据文件的最小大小。所有小于该值的状态块都以内联方式存储在根检查点元数据文件中。此配置项的最大内存阈值为 1MB。',
    );
    // Without a CJK font, an ideograph is drawn as the same empty box as an unassigned code point.
    const drawsGlyph = await page.evaluate(() => {
      const pixels = (text: string): string => {
        const canvas = document.createElement('canvas');
        canvas.width = canvas.height = 40;
        const context = canvas.getContext('2d')!;
        context.font = '32px sans-serif';
        context.fillText(text, 2, 34);
        return Array.from(context.getImageData(0, 0, 40, 40).data).join(',');
      };
      return pixels('状') !== pixels('\u{E000}') && pixels('状') !== pixels('检');
    });
    expect(drawsGlyph).toBe(true);
    await page.close();
  });

  it('switching language keeps the same option', async () => {
    const page = await open('/en/options/state.backend.fs.memory-threshold/');
    await page.locator('starlight-lang-select select').first().selectOption({ label: '简体中文' });
    await page.waitForURL(`${server.origin}/zh/options/state.backend.fs.memory-threshold/`);
    await expect(page.locator('h1').innerText()).resolves.toBe('state.backend.fs.memory-threshold');
    await page.close();
  });

  it('dark mode: follows the system, and the theme picker switches it', async () => {
    const dark = await browser.newContext({ colorScheme: 'dark' });
    const page = await dark.newPage();
    await page.goto(`${server.origin}/en/`);
    expect(await page.getAttribute('html', 'data-theme')).toBe('dark');
    await page.locator('starlight-theme-select select').first().selectOption('light');
    expect(await page.getAttribute('html', 'data-theme')).toBe('light');
    const background = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    await page.locator('starlight-theme-select select').first().selectOption('dark');
    expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor)).not.toBe(background);
    await dark.close();
  });

  it('keyboard: skip link, then Tab reaches the copy button, and Enter copies the key', async () => {
    const page = await open('/en/options/state.backend.async/');
    await page.keyboard.press('Tab');
    const first = await page.evaluate(() => document.activeElement?.getAttribute('href'));
    expect(first).toBe('#_top');
    let focused = '';
    for (let i = 0; i < 40 && focused !== 'Copy key'; i++) {
      await page.keyboard.press('Tab');
      focused = await page.evaluate(() => document.activeElement?.textContent?.trim() ?? '');
    }
    expect(focused).toBe('Copy key');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toBe('state.backend.async');
    await page.close();
  });

  it('copy as: the group page puts the Markdown table, Confluence markup and HTML fragment on the clipboard (HTML also as text/html)', async () => {
    const { registry } = await loadRegistry(join(root, 'content'));
    const options = registry.options.filter((o) => o.group === 'state.backend').sort((a, b) => (a.key < b.key ? -1 : 1));
    const expected = (format: 'md' | 'confluence' | 'html') => exportOptions(format, options, 'zh', (o) => paths.option('zh', o.key));
    const page = await open('/zh/groups/state.backend/');
    const group = page.getByRole('group', { name: '复制为' });
    for (const [label, format] of [
      ['Markdown', 'md'],
      ['Confluence', 'confluence'],
      ['HTML', 'html'],
    ] as const) {
      const button = group.locator(`button[data-copy-format="${format}"]`);
      expect(await button.textContent()).toBe(label);
      await button.click();
      await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toBe(expected(format));
      expect(await button.textContent()).toBe('已复制');
    }
    const html = await page.evaluate(async () => {
      const [item] = await navigator.clipboard.read();
      return item?.types.includes('text/html') ? (await item.getType('text/html')).text() : null;
    });
    // Chromium stores clipboard HTML sanitized: wrapped in a <meta charset>, and links made absolute (against the page's address).
    expect(html).toContain(expected('html').trim().replaceAll('href="/', `href="${server.origin}/`));
    expect(expected('md').split('\n')[2]).toMatch(/^\| \[`state\.backend`\]\(\/zh\/options\/state\.backend\/\) \|/);
    await page.close();
  });

  it('sorts a group table by a column', async () => {
    const page = await open('/en/groups/state.backend/');
    const keys = () => page.locator('table.confref-options tbody tr td:first-child code').allTextContents();
    const before = await keys();
    await page.getByRole('button', { name: 'Key' }).click();
    await page.getByRole('button', { name: 'Key' }).click();
    expect(await keys()).toEqual([...before].sort().reverse());
    await page.close();
  });

  it('a chosen snippet tab shows on the next page too, and copy puts the exact snippet on the clipboard', async () => {
    const { registry } = await loadRegistry(join(root, 'content'));
    const expected = (key: string, format: string) =>
      snippetsFor([registry.options.find((o) => o.key === key)!])
        .find((s) => s.format.id === format)!
        .code.trimEnd();
    const page = await open('/en/options/state.backend.async/');
    await page.getByRole('tab', { name: 'Java' }).click();
    const panel = () => page.locator('starlight-tabs [role="tabpanel"]:not([hidden])');
    await panel().locator('.copy button').click();
    await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toBe(expected('state.backend.async', 'java'));
    await page.goto(`${server.origin}/zh/options/state.backend.incremental/`);
    expect(await page.getByRole('tab', { name: 'Java' }).getAttribute('aria-selected')).toBe('true');
    // Expressive Code keeps the code to copy in data-code, with U+007F for line breaks.
    const code = await panel().locator('.copy button').getAttribute('data-code');
    expect(code?.replaceAll('\u007f', '\n')).toBe(expected('state.backend.incremental', 'java'));
    await page.close();
  });

  it('search: / focuses the box; a Chinese and an English query, arrows and Enter land on the option page', async () => {
    const page = await open('/zh/');
    await page.keyboard.press('/');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('confref-search-input');
    await page.keyboard.type('检查点目录');
    await page.locator('#confref-search-results [role="option"]').first().waitFor();
    expect(await page.locator('#confref-search-results [role="option"] .confref-hit-key').first().textContent()).toBe(
      'state.checkpoints.dir',
    );
    await page.keyboard.press('Enter');
    await page.waitForURL(`${server.origin}/zh/options/state.checkpoints.dir/`);

    await page.goto(`${server.origin}/en/`);
    await page.locator('#confref-search-input').fill('savepoint dir');
    await page.locator('#confref-search-results [role="option"]').first().waitFor();
    const keys = await page.locator('#confref-search-results [role="option"] .confref-hit-key').allTextContents();
    expect(keys[0]).toBe('state.savepoints.dir');
    // The match is highlighted with <mark>, built as DOM nodes.
    expect(await page.locator('#confref-search-results [role="option"] mark').count()).toBeGreaterThan(0);
    await page.keyboard.press('ArrowDown');
    const second = await page.locator('#confref-search-results [aria-selected="true"] .confref-hit-key').textContent();
    expect(second).toBe(keys[1]);
    await page.keyboard.press('Enter');
    await page.waitForURL(new RegExp(`/en/options/${keys[1]!.replace(/\./g, '\\.')}/$`));
    await page.close();
  });

  it('search says so when its index cannot be loaded, and works once it can', async () => {
    const path = '/zh/notes/checkpointing/';
    const page = await open(path);
    let offline = true;
    await page.route('**/search-index/**', (route) => (offline ? route.abort('internetdisconnected') : route.fallback()));
    const input = page.locator('#confref-search-input');
    // Focus alone starts loading the index: its failure must not surface as an unhandled error.
    await input.focus();
    await page.waitForTimeout(300);
    await input.fill('快照');
    const message = page.locator('confref-search .confref-search-message[role="status"]');
    await expect.poll(() => message.textContent()).toBe('无法加载搜索索引。请检查网络连接后重新输入。');
    offline = false;
    await input.fill('快照 ');
    await page.locator('#confref-search-results [role="option"]').first().waitFor();
    expect(await message.textContent()).toBe('');
    await page.close();
    // The aborted requests' own console lines are expected here, and only here.
    const expected = errors.filter((line) => line.startsWith(`${path}: Failed to load resource: net::ERR_INTERNET_DISCONNECTED`));
    expect(expected.length).toBeGreaterThan(0);
    errors.splice(0, errors.length, ...errors.filter((line) => !expected.includes(line)));
  });

  it('the search page runs the ?q= of its address, and its type filter narrows the results', async () => {
    const page = await open('/en/search/?q=state');
    await page.locator('.confref-search-list .confref-hit').first().waitFor();
    await page.locator('#confref-filter-type').selectOption('Boolean');
    await expect
      .poll(async () =>
        (await page.locator('.confref-search-list .confref-hit-facts').allTextContents()).every((facts) => facts.startsWith('Boolean')),
      )
      .toBe(true);
    expect(await page.locator('.confref-search-list .confref-hit').count()).toBe(3);
    await page.close();
  });

  it('the browser ranks as the search core does in Node, fetching only the index parts a query needs', async () => {
    const { registry } = await loadRegistry(join(root, 'content'));
    const fetched: string[] = [];
    const queries = {
      en: ['state.backend.fs.m', 'chekpoint dir', 'write buffer', 'local recovery', 'incremental'],
      zh: ['检查点目录', '本地恢复', '增量检查点', 'savepoints'],
    } as const;
    for (const lang of ['en', 'zh'] as const) {
      const node = createSearchIndex(searchDocuments(registry, lang, null), registry);
      const page = await open(`/${lang}/`);
      page.on('request', (request) => request.url().includes('/search-index/') && fetched.push(new URL(request.url()).pathname));
      for (const query of queries[lang]) {
        const expected = searchIndex(node, query).map((hit) => (hit.kind === 'option' ? hit.key : hit.title));
        await page.locator('#confref-search-input').fill(query);
        await expect
          .poll(() => page.locator('#confref-search-results [role="option"] .confref-hit-key').allTextContents(), { message: query })
          .toEqual(expected);
      }
      await page.close();
    }
    const parts =
      listFiles(join(sites.default.dist, 'en/search-index')).length + listFiles(join(sites.default.dist, 'zh/search-index')).length;
    expect(fetched).toContain('/en/search-index/core.json');
    expect(new Set(fetched).size).toBeLessThan(parts);
  });

  it('made no external request and logged no error', () => {
    expect(errors).toEqual([]);
  });
});
