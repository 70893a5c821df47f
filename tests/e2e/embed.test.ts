/**
 * Embeds as a wiki uses them: a host page on a second localhost origin frames
 * option and group cards and the search box, and uses the web component, in
 * both locales, against the fixture site served under /wiki/flink/ with the
 * CORS header docs/embedding.md asks for on /api/.
 */
import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { join } from 'node:path';
import type { Browser, BrowserContext, Frame, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { root } from '../helpers/astro.ts';
import { axeViolations, browserAvailable, launch } from '../helpers/browser.ts';
import { serve, type StaticServer } from '../helpers/serve.ts';

const { dist, base } = inject('sites').fixture;

/** The resize lines of docs/embedding.md (its `html` block that handles `confref:resize`), without the example iframe. */
function docsResizeScript(origin: string): string {
  const docs = readFileSync(join(root, 'docs/embedding.md'), 'utf8');
  const block = [...docs.matchAll(/```html\n([\s\S]*?)```/g)].map((m) => m[1]!).find((code) => code.includes('confref:resize'));
  if (!block) throw new Error('docs/embedding.md has no resize snippet');
  return block.slice(block.indexOf('<script>')).replaceAll('https://confref.example.com', origin);
}

const FRAMES = {
  'card-en': 'embed/en/options/state.backend.async/',
  'card-zh': 'embed/zh/options/state.backend.async/',
  'card-long': 'embed/en/options/embed.card.long/',
  'card-payload': 'embed/en/options/embed.card.payload/',
  'group-en': 'embed/en/groups/state.backend/',
  'group-zh': 'embed/zh/groups/embed.card/',
  search: 'embed/zh/search/',
} as const;

function hostPage(site: string): string {
  const at = (path: string) => `${site}${base}${path}`;
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Team wiki</title>
<style>body { margin: 8px; font: 16px sans-serif; } iframe { display: block; width: 320px; border: 0; margin: 8px 0; }</style></head>
<body>
<h1>Team wiki</h1>
${Object.entries(FRAMES)
  .map(([id, path]) => `<iframe id="${id}" src="${at(path)}" title="${id}"></iframe>`)
  .join('\n')}
<confref-option id="wc-en" key="state.backend.async"></confref-option>
<confref-option id="wc-zh" key="state.backend.async" lang="zh"></confref-option>
<confref-option id="wc-odd" key="metrics.reporter.&lt;name&gt;.class"></confref-option>
<confref-group id="wc-group" group="embed.card" lang="zh"></confref-group>
<confref-option id="wc-missing" key="no.such.key"></confref-option>
<confref-option id="wc-down" key="state.backend.async" base="${site}/offline/"></confref-option>
<confref-option id="wc-payload" key="embed.card.payload"></confref-option>
<confref-option id="wc-v1" key="web.port" version="1.0"></confref-option>
<confref-option id="wc-vnone" key="web.port" version="9.9"></confref-option>
<confref-option id="wc-list" key="classloader.parent-first-patterns.default"></confref-option>
<script src="${at('embed.js')}"></script>
${docsResizeScript(site)}
</body></html>`;
}

/**
 * Web components only, several for the same file and for files that overlap: the same option three times (one element
 * given its attributes one by one after the script ran), a group and an option of it, two odd keys found through the slug map,
 * the same option in the other locale, an older version's option.
 */
function manyElementsPage(site: string): string {
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Team wiki</title></head>
<body>
<confref-option key="state.backend.async"></confref-option>
<confref-option key="state.backend.async" lang="en"></confref-option>
<confref-option key="state.backend.async" lang="zh"></confref-option>
<confref-group group="embed.card"></confref-group>
<confref-group group="embed.card" lang="en"></confref-group>
<confref-option key="embed.card.long"></confref-option>
<confref-option key="metrics.reporter.&lt;name&gt;.class"></confref-option>
<confref-option key="metrics.reporter.&lt;name&gt;.class" lang="en"></confref-option>
<confref-option key="web.port" version="1.0"></confref-option>
<script src="${site}${base}embed.js"></script>
<confref-option id="late"></confref-option>
<script>
  const late = document.getElementById('late');
  late.setAttribute('lang', 'en');
  late.setAttribute('key', 'state.backend.async');
</script>
</body></html>`;
}

/**
 * In the page: the space between a group's title and its first card, and the top margin, padding and rule of its
 * first two cards (in the shadow root of `host`, or in the document).
 */
function titleSpacing({ host, title, card }: { host: string | null; title: string; card: string }) {
  const root = host === null ? document : document.querySelector(host)!.shadowRoot!;
  const [first, second] = [...root.querySelectorAll(card)];
  const top = (element: Element) => {
    const style = getComputedStyle(element);
    return [style.marginTop, style.paddingTop, style.borderTopWidth, style.borderTopStyle];
  };
  return {
    gap: first!.getBoundingClientRect().top - root.querySelector(title)!.getBoundingClientRect().bottom,
    first: top(first!),
    second: top(second!),
  };
}

describe.runIf(browserAvailable)('embeds on a wiki page from another origin (Chromium)', () => {
  let site: StaticServer;
  let host: Server;
  let hostOrigin: string;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  const errors: string[] = [];
  const requests: string[] = [];
  const dialogs: string[] = [];

  beforeAll(async () => {
    site = await serve(dist, base, (pathname) => (pathname.startsWith(`${base}api/`) ? { 'access-control-allow-origin': '*' } : {}));
    host = createServer((request, response) => {
      const html = request.url === '/wiki-page' ? hostPage(site.origin) : request.url === '/many' ? manyElementsPage(site.origin) : null;
      if (html === null) response.writeHead(404).end();
      else response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(html);
    });
    await new Promise<void>((resolve) => host.listen(0, '127.0.0.1', resolve));
    const address = host.address();
    if (address === null || typeof address === 'string') throw new Error('no port');
    hostOrigin = `http://127.0.0.1:${address.port}`;
    browser = await launch();
    context = await browser.newContext({ viewport: { width: 900, height: 900 } });
    await context.route('**/*', (route) => {
      const url = route.request().url();
      requests.push(url);
      // The "unreachable API" case: requests to /offline/ fail as a network error would.
      if (url.startsWith(`${site.origin}/offline/`)) return route.abort('connectionrefused');
      return url.startsWith(site.origin) || url.startsWith(hostOrigin) ? route.continue() : route.abort();
    });
    page = await context.newPage();
    page.on('console', (message) => {
      if (message.type() !== 'error') return;
      const where = message.location().url;
      // The two expected failures: the unknown key's 404 and the unreachable API.
      if (where.endsWith(`${base}api/en/options/no.such.key.json`) || where.startsWith(`${site.origin}/offline/`)) return;
      errors.push(`${message.text()} (${where})`);
    });
    page.on('pageerror', (error) => errors.push(error.message));
    page.on('dialog', (dialog) => (dialogs.push(dialog.message()), void dialog.dismiss()));
    await page.goto(`${hostOrigin}/wiki-page`);
    // Every iframe has been sized by the snippet of docs/embedding.md.
    await page
      .waitForFunction(() => [...document.querySelectorAll('iframe')].every((frame) => frame.style.height !== ''))
      .catch(async (error: Error) => {
        const unsized = await page.evaluate(() =>
          [...document.querySelectorAll('iframe')].filter((frame) => frame.style.height === '').map((frame) => frame.id),
        );
        throw new Error(`iframes never sized: ${unsized.join(', ')}; errors: ${errors.join('; ')}`, { cause: error });
      });
  });

  afterAll(async () => {
    await browser?.close();
    await site?.close();
    await new Promise((resolve) => host?.close(resolve));
  });

  const frameOf = (id: keyof typeof FRAMES): Frame => page.frames().find((frame) => frame.url() === `${site.origin}${base}${FRAMES[id]}`)!;
  const shadowText = (id: string) => page.locator(`#${id}`).evaluate((element) => element.shadowRoot?.textContent ?? '');

  it('iframe cards show key, default and description, in English and Chinese', async () => {
    const en = await frameOf('card-en').locator('body').innerText();
    expect(en).toContain('state.backend.async');
    expect(en).toMatch(/Default\s*true/);
    expect(en).toContain('Whether snapshots are asynchronous.');
    const zh = await frameOf('card-zh').locator('body').innerText();
    expect(zh).toMatch(/默认值\s*true/);
    expect(zh).toContain('快照是否异步进行。');
    expect(zh).toContain('在配置参考中打开');
  });

  it('group iframes list every option of the group', async () => {
    const en = await frameOf('group-en').locator('h2').allInnerTexts();
    expect(en).toEqual(['state.backend.async']);
    const zh = await frameOf('group-zh').locator('h2').allInnerTexts();
    expect(zh).toEqual(['embed.card.long', 'embed.card.payload']);
    // No translation: the English text, marked as such.
    expect(await frameOf('group-zh').locator('.confref-fallback').first().getAttribute('lang')).toBe('en');
  });

  it('each iframe reports its height; sized to it, the card fits without scrolling at 320 px', async () => {
    const heights: Record<string, number> = {};
    for (const id of Object.keys(FRAMES) as Array<keyof typeof FRAMES>) {
      const reported = Number.parseFloat(await page.locator(`#${id}`).evaluate((frame: HTMLIFrameElement) => frame.style.height));
      const inside = await frameOf(id).evaluate(() => ({
        content: Math.ceil(document.documentElement.getBoundingClientRect().height),
        scrollHeight: document.documentElement.scrollHeight,
        innerHeight: window.innerHeight,
        scrollWidth: document.documentElement.scrollWidth,
        innerWidth: window.innerWidth,
      }));
      expect(reported, id).toBe(inside.content);
      expect(inside.innerHeight, id).toBe(reported);
      expect(inside.scrollHeight, id).toBeLessThanOrEqual(inside.innerHeight);
      expect(inside.innerWidth, id).toBe(320);
      expect(inside.scrollWidth, id).toBeLessThanOrEqual(320);
      heights[id] = reported;
    }
    expect(heights['card-long']).toBeGreaterThan(heights['card-en']! + 100);
  });

  it('the search embed finds options, and grows with its results', async () => {
    const frame = frameOf('search');
    const before = Number.parseFloat(await page.locator('#search').evaluate((f: HTMLIFrameElement) => f.style.height));
    await frame.locator('input[type="search"]').fill('快照');
    await frame.locator('.confref-hit').first().waitFor();
    expect(await frame.locator('.confref-hit-key').first().innerText()).toBe('state.backend.async');
    await page.waitForFunction(
      (height) => Number.parseFloat((document.querySelector('#search') as HTMLIFrameElement).style.height) > height,
      before,
    );
    const after = Number.parseFloat(await page.locator('#search').evaluate((f: HTMLIFrameElement) => f.style.height));
    expect(after).toBe(await frame.evaluate(() => Math.ceil(document.documentElement.getBoundingClientRect().height)));
  });

  it('the web component renders cards from the JSON API in Shadow DOM, in both locales', async () => {
    await page.waitForFunction(() =>
      [...document.querySelectorAll('confref-option, confref-group')].every((element) => !element.shadowRoot?.querySelector('[aria-busy]')),
    );
    const facts = (id: string) =>
      page
        .locator(`#${id}`)
        .evaluate((element) =>
          [...element.shadowRoot!.querySelectorAll('dl div')].map((row) => [...row.children].map((cell) => cell.textContent)),
        );
    expect(await facts('wc-en')).toEqual([
      ['Type', 'Boolean'],
      ['Default', 'true'],
    ]);
    expect(await facts('wc-zh')).toEqual([
      ['类型', 'Boolean'],
      ['默认值', 'true'],
    ]);
    expect(await shadowText('wc-en')).toContain('Whether snapshots are asynchronous.');
    expect(await shadowText('wc-zh')).toContain('快照是否异步进行。');
    // A key that is not its own file name: found through /api/slugs.json.
    expect(await shadowText('wc-odd')).toContain('metrics.reporter.<name>.class');
    const group = await page
      .locator('#wc-group')
      .evaluate((element) => [...element.shadowRoot!.querySelectorAll('h2, h3')].map((h) => h.textContent));
    expect(group).toEqual(['embed.card.*', 'embed.card.long', 'embed.card.payload']);
    // version="1.0": that version's card, linked to its page; a version the site does not have: the "no option" message.
    expect(await facts('wc-v1')).toEqual([
      ['Type', 'Integer'],
      ['Default', '8081'],
    ]);
    expect(await page.locator('#wc-v1').evaluate((element) => element.shadowRoot!.querySelector('h3 a')!.getAttribute('href'))).toBe(
      'https://wiki.example.com/wiki/flink/en/v/1.0/options/web.port/',
    );
    expect(await page.locator('#wc-vnone').evaluate((element) => element.shadowRoot!.querySelector('[role="alert"]') !== null)).toBe(true);
    // A List default, one item per line.
    expect(
      await page
        .locator('#wc-list')
        .evaluate((element) => [...element.shadowRoot!.querySelectorAll('dd ul.items li')].map((item) => item.textContent)),
    ).toEqual([
      'java.',
      'scala.',
      'org.apache.flink.',
      'com.esotericsoftware.kryo',
      'org.apache.hadoop.',
      'javax.annotation.',
      'org.slf4j',
      'org.apache.log4j',
      'org.apache.logging',
      'org.apache.commons.logging',
      'ch.qos.logback',
    ]);
    // Links go to the option's page at the site's address (CONFREF_SITE of the fixture build).
    expect(await page.locator('#wc-en').evaluate((element) => element.shadowRoot!.querySelector('h3 a')!.getAttribute('href'))).toBe(
      'https://wiki.example.com/wiki/flink/en/options/state.backend.async/',
    );
  });

  it("a group's title stands apart from its first option, by the rule between options (web component and iframe)", async () => {
    expect(await page.evaluate(titleSpacing, { host: '#wc-group', title: 'h2', card: '.card' })).toEqual({
      gap: 12,
      first: ['12px', '12px', '1px', 'solid'],
      second: ['12px', '12px', '1px', 'solid'],
    });
    // The iframe's root font is 15 px: 0.75rem is 11.25 px.
    expect(await frameOf('group-zh').evaluate(titleSpacing, { host: null, title: 'main > h1', card: '.confref-card' })).toEqual({
      gap: 11.25,
      first: ['11.25px', '11.25px', '1px', 'solid'],
      second: ['11.25px', '11.25px', '1px', 'solid'],
    });
  });

  it('the web component fetches each API file once, however many elements show it', async () => {
    const tab = await context.newPage();
    const fetched: string[] = [];
    tab.on('request', (request) => {
      if (request.url().startsWith(site.origin)) fetched.push(request.url().slice(site.origin.length));
    });
    await tab.goto(`${hostOrigin}/many`);
    const settled = () =>
      tab.waitForFunction(() =>
        [...document.querySelectorAll('confref-option, confref-group')].every((element) => {
          const box = element.shadowRoot?.querySelector('.box');
          return box !== undefined && box !== null && !box.hasAttribute('aria-busy');
        }),
      );
    await settled();
    // Every element shows its card, none an error.
    expect(
      await tab.evaluate(() =>
        [...document.querySelectorAll('confref-option, confref-group')].map(
          (element) =>
            element.shadowRoot!.querySelector('[role="alert"]')?.textContent ?? element.shadowRoot!.querySelector('h2, h3')!.textContent,
        ),
      ),
    ).toEqual([
      'state.backend.async',
      'state.backend.async',
      'state.backend.async',
      'embed.card.*',
      'embed.card.*',
      'embed.card.long',
      'metrics.reporter.<name>.class',
      'metrics.reporter.<name>.class',
      'web.port',
      'state.backend.async',
    ]);
    // An element added later, and one whose key changes to a file already fetched, fetch nothing more.
    await tab.evaluate(() => {
      const more = document.createElement('confref-option');
      more.setAttribute('key', 'embed.card.long');
      document.body.append(more);
      document.querySelector('confref-option')!.setAttribute('key', 'embed.card.long');
    });
    await settled();
    const counts = Object.fromEntries([...new Set(fetched)].sort().map((url) => [url, fetched.filter((other) => other === url).length]));
    expect(counts).toEqual({
      [`${base}api/en/groups/embed.card.json`]: 1,
      [`${base}api/en/options/embed.card.long.json`]: 1,
      [`${base}api/en/options/metrics.reporter.-name-.class--7a4eae89.json`]: 1,
      [`${base}api/en/options/state.backend.async.json`]: 1,
      [`${base}api/en/v/1.0/options/web.port.json`]: 1,
      [`${base}api/slugs.json`]: 1,
      [`${base}api/zh/options/state.backend.async.json`]: 1,
      [`${base}embed.js`]: 1,
    });
    await tab.close();
  });

  it('the web component shows its error state for an unknown key and for an unreachable API', async () => {
    const alert = (id: string) =>
      page.locator(`#${id}`).evaluate((element) => element.shadowRoot!.querySelector('[role="alert"]')?.textContent ?? null);
    expect(await alert('wc-missing')).toBe('This reference has no option “no.such.key”.');
    expect(await alert('wc-down')).toBe(`Could not load “state.backend.async” from ${site.origin}/offline/api/.`);
    expect(await alert('wc-en')).toBeNull();
  });

  it('no script runs from content: markup shows as text, only http(s) links survive', async () => {
    expect(dialogs).toEqual([]);
    expect(await page.evaluate(() => (window as { __confrefXss?: unknown }).__confrefXss)).toBeUndefined();
    const frame = frameOf('card-payload');
    expect(await frame.evaluate(() => (window as { __confrefXss?: unknown }).__confrefXss)).toBeUndefined();
    expect(await frame.locator('.confref-description').innerText()).toContain(
      'Shows List<String>, a | pipe, {braces} and [brackets] as written.',
    );
    expect(await frame.locator('main script, main img, [onerror], [onclick], a[href^="javascript:" i]').count()).toBe(0);
    const card = await page.locator('#wc-payload').evaluate((element) => ({
      text: element.shadowRoot!.textContent,
      dangerous: element.shadowRoot!.querySelectorAll('script, img, iframe, [onerror], [onclick]').length,
      hrefs: [...element.shadowRoot!.querySelectorAll('a[href]')].map((a) => a.getAttribute('href')),
    }));
    expect(card.text).toContain('Shows List<String>, a | pipe, {braces} and [brackets] as written.');
    expect(card.dangerous).toBe(0);
    expect(card.hrefs).toEqual(['https://wiki.example.com/wiki/flink/en/options/embed.card.payload/', 'https://flink.apache.org/']);
  });

  it("follows the viewer's colour scheme, and ?theme= overrides it", async () => {
    const background = async (scheme: 'light' | 'dark', query: string) => {
      const other = await browser.newContext({ colorScheme: scheme });
      const tab = await other.newPage();
      await tab.goto(`${site.origin}${base}${FRAMES['card-en']}${query}`);
      const color = await tab.evaluate(() => getComputedStyle(document.documentElement).backgroundColor);
      await other.close();
      return color;
    };
    expect(await background('light', '')).toBe('rgb(255, 255, 255)');
    expect(await background('dark', '')).toBe('rgb(13, 17, 23)');
    expect(await background('dark', '?theme=light')).toBe('rgb(255, 255, 255)');
    expect(await background('light', '?theme=dark')).toBe('rgb(13, 17, 23)');
  });

  it('works with JavaScript off', async () => {
    const off = await browser.newContext({ javaScriptEnabled: false });
    const tab = await off.newPage();
    await tab.goto(`${site.origin}${base}${FRAMES['card-zh']}`);
    expect(await tab.locator('body').innerText()).toContain('快照是否异步进行。');
    await tab.goto(`${site.origin}${base}${FRAMES.search}`);
    expect(await tab.locator('noscript').count()).toBe(1);
    expect(await tab.locator('form[role="search"]').getAttribute('action')).toBe(`${base}zh/search/`);
    await off.close();
  });

  it("embed pages opened directly: no accessibility violation of any impact (best practices too), the site's icon, no error", async () => {
    for (const path of [FRAMES['card-en'], FRAMES['group-zh'], FRAMES.search]) {
      const tab = await context.newPage();
      const logged: string[] = [];
      tab.on('console', (message) => message.type() === 'error' && logged.push(message.text()));
      const icon = tab.waitForRequest((request) => /favicon/.test(request.url()));
      await tab.goto(`${site.origin}${base}${path}`);
      expect((await icon).url(), path).toBe(`${site.origin}${base}favicon.svg`);
      expect(await axeViolations(tab, { bestPractice: true }), path).toEqual([]);
      expect(logged, path).toEqual([]);
      await tab.close();
    }
  });

  it('a link in a card opens the full page in the top window', async () => {
    await frameOf('card-en').locator('h1 a').click();
    await page.waitForURL(`${site.origin}${base}en/options/state.backend.async/`);
  });

  it('made no request outside the two origins and logged no unexpected error', () => {
    expect(requests.filter((url) => !url.startsWith(site.origin) && !url.startsWith(hostOrigin))).toEqual([]);
    expect(requests.some((url) => url.startsWith(`${site.origin}${base}api/`))).toBe(true);
    expect(errors).toEqual([]);
  });
});
