import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Element } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { selectAll } from 'hast-util-select';
import { toString } from 'hast-util-to-string';
import { describe, expect, inject, it } from 'vitest';
import { brokenReferences, listFiles, readPages, referencesOf } from '../helpers/dist.ts';

const sites = inject('sites');
const hasClass = (node: Element, name: string) => {
  const classes = node.properties['className'];
  return Array.isArray(classes) && classes.includes(name);
};

describe('built site (bundled content)', () => {
  const { dist } = sites.default;
  const pages = readPages(dist);

  it('has every page type in both locales', () => {
    for (const lang of ['en', 'zh']) {
      for (const path of ['', 'notes/checkpointing/', 'options/state.backend.fs.memory-threshold/', 'groups/state.backend/', 'glossary/']) {
        expect(pages.has(`/${lang}/${path}`), `/${lang}/${path}`).toBe(true);
      }
    }
    expect([...pages.keys()].filter((url) => /^\/(?:en|zh)\/options\//.test(url)).length).toBe(20);
  });

  it('every internal link, anchor and language-switch link resolves', () => {
    expect(brokenReferences(dist, '/', pages)).toEqual([]);
  });

  it('loads nothing from outside the site (no CDN, web font or external script)', () => {
    const external: string[] = [];
    for (const page of pages.values()) {
      for (const ref of referencesOf(page)) {
        // Links the notes' authors wrote (<a href>) are fine; anything loaded is not.
        if (ref.tag === 'a' || !/^(?:https?:)?\/\//i.test(ref.url)) continue;
        if (
          ref.tag === 'link' &&
          /\b(?:canonical|alternate|sitemap)\b/.test(
            String(page.html.match(new RegExp(`<link[^>]*${ref.url.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}[^>]*>`))?.[0]),
          )
        )
          continue;
        external.push(`${page.url}: <${ref.tag} ${ref.attribute}="${ref.url}">`);
      }
    }
    for (const file of listFiles(dist).filter((path) => /\.(?:css|js|mjs)$/.test(path))) {
      const text = readFileSync(file, 'utf8');
      for (const match of text.matchAll(/@import\s+(?:url\()?["']?((?:https?:)?\/\/[^"')\s]+)|url\(\s*["']?((?:https?:)?\/\/[^"')\s]+)/g))
        external.push(`${file}: ${match[1] ?? match[2]}`);
    }
    expect(external).toEqual([]);
  });

  it('an option page shows key, type, default with its typed value, description, section, source and translation status', () => {
    const html = pages.get('/en/options/state.backend.fs.memory-threshold/')!.html;
    // The key once, as the title, wrapping only after a separator; a button copies it.
    expect(html).toContain('<h1 id="_top" class="confref-page-title">state.<wbr>backend.<wbr>fs.<wbr>memory-<wbr>threshold</h1>');
    expect(html).toContain(
      '<div class="confref-option-head" id="key" data-key="state.backend.fs.memory-threshold"><button type="button" class="confref-copy" data-copy="state.backend.fs.memory-threshold"',
    );
    expect(html).toMatch(/<dd><code>MemorySize<\/code><\/dd>/);
    expect(html).toMatch(/<code class="confref-value">20 kb<\/code><span class="confref-typed"> = 20,480 bytes<\/span>/);
    expect(html).toContain('The minimum size of state data files.');
    expect(html).toContain('<code>checkpointing.md:31:3</code>');
    expect(html).toContain('href="/en/notes/checkpointing/#related-config-options"');
    const zh = pages.get('/zh/options/state.backend.fs.memory-threshold/')!.html;
    expect(zh).toContain('状态数据文件的最小大小。');
    expect(zh).toMatch(/<code class="confref-value">20 kb<\/code><span class="confref-typed"> = 20,480 字节<\/span>/);
    expect(zh).toContain('confref-badge--translated');
  });

  it('links option keys mentioned in descriptions to their pages, in the same locale', () => {
    const zh = pages.get('/zh/options/state.backend.fs.write-buffer-size/')!.html;
    expect(zh).toContain(
      `'<a href="/zh/options/state.backend.fs.memory-threshold/" class="confref-key-link">state.backend.fs.memory-threshold</a>'`,
    );
  });

  it('a note page renders its prose and tables as written, with heading ids and the TOC it asks for', () => {
    const zh = pages.get('/zh/notes/checkpointing/')!;
    for (const id of ['checkpint-介绍', '局部快照设置', 'related-config-options', '使用实例']) expect(zh.ids.has(id), id).toBe(true);
    expect(zh.html).toContain('<a href="#related-config-options">Related Config Options</a>');
    expect(zh.html).toContain('<a href="https://ci.apache.org/projects/flink/flink-docs-release-1.11/ops/config.html">configuration</a>');
    expect(zh.html).toContain('<a href="/zh/options/state.backend/"><code class="confref-key-code">state.<wbr>backend</code></a>');
    const en = pages.get('/en/notes/checkpointing/')!;
    expect(en.html).toContain('Checkpoint introduction');
    expect(en.html).not.toContain('confref-notice');
  });

  it("a note's empty sections are marked after their heading and an empty code block is a line saying so, headings in outline order", () => {
    // The seed note's headings are all `###`, five of its sections are empty and one holds an empty fence
    // (tests/unit/seed.test.ts: the empty-section and empty-code-block warnings at the same places).
    const outline = (path: string) =>
      selectAll('.confref-note :is(h1, h2, h3, h4, h5, h6, .confref-empty, pre, .expressive-code)', fromHtml(pages.get(path)!.html)).map(
        (node) =>
          node.tagName.startsWith('h') ? `${node.tagName} ${toString(node)}` : hasClass(node, 'confref-empty') ? toString(node) : 'code',
      );
    expect(outline('/zh/notes/checkpointing/')).toEqual([
      'h2 checkpint 介绍',
      '（空）',
      'h2 局部快照设置',
      '（空）',
      'h2 全局state参数说明',
      '（空）',
      '（空代码块）',
      'h2 Related Config Options',
      'h2 使用实例',
      '（空）',
      'h2 参考来源：',
      '（空）',
    ]);
    expect(outline('/en/notes/checkpointing/')).toEqual([
      'h2 Checkpoint introduction',
      '(empty)',
      'h2 Local snapshot settings',
      '(empty)',
      'h2 Global state parameters',
      '(empty)',
      '(empty code block)',
      'h2 Related Config Options',
      'h2 Usage examples',
      '(empty)',
      'h2 References',
      '(empty)',
    ]);
    // "On this page" lists them at the top level, as the page's h2s.
    const onThisPage = selectAll('starlight-toc li', fromHtml(pages.get('/en/notes/checkpointing/')!.html)).map(
      (li) => `${String(li.properties['style'])} ${toString(li)}`,
    );
    expect(onThisPage).toEqual(
      [
        'Overview',
        'Checkpoint introduction',
        'Local snapshot settings',
        'Global state parameters',
        'Related Config Options',
        'Usage examples',
        'References',
      ].map((text) => `--depth: 0; ${text}`),
    );
  });

  it('the home page lists groups with counts, the notes, the glossary and translation status', () => {
    const html = pages.get('/zh/')!.html;
    expect(html).toMatch(/<code>state\.<wbr>backend<\/code><\/a> <span class="confref-muted">6 个配置项<\/span>/);
    expect(html).toContain('href="/zh/notes/checkpointing/"');
    expect(html).toContain('href="/zh/glossary/"');
    expect(html).toContain('翻译状态');
    // Every header cell of the status table says what its column holds.
    const headers = selectAll('#translation-status + .confref-table-wrap thead th', fromHtml(html)).map((th) => toString(th));
    expect(headers).toEqual(['内容', '原文', '已翻译', '译文过期', '缺失']);
  });

  it('/ sends a visitor to their language without JS', () => {
    expect(pages.get('/')!.html).toMatch(/<meta http-equiv="refresh" content="0; url=\/en\/">/);
  });
});

describe('the sidebar', () => {
  const pages = readPages(sites.default.dist);
  const sidebarOf = (url: string) => /<sl-sidebar-state-persist[\s\S]*?<\/sl-sidebar-state-persist>/.exec(pages.get(url)!.html)?.[0] ?? '';

  it('marks a group page in it, and no option page (option pages share one sidebar per locale, rendered once)', () => {
    const group = sidebarOf('/en/groups/state.backend/');
    expect(group.match(/aria-current="page"[^>]*><span[^>]*>([^<]+)</)?.[1]).toBe('state.backend (6)');
    const options = [...pages.keys()].filter((url) => url.startsWith('/en/options/'));
    expect(options.length).toBe(10);
    const first = sidebarOf(options[0]!);
    expect(first).toContain('state.backend (6)');
    expect(first).not.toContain('aria-current');
    for (const url of options) expect(sidebarOf(url), url).toBe(first);
    // Each page numbers its sidebar's groups from 0 (Starlight restores which are open by these numbers):
    // notes, option groups, and the prefix `state` that holds three of them.
    expect([...first.matchAll(/<sl-sidebar-restore data-index="(\d+)"/g)].map((m) => Number(m[1]))).toEqual([0, 1, 2]);
    expect(sidebarOf('/zh/options/state.backend.async/')).toContain('state.backend (6)');
    expect(sidebarOf('/zh/options/state.backend.async/')).not.toBe(first);
  });
});

describe('built site (fixture content, under the base /wiki/flink/)', () => {
  const { dist, base } = sites.fixture;
  const pages = readPages(dist, base);

  it('every internal link and anchor resolves under the base', () => {
    expect(pages.has('/wiki/flink/en/options/web.timeout/')).toBe(true);
    expect(brokenReferences(dist, base, pages)).toEqual([]);
  });

  it('a key unsafe in a path gets a safe slug, and is shown verbatim', () => {
    const urls = [...pages.keys()].filter((url) => url.startsWith('/wiki/flink/en/options/metrics'));
    expect(urls).toEqual(['/wiki/flink/en/options/metrics.reporter.-name-.class--7a4eae89/']);
    expect(pages.get(urls[0]!)!.html).toContain(
      '<h1 id="_top" class="confref-page-title">metrics.<wbr>reporter.<wbr>&lt;name&gt;.<wbr>class</h1>',
    );
  });

  it('falls back per option: the English text with lang="en" and an untranslated marker', () => {
    const html = pages.get('/wiki/flink/zh/options/taskmanager.memory.managed.size/')!.html;
    expect(html).toMatch(
      /<div lang="en" class="confref-description confref-fallback"><span class="confref-badge confref-badge--missing" lang="zh-CN">未翻译<\/span><p>Managed memory size\./,
    );
    const translated = pages.get('/wiki/flink/zh/options/state.backend.async/')!.html;
    expect(translated).toContain('<div class="confref-description"><p>快照是否异步进行。</p></div>');
  });

  it('marks a translation made from an older source as outdated', () => {
    const html = pages.get('/wiki/flink/zh/options/web.timeout/')!.html;
    expect(html).toMatch(/<span class="confref-badge confref-badge--outdated" lang="zh-CN">译文过期<\/span><p>异步 Web 请求的超时时间/);
  });

  it('links keys in prose, in code spans and plain text', () => {
    const html = pages.get('/wiki/flink/en/notes/ops/')!.html;
    expect(html).toContain(
      '<a href="/wiki/flink/en/options/metrics.reporter.-name-.class--7a4eae89/" class="confref-key-link"><code>metrics.reporter.&#x3C;name>.class</code></a>',
    );
    expect(html).toContain(
      'see <a href="/wiki/flink/en/options/state.backend.async/" class="confref-key-link">state.backend.async</a> below',
    );
  });
});

describe('snippets on the site', () => {
  const pages = readPages(sites.default.dist);
  const fixture = readPages(sites.fixture.dist, sites.fixture.base);

  it('an option page has a tab per format, highlighted at build time, with a copy button', () => {
    const html = pages.get('/en/options/state.backend.async/')!.html;
    const labels = [...html.matchAll(/<a role="tab"[^>]*>(?:<[^>]+>)*([^<]+)</g)].map((m) => m[1]!.trim());
    expect(labels).toEqual(['config.yaml', 'flink-conf.yaml', 'SQL', 'Java', 'PyFlink', 'CLI', 'Kubernetes']);
    expect(html).toContain('<starlight-tabs data-sync-key="confref-snippet-format"');
    // Shiki's highlighting is in the HTML: no highlighter runs in the browser.
    expect(html).toMatch(/<span style="--0:#[0-9A-Fa-f]{6}[^"]*">SET<\/span>/);
    expect(html).toContain('data-code="SET &#x27;state.backend.async&#x27; = &#x27;true&#x27;;"');
    expect(html).toContain('Each snippet sets the default value');
    // Each panel holds its own block (FillPanels.astro), in the order of the tabs, and no placeholder is left.
    const panels = [
      ...html.matchAll(
        /<div id="tab-panel-0-(\d)" aria-labelledby="tab-0-\1" role="tabpanel"( hidden)?><div class="expressive-code">.*?<pre data-language="(\w+)"/g,
      ),
    ];
    expect(panels.map((m) => [m[1], m[2] ?? '', m[3]])).toEqual([
      ['0', '', 'yaml'],
      ['1', ' hidden', 'yaml'],
      ['2', ' hidden', 'sql'],
      ['3', ' hidden', 'java'],
      ['4', ' hidden', 'python'],
      ['5', ' hidden', 'shell'],
      ['6', ' hidden', 'yaml'],
    ]);
    for (const page of pages.values()) expect(page.html).not.toContain('data-confref-panel');
  });

  it('a group page sets all its options together', () => {
    const html = pages.get('/en/groups/state.backend/')!.html;
    for (const key of ['state.backend', 'state.backend.async', 'state.backend.local-recovery'])
      expect(html).toContain(`SET &#x27;${key}&#x27;`);
  });

  it("shows the notes' own code blocks that set an option, linked back to the note", () => {
    const html = fixture.get('/wiki/flink/en/options/web.timeout/')!.html;
    expect(html).toContain('<h2 id="from-the-notes">From the notes</h2>');
    expect(html).toContain('<a href="/wiki/flink/en/notes/ops/#example">Operations notes</a>');
    expect(html).toMatch(/data-code="web.timeout: 5 min/);
  });
});

describe('versions on the site (fixture: unversioned notes plus versions 1.0 and 2.0)', () => {
  const pages = readPages(sites.fixture.dist, sites.fixture.base);
  const page = (path: string) => pages.get(`/wiki/flink${path}`)!.html;

  it('an option page lists the option in every version, and its history from the data (no "since" the data does not state)', () => {
    const html = page('/en/v/1.0/options/web.timeout/');
    expect(html).toContain('<strong aria-current="page">1.0</strong>');
    expect(html).toContain('<a href="/wiki/flink/en/v/2.0/options/web.client.timeout/">2.0</a>');
    expect(html).toContain(
      '<p class="confref-history">In the imported version 1.0; renamed by 2.0 → <a href="/wiki/flink/en/v/2.0/options/web.client.timeout/"><code>web.<wbr>client.<wbr>timeout</code></a> (listed as its deprecated key, <cite>2.0/web.md:5</cite>)',
    );
    expect(page('/en/v/2.0/options/web.client.timeout/')).toContain(
      'In the imported version 2.0; added by 2.0 (not in 1.0); formerly <a href="/wiki/flink/en/v/1.0/options/web.timeout/"><code>web.<wbr>timeout</code></a> (renamed by 2.0: listed as its deprecated key, <cite>2.0/web.md:5</cite>)',
    );
    expect(page('/en/v/1.0/options/web.legacy/')).toContain('<p class="confref-history">In the imported version 1.0; removed by 2.0</p>');
    expect(page('/zh/v/1.0/options/web.legacy/')).toContain('<p class="confref-history">见于已导入的版本 1.0; 移除不晚于 2.0</p>');
    expect(page('/en/v/2.0/options/web.port/')).toContain('<p class="confref-history">In every imported version (1.0 – 2.0)</p>');
    for (const path of ['/en/v/1.0/options/web.timeout/', '/en/v/2.0/options/web.port/']) expect(page(path)).not.toMatch(/Since 1\.0/);
  });

  it("a version's pages search that version: their own index, linking to the version's option pages", () => {
    expect(page('/en/v/1.0/options/web.timeout/')).toContain('data-index="/wiki/flink/en/v/1.0/search-index/"');
    expect(page('/zh/options/state.backend.async/')).toContain('data-index="/wiki/flink/zh/search-index/"');
    const folder = join(sites.fixture.dist, 'en/v/1.0/search-index');
    const core = JSON.parse(readFileSync(join(folder, 'core.json'), 'utf8')) as { ids: string[] };
    expect(core.ids.filter((id) => id.startsWith('o:')).sort()).toEqual([
      'o:classloader.parent-first-patterns.default',
      'o:web.legacy',
      'o:web.port',
      'o:web.timeout',
    ]);
    const rows = JSON.parse(readFileSync(join(folder, 'd-0.json'), 'utf8')) as Array<{ key: string; url: string }>;
    expect(rows.find((row) => row.key === 'web.timeout')?.url).toBe('/en/v/1.0/options/web.timeout/');
  });

  it("each search page filters by its version's index facets, offers every version, and has no header box", () => {
    const values = (html: string, id: string) =>
      [
        ...html
          .slice(html.indexOf(`id="${id}"`))
          .split('</select>')[0]!
          .matchAll(/<option value="([^"]*)"/g),
      ].map((m) => m[1]!);
    const unescape = (text: string) => text.replaceAll('&lt;', '<').replaceAll('&gt;', '>').replaceAll('&amp;', '&');
    for (const lang of ['en', 'zh']) {
      for (const at of ['', '/v/1.0', '/v/2.0']) {
        const html = page(`/${lang}${at}/search/`);
        const core = JSON.parse(readFileSync(join(sites.fixture.dist, `${lang}${at}/search-index/core.json`), 'utf8')) as {
          groups: string[];
          types: string[];
        };
        const facets = (list: string[]) => ['', ...list.filter(Boolean).sort()];
        expect(values(html, 'confref-filter-group').map(unescape), `${lang}${at}`).toEqual(facets(core.groups));
        expect(values(html, 'confref-filter-type').map(unescape), `${lang}${at}`).toEqual(facets(core.types));
        expect(values(html, 'confref-filter-version'), `${lang}${at}`).toEqual([
          `/wiki/flink/${lang}/search/`,
          `/wiki/flink/${lang}/v/2.0/search/`,
          `/wiki/flink/${lang}/v/1.0/search/`,
        ]);
        expect(html, `${lang}${at}`).not.toContain('<confref-search ');
        expect(html, `${lang}${at}`).toContain(`data-index="/wiki/flink/${lang}${at}/search-index/"`);
      }
    }
  });

  it('every version is a whole site: overview, groups, notes, options, search, embeds, API and oEmbed, in both locales', () => {
    const files = new Set(listFiles(sites.fixture.dist).map((file) => file.slice(sites.fixture.dist.length)));
    for (const lang of ['en', 'zh']) {
      for (const [at, option, group, note] of [
        ['', 'web.timeout', 'web.timeout', 'ops'],
        ['/v/1.0', 'web.timeout', 'web.timeout', 'web'],
        ['/v/2.0', 'web.client.timeout', 'web.client', 'web'],
      ] as const) {
        for (const file of [
          `/${lang}${at}/index.html`,
          `/${lang}${at}/search/index.html`,
          `/${lang}${at}/search-index/core.json`,
          `/${lang}${at}/options/${option}/index.html`,
          `/${lang}${at}/groups/${group}/index.html`,
          `/${lang}${at}/notes/${note}/index.html`,
          `/embed/${lang}${at}/options/${option}/index.html`,
          `/embed/${lang}${at}/groups/${group}/index.html`,
          `/embed/${lang}${at}/search/index.html`,
          `/api/${lang}${at}/options/${option}.json`,
          `/api/${lang}${at}/groups/${group}.json`,
          `/oembed/${lang}${at}/options/${option}.json`,
        ])
          expect(files.has(file), file).toBe(true);
      }
    }
    // A version's overview and sidebar stay in the version; its title names it.
    const overview = page('/en/v/2.0/');
    expect(overview).toContain('<title>Options of version 2.0 | confref</title>');
    expect(overview).toContain('href="/wiki/flink/en/v/2.0/groups/web.client/"');
    expect(overview).toContain('href="/wiki/flink/en/v/2.0/notes/web/"');
    expect(overview).not.toContain('href="/wiki/flink/en/groups/web.timeout/"');
    // An embed of another version links to that version's page, and its oEmbed frames that version's card.
    expect(page('/embed/en/v/1.0/options/web.port/')).toContain('href="/wiki/flink/en/v/1.0/options/web.port/"');
    const oembed = JSON.parse(readFileSync(join(sites.fixture.dist, 'oembed/en/v/1.0/options/web.port.json'), 'utf8')) as { html: string };
    expect(oembed.html).toContain('src="https://wiki.example.com/wiki/flink/embed/en/v/1.0/options/web.port/"');
  });

  it('the version picker keeps the reader on the same option, group or note where the other version has it, else its overview', () => {
    const choices = (path: string) =>
      [...page(path).matchAll(/<confref-version-select>.*?<\/confref-version-select>/gs)][0]![0]
        .match(/<option value="[^"]*"[^>]*>[^<]*<\/option>/g)!
        .map((option) => `${option.match(/>([^<]*)</)![1]} ${option.match(/value="([^"]*)"/)![1]}${/ selected/.test(option) ? ' *' : ''}`);
    expect(choices('/en/v/1.0/options/web.port/')).toEqual([
      'Team notes /wiki/flink/en/',
      '2.0 /wiki/flink/en/v/2.0/options/web.port/',
      '1.0 /wiki/flink/en/v/1.0/options/web.port/ *',
    ]);
    expect(choices('/zh/options/web.timeout/')).toEqual([
      '团队笔记 /wiki/flink/zh/options/web.timeout/ *',
      '2.0 /wiki/flink/zh/v/2.0/',
      '1.0 /wiki/flink/zh/v/1.0/options/web.timeout/',
    ]);
    expect(choices('/en/v/2.0/notes/web/')).toEqual([
      'Team notes /wiki/flink/en/',
      '2.0 /wiki/flink/en/v/2.0/notes/web/ *',
      '1.0 /wiki/flink/en/v/1.0/notes/web/',
    ]);
    expect(choices('/en/v/2.0/search/')).toEqual([
      'Team notes /wiki/flink/en/search/',
      '2.0 /wiki/flink/en/v/2.0/search/ *',
      '1.0 /wiki/flink/en/v/1.0/search/',
    ]);
    // The search box says which version it searches.
    expect(page('/en/v/2.0/groups/web.client/')).toContain('placeholder="Search 2.0 options (/)"');
    expect(page('/zh/')).toContain('placeholder="搜索配置项 (/)"');
    expect(page('/zh/v/1.0/')).toContain('placeholder="搜索 1.0 的配置项 (/)"');
  });

  it('the diff page groups changes by option group: added and removed with descriptions, renames with evidence, old → new', () => {
    const html = page('/en/diff/1.0..2.0/');
    expect(html).toContain('2 keys in common; Added 4, Removed 2 before renames; Added 3, Removed 1, Renamed 1, Changed 2.');
    // Both versions are whole (neither has an upstream reference): no partial line.
    expect(html).not.toContain('confref-diff-partial');
    expect([...html.matchAll(/<h2 id="(group-[^"]+)">/g)].map((m) => m[1])).toEqual([
      'group-classloader.parent-first-patterns',
      'group-env.java',
      'group-kubernetes.jobmanager',
      'group-web.client',
      'group-web.legacy',
      'group-web.new',
      'group-web.port',
    ]);
    expect(html).toContain(
      '<h3>Added (1)</h3><ul class="confref-diff-list"><li><a href="/wiki/flink/en/v/2.0/options/web.new/"><code>web.<wbr>new</code></a> <span class="confref-muted">Type <code>Boolean</code>, Default</span> <code class="confref-value">true</code><p class="confref-diff-description">Added in 2.0.</p></li></ul>',
    );
    expect(html).toContain('<a href="/wiki/flink/en/v/1.0/options/web.legacy/"><code>web.<wbr>legacy</code></a>');
    expect(html).toContain('<p class="confref-diff-description">Removed later.</p>');
    expect(html).toContain(
      '<a href="/wiki/flink/en/v/1.0/options/web.timeout/"><code>web.<wbr>timeout</code></a> → <a href="/wiki/flink/en/v/2.0/options/web.client.timeout/"><code>web.<wbr>client.<wbr>timeout</code></a> <span class="confref-muted">(evidence: listed as its deprecated key; source: <cite>2.0/web.md:5</cite>)</span>',
    );
    expect(html).toContain(
      '<dt>default</dt><dd class="confref-diff-values"><code class="confref-value">8081</code> → <code class="confref-value">9091</code></dd>',
    );
    expect(html).toContain(
      '<dt>description</dt><dd class="confref-word-diff">Port of the web frontend<ins>, for the REST API too</ins>.</dd>',
    );
  });
});
