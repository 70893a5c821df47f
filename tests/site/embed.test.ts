/**
 * The embeds as files: JSON API against its published schemas, the same keys
 * in every kind of file, oEmbed and its discovery links, embed pages that
 * any site may frame, copy-as buttons made by lib/export.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync } from 'node:zlib';
import { Ajv2020 } from 'ajv/dist/2020.js';
import type { Element } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { selectAll } from 'hast-util-select';
import { describe, expect, inject, it } from 'vitest';
import { exportOptions } from '../../src/lib/export/index.ts';
import { loadRegistry } from '../../src/lib/registry/load.ts';
import type { Option, Registry } from '../../src/lib/registry/schema.ts';
import { optionSlug } from '../../src/lib/urls/slugs.ts';
import { root } from '../helpers/astro.ts';
import { listFiles } from '../helpers/dist.ts';

const sites = inject('sites');
const readJson = (file: string): unknown => JSON.parse(readFileSync(file, 'utf8'));
const LOCALES = ['en', 'zh'] as const;

/** File or folder names under a dist folder, without the extension. */
const namesIn = (folder: string, suffix = ''): string[] =>
  readdirSync(folder)
    .map((name) => name.slice(0, name.length - suffix.length))
    .sort();

for (const [name, dist, prefix] of [
  ['bundled content', sites.default.dist, '/'],
  ['fixture content under /wiki/flink/', sites.fixture.dist, '/wiki/flink/'],
] as const) {
  describe(`JSON API and embeds (${name})`, () => {
    const registry = readJson(join(dist, 'api/registry.json')) as Registry;
    const version = registry.current;
    const current = registry.options.filter((option) => option.version === version);
    const slugs = current.map((option) => optionSlug(option.key)).sort();
    const groups = [...new Set(current.map((option) => option.group))].map(optionSlug).sort();

    it('every API file validates against the schema the site publishes', () => {
      const ajv = new Ajv2020({ allErrors: true, strict: false });
      const schema = (which: string) => ajv.compile(readJson(join(dist, `api/schema/${which}.schema.json`)) as object);
      const check = (validate: ReturnType<typeof schema>, file: string) =>
        expect(validate(readJson(file)) ? [] : validate.errors, file).toEqual([]);
      check(schema('registry'), join(dist, 'api/registry.json'));
      check(schema('slugs'), join(dist, 'api/slugs.json'));
      const option = schema('option');
      const group = schema('group');
      for (const lang of LOCALES) {
        for (const file of listFiles(join(dist, `api/${lang}/options`))) check(option, file);
        for (const file of listFiles(join(dist, `api/${lang}/groups`))) check(group, file);
      }
      // The published schemas are the committed ones.
      for (const which of ['registry', 'option', 'group', 'slugs'])
        expect(readFileSync(join(dist, `api/schema/${which}.schema.json`), 'utf8')).toBe(
          JSON.stringify(JSON.parse(readFileSync(join(root, `schema/${which}.schema.json`), 'utf8'))),
        );
    });

    it('the registry, the option pages, the embed pages, the search index, the API and oEmbed cover the same keys in both locales', () => {
      expect(current.length).toBeGreaterThan(0);
      for (const lang of LOCALES) {
        const core = readJson(join(dist, `${lang}/search-index/core.json`)) as { ids: string[] };
        expect(
          core.ids
            .filter((id) => id.startsWith('o:'))
            .map((id) => optionSlug(id.slice(2)))
            .sort(),
          lang,
        ).toEqual(slugs);
        expect(namesIn(join(dist, `${lang}/options`)), lang).toEqual(slugs);
        expect(namesIn(join(dist, `embed/${lang}/options`)), lang).toEqual(slugs);
        expect(namesIn(join(dist, `api/${lang}/options`), '.json'), lang).toEqual(slugs);
        expect(namesIn(join(dist, `oembed/${lang}/options`), '.json'), lang).toEqual(slugs);
        expect(namesIn(join(dist, `${lang}/groups`)), lang).toEqual(groups);
        expect(namesIn(join(dist, `embed/${lang}/groups`)), lang).toEqual(groups);
        expect(namesIn(join(dist, `api/${lang}/groups`), '.json'), lang).toEqual(groups);
        // Each option file holds the key its name stands for.
        for (const option of current)
          expect((readJson(join(dist, `api/${lang}/options/${optionSlug(option.key)}.json`)) as { key: string }).key).toBe(option.key);
      }
    });

    it('embed pages can be framed, carry their own styles and open links in the top window', () => {
      const pages = listFiles(join(dist, 'embed')).filter((file) => file.endsWith('.html'));
      // Every version has its embeds: each option, each group and the search box, in both locales.
      const versions = [...new Set(registry.options.map((option) => option.version))];
      const perVersion = versions.map((v) => {
        const options = registry.options.filter((option) => option.version === v);
        return options.length + new Set(options.map((option) => option.group)).size + 1;
      });
      expect(versions.length).toBe(name.startsWith('fixture') ? 3 : 1);
      expect(pages.length).toBe(2 * perVersion.reduce((a, b) => a + b, 0));
      for (const file of pages) {
        const tree = fromHtml(readFileSync(file, 'utf8'));
        expect(selectAll('base[target="_top"]', tree).length, file).toBe(1);
        expect(selectAll('link[rel~="stylesheet"], [class^="sl-"], starlight-theme-select, header', tree).length, file).toBe(0);
        expect(selectAll('style', tree).length, file).toBe(1);
        // The site's icon, so a browser opening the page directly asks for no /favicon.ico.
        expect(
          selectAll('link[rel="icon"]', tree).map((link) => [link.properties['href'], link.properties['type']]),
          file,
        ).toEqual([[`${prefix}favicon.svg`, 'image/svg+xml']]);
      }
      expect(existsSync(join(dist, 'favicon.svg'))).toBe(true);
      // The same icon as the site's own pages (Starlight's link).
      const sitePage = fromHtml(readFileSync(join(dist, 'en/index.html'), 'utf8'));
      expect(selectAll('link[rel~="icon"]', sitePage).map((link) => link.properties['href'])).toEqual([`${prefix}favicon.svg`]);
      for (const file of listFiles(dist).filter((path) => /\.(?:html|js|json)$/.test(path)))
        expect(readFileSync(file, 'utf8'), file).not.toMatch(/x-frame-options|frame-ancestors/i);
    });

    it('/embed.js stays within 5 KB brotli', () => {
      expect(brotliCompressSync(readFileSync(join(dist, 'embed.js'))).length).toBeLessThanOrEqual(5 * 1024);
    });

    it('an oEmbed file is a rich iframe of the embed page, found from the option page', () => {
      for (const lang of LOCALES) {
        for (const option of current) {
          const slug = optionSlug(option.key);
          const oembed = readJson(join(dist, `oembed/${lang}/options/${slug}.json`)) as Record<string, unknown>;
          expect(oembed).toMatchObject({ version: '1.0', type: 'rich', title: option.key, provider_name: 'confref', width: 560 });
          const [iframe, ...rest] = fromHtml(String(oembed['html']), { fragment: true }).children as Element[];
          expect(rest).toEqual([]);
          expect(iframe!.tagName).toBe('iframe');
          expect(iframe!.properties['height']).toBe(oembed['height']);
          const src = String(iframe!.properties['src']);
          const site = name === 'bundled content' ? '' : sites.fixture.site;
          expect(src).toBe(`${site}${prefix}embed/${lang}/options/${slug}/`);
          expect(existsSync(join(dist, `embed/${lang}/options/${slug}/index.html`))).toBe(true);
          const page = fromHtml(readFileSync(join(dist, `${lang}/options/${slug}/index.html`), 'utf8'));
          const links = selectAll('link[rel="alternate"][type="application/json+oembed"]', page);
          expect(links.map((link) => link.properties['href'])).toEqual([`${site}${prefix}oembed/${lang}/options/${slug}.json`]);
        }
      }
    });
  });
}

describe('JSON API and copy-as on the fixture site (the site address set)', () => {
  const { dist, site } = sites.fixture;
  const url = (path: string) => `${site}/wiki/flink${path}`;

  it('an option file: the option in the locale (or its marked fallback), with its page at the site address', () => {
    expect(readJson(join(dist, 'api/zh/options/state.backend.async.json'))).toEqual({
      key: 'state.backend.async',
      type: 'Boolean',
      default: { raw: 'true', value: true, kind: 'literal' },
      description: { html: '快照是否异步进行。', text: '快照是否异步进行。', lang: 'zh', truncated: false },
      group: 'state.backend',
      version: null,
      deprecated: false,
      replacedBy: [],
      deprecatedKeys: [],
      since: null,
      url: url('/zh/options/state.backend.async/'),
    });
    const fallback = readJson(join(dist, 'api/zh/options/taskmanager.memory.managed.size.json')) as { description: { lang: string } };
    expect(fallback.description.lang).toBe('en');
  });

  it('a group file and the slug map of keys that are not their own file name', () => {
    const group = readJson(join(dist, 'api/en/groups/embed.card.json')) as {
      group: string;
      lang: string;
      url: string;
      options: Array<{ key: string }>;
    };
    expect([group.group, group.lang, group.url]).toEqual(['embed.card', 'en', url('/en/groups/embed.card/')]);
    expect(group.options.map((option) => option.key)).toEqual(['embed.card.long', 'embed.card.payload']);
    expect(readJson(join(dist, 'api/slugs.json'))).toEqual({
      options: { 'metrics.reporter.<name>.class': 'metrics.reporter.-name-.class--7a4eae89' },
      groups: {},
      current: null,
      versions: { '1.0': '1.0', '2.0': '2.0' },
    });
    // Another version's files are under its folder, with their pages in that version.
    const older = readJson(join(dist, 'api/en/v/1.0/options/web.port.json')) as { key: string; version: string; url: string };
    expect([older.key, older.version, older.url]).toEqual(['web.port', '1.0', url('/en/v/1.0/options/web.port/')]);
    expect((readJson(join(dist, 'api/en/options/metrics.reporter.-name-.class--7a4eae89.json')) as { key: string }).key).toBe(
      'metrics.reporter.<name>.class',
    );
  });

  it('copy-as buttons hold exactly what `confref export` makes, on group and option pages', async () => {
    const { registry } = await loadRegistry(join(root, 'tests/fixtures/site'));
    const options = registry.options
      .filter((option) => option.version === null && option.group === 'embed.card')
      .sort((a, b) => (a.key < b.key ? -1 : 1));
    const urlOf = (lang: 'en' | 'zh') => (option: Option) => url(`/${lang}/options/${optionSlug(option.key)}/`);
    const buttons = (path: string) =>
      selectAll('.confref-copy-as button', fromHtml(readFileSync(join(dist, path), 'utf8'))).map((button) => [
        button.properties['dataCopyFormat'],
        button.properties['dataCopy'],
      ]);
    for (const lang of ['en', 'zh'] as const) {
      expect(buttons(`${lang}/groups/embed.card/index.html`)).toEqual(
        (['md', 'confluence', 'html'] as const).map((format) => [format, exportOptions(format, options, lang, urlOf(lang))]),
      );
      expect(buttons(`${lang}/options/embed.card.payload/index.html`)).toEqual(
        (['md', 'confluence', 'html'] as const).map((format) => [format, exportOptions(format, [options[1]!], lang, urlOf(lang))]),
      );
    }
    // What the payload's Markdown cell became: escaped markup, no script.
    const markdown = exportOptions('md', [options[1]!], 'en', urlOf('en'));
    expect(markdown).toContain('Shows `List<String>`, a \\| pipe, {braces} and \\[brackets] as written.');
    expect(markdown).not.toMatch(/script>|onmouseover|javascript:/);
  });
});
