/**
 * The check page of every version and locale of the fixture site, and the lint reference it loads: the same
 * data `confref lint` checks against (lintReferenceData), with the slug of every key that is not its own. The
 * page loads only its form's code; lint's core (what it says in English and Chinese with it) and each reader come
 * by import(), the YAML parser only with the YAML readers.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fromHtml } from 'hast-util-from-html';
import { select, selectAll } from 'hast-util-select';
import { toString } from 'hast-util-to-string';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { lintReferenceData } from '../../src/lib/lint/index.ts';
import { buildRegistry } from '../../src/lib/registry/index.ts';
import { readContent } from '../../src/lib/registry/load.ts';
import type { Registry } from '../../src/lib/registry/schema.ts';
import type { CheckReference } from '../../src/lib/site/check-reference.ts';
import { optionSlug } from '../../src/lib/urls/slugs.ts';
import { root } from '../helpers/astro.ts';
import { readPages } from '../helpers/dist.ts';
import { lazyChunks, loadedWith, pageScripts, yamlChunks } from '../helpers/page-scripts.ts';

const { dist, base } = inject('sites').fixture;
const pages = readPages(dist, base);
/** The fixture's versions as paths name them: the team notes (current) at the plain paths, then 1.0 and 2.0. */
const VERSIONS = [
  ['', null],
  ['v/1.0/', '1.0'],
  ['v/2.0/', '2.0'],
] as const;
const TITLES = { en: 'Check your configuration', zh: '检查配置' };
const html = (path: string) => fromHtml(pages.get(`${base}${path}`)?.html ?? '');
const scripts = (path: string) => selectAll('script[type="module"][src]', html(path)).map((node) => String(node.properties['src']));

describe('the check page (fixture site)', () => {
  let registry: Registry;
  beforeAll(async () => {
    registry = buildRegistry(await readContent(join(root, 'tests/fixtures/site'))).registry;
  });

  it('exists for every version and locale, titled, with its form, loading its version’s reference', () => {
    for (const lang of ['en', 'zh'] as const)
      for (const [at] of VERSIONS) {
        const path = `${lang}/${at}check/`;
        const tree = html(path);
        expect(pages.has(`${base}${path}`), path).toBe(true);
        expect(toString(select('h1', tree)!), path).toBe(TITLES[lang]);
        expect(select('label[for="confref-check-text"]', tree), path).not.toBeNull();
        expect(selectAll('#confref-check-format option', tree).map((o) => String(o.properties['value']))).toEqual([
          'auto',
          'config-yaml',
          'flink-conf',
          'sql',
          'cli',
          'kubernetes',
        ]);
        const element = select('confref-check-page', tree)!;
        expect(element.properties['dataReference'], path).toBe(`${base}${lang}/${at}check/reference.json`);
        // The language the findings are said in.
        expect(element.properties['dataLang'], path).toBe(lang);
        expect(element.properties['dataOptions'], path).toBe(`${base}${lang}/${at}options/`);
        // The overview links it in its text (and in its "next" link), and so does the sidebar.
        expect(selectAll(`main p > a[href="${base}${path}"]`, html(`${lang}/${at}`)).length, path).toBe(1);
        expect(selectAll(`nav.sidebar a[href="${base}${path}"], #starlight__sidebar a[href="${base}${path}"]`, tree).length).toBe(1);
      }
  });

  it('its reference is the data confref lint checks against, with the slugs of keys that are not their own', () => {
    for (const lang of ['en', 'zh'] as const)
      for (const [at, version] of VERSIONS) {
        const file = join(dist, `${lang}/${at}check/reference.json`);
        const data = JSON.parse(readFileSync(file, 'utf8')) as CheckReference;
        expect(data.reference, file).toEqual(JSON.parse(JSON.stringify(lintReferenceData(registry, version))));
        for (const [key, slug] of Object.entries(data.slugs)) {
          expect(slug).toBe(optionSlug(key));
          expect(existsSync(join(dist, `${lang}/${at}options/${slug}/index.html`)), slug).toBe(true);
        }
        for (const { key } of data.reference.options)
          expect(existsSync(join(dist, `${lang}/${at}options/${data.slugs[key] ?? key}/index.html`)), key).toBe(true);
      }
    expect(Object.keys(JSON.parse(readFileSync(join(dist, 'en/check/reference.json'), 'utf8')).slugs as object)).toEqual([
      'metrics.reporter.<name>.class',
    ]);
  });

  it('loads its script on no other page', () => {
    const shared = new Set([...scripts('en/'), ...scripts('en/search/')]);
    const own = scripts('en/check/').filter((src) => !shared.has(src));
    expect(own).toHaveLength(1);
    const elsewhere = [...pages.values()].filter((page) => !/\/check\/$/.test(page.url) && page.html.includes(own[0]!));
    expect(elsewhere.map((page) => page.url)).toEqual([]);
  });

  it("loads with it only the form's code: lint's core by import(), the YAML parser only with the YAML readers", () => {
    const onLoad = (path: string) => loadedWith(pageScripts(dist, pages.get(`${base}${path}`)!.html, base));
    const shared = new Set([...onLoad('en/'), ...onLoad('en/search/')]);
    const [yaml, ...more] = yamlChunks(dist);
    expect(yaml).toBeDefined();
    expect(more).toEqual([]);
    for (const lang of ['en', 'zh'] as const)
      for (const [at] of VERSIONS) {
        const path = `${lang}/${at}check/`;
        const scripts = pageScripts(dist, pages.get(`${base}${path}`)!.html, base);
        // On load: what every page loads, and the page's own script, which imports nothing of its own.
        const loaded = loadedWith(scripts);
        const own = [...loaded].filter((file) => !shared.has(file));
        expect(own, path).toEqual(scripts.filter((file) => !shared.has(file)));
        expect(own, path).toHaveLength(1);
        // Neither the YAML parser nor lint's rules (their summaries, rules.ts) nor what they say (messages.ts).
        for (const file of loaded)
          expect(readFileSync(file, 'utf8'), file).not.toMatch(/yaml\.document|The file cannot be read as its format|已改名为/);
        // By import(): lint's core (rules, what they say, reference lookup), one chunk per reader, and the search (the
        // header's box).
        const lazy = lazyChunks(scripts);
        expect([...lazy.keys()].sort(), path).toEqual([
          'cli',
          'config-yaml',
          'flink-conf',
          'kubernetes',
          'lint-read',
          'lookup',
          'messages',
          'query',
          'sql',
        ]);
        // The Chinese comes with the English, with lint's core.
        expect(readFileSync(lazy.get('messages')!, 'utf8')).toContain('已改名为');
        expect(loadedWith([lazy.get('lint-read')!]).has(lazy.get('messages')!), path).toBe(true);
        for (const [name, chunk] of lazy) {
          expect(loaded.has(chunk), name).toBe(false);
          expect(loadedWith([chunk]).has(yaml!), name).toBe(name === 'config-yaml' || name === 'kubernetes');
        }
      }
  });
});
