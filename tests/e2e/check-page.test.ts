/**
 * The check page in Chromium, on the fixture site (team notes as the current version, 1.0 and 2.0, under
 * /wiki/flink/): a pasted configuration with seeded mistakes shows exactly the findings `confref lint` gives
 * for the same text (computed here with the library, against the fixture's registry), each key linked to its
 * option page; a chosen file is read as its name says; the format can be set; axe finds nothing, best practice
 * included, in English and Chinese. The Chinese page says each finding in Chinese, as `lintMessage` says it.
 * Lint's core loads when the reader comes to the form, the YAML parser only for a YAML format.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { detectFormat, lintReference, lintText, type InputFormat } from '../../src/lib/lint/index.ts';
import { lintMessage } from '../../src/lib/lint/messages.ts';
import { buildRegistry } from '../../src/lib/registry/index.ts';
import { readContent } from '../../src/lib/registry/load.ts';
import type { Registry } from '../../src/lib/registry/schema.ts';
import { root } from '../helpers/astro.ts';
import { axeViolations, browserAvailable, launch } from '../helpers/browser.ts';
import { lazyChunks, pageScripts, yamlChunks } from '../helpers/page-scripts.ts';
import { serve, type StaticServer } from '../helpers/serve.ts';

const { dist, base } = inject('sites').fixture;

/** The current version (team notes): a bad Duration and Boolean, an old key, a typo, a default, a key set twice. */
const CURRENT = `# conf/config.yaml
web.timeout: 10 parsecs
state:
  backend:
    async: yes
taskmanager.memory.size: 512 mb
metrics.reporter.prom.class: org.example.PrometheusReporter
classloader.resolve-order: child-first
web.timeot: 5 min
embed.card.long: 2 gb
web.timeout: 5 min
`;

/** 2.0: a deprecated key, a removed one, a default, a map entry, a typo. */
const V2 = `web.timeout: 1 min
web.legacy: true
web.port: 9091
kubernetes.jobmanager.labels.team: data
web.nwe: false
`;

/** SQL: a typo, a bad Duration, an old key. */
const SQL = `SET 'web.timeot' = '5 min';
SET 'web.timeout' = '10 parsecs';
SET 'taskmanager.memory.size' = '512 mb';
`;

/** `line:column severity rule | message | hint`, as the CLI finds them. */
function expected(registry: Registry, version: string | null, text: string, format: InputFormat): string[] {
  return lintText(text, format, lintReference(registry, version)).findings.map(
    (f) => `${f.line}:${f.column} ${f.severity} ${f.rule} | ${f.message} | ${f.hint ?? ''}`,
  );
}

/** The same, each message and hint in Chinese. */
function expectedInChinese(registry: Registry, version: string | null, text: string, format: InputFormat): string[] {
  return lintText(text, format, lintReference(registry, version)).findings.map((f) => {
    const { message, hint } = lintMessage(f, 'zh');
    return `${f.line}:${f.column} ${f.severity} ${f.rule} | ${message} | ${hint ?? ''}`;
  });
}

describe.runIf(browserAvailable)('the check page (fixture site, Chromium)', () => {
  let server: StaticServer;
  let browser: Browser;
  let registry: Registry;
  const errors: string[] = [];
  const at = (path: string) => `${server.origin}${base}${path}`;

  beforeAll(async () => {
    registry = buildRegistry(await readContent(join(root, 'tests/fixtures/site'))).registry;
    server = await serve(dist, base);
    browser = await launch();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
    expect(errors).toEqual([]);
  });

  async function open(path: string): Promise<Page> {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    page.on('console', (message) => message.type() === 'error' && errors.push(`${path}: ${message.text()}`));
    page.on('pageerror', (error) => errors.push(`${path}: ${error.message}`));
    const response = await page.goto(at(path));
    expect(response?.status(), path).toBe(200);
    return page;
  }

  /** The findings the page shows, as `expected` writes them (severity in English). */
  const shown = (page: Page) =>
    page.locator('.confref-check-finding').evaluateAll((items) =>
      items.map((li) => {
        const text = (selector: string) => li.querySelector(selector)?.textContent ?? '';
        return `${text('.confref-check-place')} ${(li as HTMLElement).dataset['severity']} ${text('.confref-check-rule')} | ${text('.confref-check-message')} | ${text('.confref-check-hint')}`;
      }),
    );
  const links = (page: Page) =>
    page
      .locator('.confref-check-finding')
      .evaluateAll((items) =>
        items.map((li) => [li.querySelector('.confref-check-rule')?.textContent, li.querySelector('a')?.getAttribute('href') ?? null]),
      );
  const status = (page: Page) => page.locator('confref-check-page [role="status"]').textContent();

  it('shows what confref lint finds in a pasted config.yaml, as the reader types, with links to option pages', async () => {
    const page = await open('en/check/');
    const want = expected(registry, registry.current, CURRENT, detectFormat('', CURRENT));
    expect(want.length).toBeGreaterThanOrEqual(6);
    await page.locator('#confref-check-text').fill(CURRENT);
    await expect.poll(() => shown(page)).toEqual(want);
    expect(await status(page)).toBe(`${want.length} findings`);
    expect(await page.locator('.confref-check-format-used').textContent()).toBe('Read as config.yaml (Flink 1.19 and later).');
    expect(await page.locator('.confref-check-option').first().textContent()).toMatch(/^Option: \S/);
    const hrefs = await links(page);
    // The old key links to the option that replaced it, the typo to the key it suggests, each to a page that exists.
    expect(hrefs).toContainEqual(['deprecated-key', `${base}en/options/taskmanager.memory.managed.size/`]);
    expect(hrefs).toContainEqual(['unknown-key', `${base}en/options/web.timeout/`]);
    expect(hrefs).toContainEqual(['invalid-value', `${base}en/options/state.backend.async/`]);
    for (const [, href] of hrefs) if (href) expect(existsSync(join(dist, href.slice(base.length), 'index.html')), href).toBe(true);
    // Typing on refreshes them.
    await page.locator('#confref-check-text').fill('web.timeout: 10 min\n');
    const again = expected(registry, registry.current, 'web.timeout: 10 min\n', 'config-yaml');
    await expect.poll(() => shown(page)).toEqual(again);
    await page.locator('#confref-check-text').fill('web.timeout: 3 min\n');
    await expect.poll(() => status(page)).toBe('No findings: every setting is known to this version and valid.');
    expect(await page.locator('.confref-check-list').isHidden()).toBe(true);
    await page.close();
  });

  it('says each finding in Chinese on the Chinese page, as lint says it in Chinese, with the same links', async () => {
    const page = await open('zh/check/');
    const want = expectedInChinese(registry, registry.current, CURRENT, 'config-yaml');
    expect(want).toHaveLength(expected(registry, registry.current, CURRENT, 'config-yaml').length);
    await page.locator('#confref-check-text').fill(CURRENT);
    await expect.poll(() => shown(page)).toEqual(want);
    expect(await status(page)).toBe(`${want.length} 个问题`);
    // One finding, word for word: the typo, against the team notes, with its did-you-mean.
    expect(await shown(page)).toContain(
      '9:1 error unknown-key | "web.timeot" 不是团队笔记的配置项；是否应为 "web.timeout"？ | Flink 会忽略未知的配置项：请把拼写改为 "web.timeout"。',
    );
    expect(await links(page)).toContainEqual(['unknown-key', `${base}zh/options/web.timeout/`]);
    expect(await page.locator('.confref-check-option').first().textContent()).toMatch(/^配置项：\S/);
    // No word of the messages being English any more: the note under the findings says what the English one says.
    expect(await page.locator('confref-check-page > p.confref-muted:last-of-type').textContent()).toBe(
      '命令行中也可以运行同样的检查：confref lint。',
    );
    await page.close();
  });

  it("checks against the page's version: 2.0 under /v/2.0/, links in that version", async () => {
    const page = await open('en/v/2.0/check/');
    const want = expected(registry, '2.0', V2, 'config-yaml');
    expect(want.map((line) => line.split(' ')[2])).toEqual(
      expect.arrayContaining(['deprecated-key', 'removed-key', 'default-value', 'unknown-key']),
    );
    await page.locator('#confref-check-text').fill(V2);
    await expect.poll(() => shown(page)).toEqual(want);
    expect(await links(page)).toContainEqual(['deprecated-key', `${base}en/v/2.0/options/web.client.timeout/`]);
    await page.close();
  });

  it('reads a chosen file as its name says, and as the format picked', async () => {
    const page = await open('en/check/');
    const legacy = 'web.timeout: "10 min"\nstate.backend.async: yes # no\n';
    await page
      .locator('#confref-check-file')
      .setInputFiles({ name: 'flink-conf.yaml', mimeType: 'text/yaml', buffer: Buffer.from(legacy) });
    await expect.poll(() => page.locator('#confref-check-text').inputValue()).toBe(legacy);
    await expect.poll(() => shown(page)).toEqual(expected(registry, registry.current, legacy, 'flink-conf'));
    expect(await page.locator('.confref-check-format-used').textContent()).toBe('Read as flink-conf.yaml (legacy).');
    await page.locator('#confref-check-format').selectOption('config-yaml');
    await expect.poll(() => shown(page)).toEqual(expected(registry, registry.current, legacy, 'config-yaml'));
    await page.close();
  });

  it("loads lint's core at the form, and the YAML parser for a YAML format only", async () => {
    const page = await open('en/check/');
    // What the page has fetched since it opened, as its resource timing lists it.
    let requested: string[] = [];
    const fetched = async () =>
      (requested = await page.evaluate(() => performance.getEntriesByType('resource').map((entry) => new URL(entry.name).pathname)));
    const asked = (file: string) => requested.includes(`${base}${relative(dist, file)}`);
    const scripts = pageScripts(dist, readFileSync(join(dist, 'en/check/index.html'), 'utf8'), base);
    const lazy = lazyChunks(scripts);
    const [yaml] = yamlChunks(dist);
    const core = [lazy.get('lookup')!, lazy.get('lint-read')!];
    // Nothing of lint's before the reader comes to the form.
    await fetched();
    expect(scripts.filter((file) => !asked(file))).toEqual([]);
    expect(core.some(asked)).toBe(false);
    const want = expected(registry, registry.current, SQL, detectFormat('', SQL));
    expect(want.map((line) => line.split(' ')[2])).toEqual(expect.arrayContaining(['unknown-key', 'invalid-value', 'deprecated-key']));
    await page.locator('#confref-check-text').fill(SQL);
    await expect.poll(() => shown(page)).toEqual(want);
    expect(await page.locator('.confref-check-format-used').textContent()).toBe('Read as SQL script (SET).');
    await fetched();
    expect([...core, lazy.get('sql')!].filter((file) => !asked(file))).toEqual([]);
    expect(asked(yaml!)).toBe(false);
    // config.yaml: its reader and the parser load now, and it reads as before.
    await page.locator('#confref-check-text').fill(CURRENT);
    await expect.poll(() => shown(page)).toEqual(expected(registry, registry.current, CURRENT, 'config-yaml'));
    await fetched();
    expect([lazy.get('config-yaml')!, yaml!].filter((file) => !asked(file))).toEqual([]);
    expect(asked(lazy.get('kubernetes')!)).toBe(false);
    await page.close();
  });

  it('says when the reference could not be loaded, and loads it again at the next change', async () => {
    const page = await open('en/check/');
    let refused = 0;
    await page.route('**/check/reference.json', (route) => (refused++, route.abort()));
    await page.locator('#confref-check-text').fill('web.timeot: 1 min\n');
    await expect.poll(() => status(page)).toBe('The reference could not be loaded. Check the connection and type again.');
    expect(refused).toBeGreaterThan(0);
    await page.unroute('**/check/reference.json');
    await page.locator('#confref-check-text').fill('web.timeot: 2 min\n');
    await expect.poll(() => shown(page)).toEqual(expected(registry, registry.current, 'web.timeot: 2 min\n', 'config-yaml'));
    expect(await status(page)).toBe('1 finding');
    await page.close();
    // The refused requests are the errors this page logged; they are no error of the page's.
    const refusedLogs = errors.filter((error) => error.startsWith('en/check/: Failed to load resource: net::ERR_FAILED'));
    expect(refusedLogs.length).toBeGreaterThan(0);
    errors.splice(0, errors.length, ...errors.filter((error) => !refusedLogs.includes(error)));
  });

  it('has no axe violations, best practice included, with findings shown, in English and Chinese', async () => {
    for (const lang of ['en', 'zh'] as const) {
      const page = await open(`${lang}/check/`);
      await page.locator('#confref-check-text').fill(CURRENT);
      await expect.poll(() => page.locator('.confref-check-finding').count()).toBeGreaterThan(0);
      if (lang === 'zh') expect(await status(page)).toMatch(/^\d+ 个问题$/);
      expect(await axeViolations(page, { bestPractice: true }), lang).toEqual([]);
      await page.close();
    }
  });
});
