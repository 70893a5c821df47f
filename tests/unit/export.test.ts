import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { fromHtml } from 'hast-util-from-html';
import { selectAll } from 'hast-util-select';
import { toText } from 'hast-util-to-text';
import { describe, expect, it } from 'vitest';
import { ApiOptionSchema } from '../../src/lib/export/api.ts';
import { escapeConfluence } from '../../src/lib/export/confluence.ts';
import { exportOptions } from '../../src/lib/export/index.ts';
import { selectForExport } from '../../src/lib/export/select.ts';
import { buildRegistry } from '../../src/lib/registry/index.ts';
import { loadRegistry } from '../../src/lib/registry/load.ts';
import type { Option } from '../../src/lib/registry/schema.ts';
import { confref } from '../helpers/cli.ts';

const root = fileURLToPath(new URL('../../', import.meta.url));
const { registry } = await loadRegistry(join(root, 'tests/fixtures/export'));
const seed = (await loadRegistry(join(root, 'content'))).registry;
const options = registry.options;
const url = (option: Option) => `https://wiki.example.com/confref/en/options/${option.key}/`;
const plain = (text: string) => text.replace(/\s+/g, ' ').trim();
/** What a reader sees of a description: the text of its sanitized HTML. */
const seen = (option: Option, lang: 'en' | 'zh' = 'en') =>
  plain(toText(fromHtml(option.descriptions[lang]?.html ?? option.descriptions.en!.html, { fragment: true })));

describe('export formats, on descriptions holding | { [ < code and links', () => {
  it('has the tricky fixture', () => {
    expect(options.map((o) => o.key)).toEqual([
      'tricky.export.brace',
      'tricky.export.bracket',
      'tricky.export.dash-and-caret',
      'tricky.export.html',
      'tricky.export.pipe',
    ]);
  });

  it('the Markdown table parses back (remark-gfm, through the registry) to the same cells', () => {
    for (const [source, lang] of [
      [options, 'en'],
      [seed.options, 'zh'],
    ] as const) {
      const markdown = exportOptions('md', source, lang, url);
      const back = buildRegistry([{ path: 'exported.md', contents: `# Exported\n\n${markdown}` }]).registry.options;
      expect(back.map((o) => [o.key, o.default?.raw ?? null, o.type])).toEqual(source.map((o) => [o.key, o.default?.raw ?? null, o.type]));
      expect(back.map((o) => plain(o.descriptions[lang]?.text ?? o.descriptions.en!.text))).toEqual(source.map((o) => seen(o, lang)));
    }
    expect(exportOptions('md', [options.find((o) => o.key === 'tricky.export.pipe')!], 'en', url)).toBe(
      '| Key | Default | Type | Description |\n| - | - | - | - |\n| [`tricky.export.pipe`](https://wiki.example.com/confref/en/options/tricky.export.pipe/) | `"a\\|b"` | String | Splits on `\\|` or on a literal \\| pipe. |\n',
    );
  });

  it('the HTML fragment parses to the same text, with nothing but sanitized markup', () => {
    const html = exportOptions('html', options, 'en', url);
    const tree = fromHtml(html, { fragment: true });
    const rows = selectAll('tbody tr', tree).map((row) => selectAll('td', row).map((cell) => plain(toText(cell))));
    expect(rows).toEqual(options.map((o) => [o.key, o.default?.raw ?? 'none', o.type, seen(o)]));
    expect(selectAll('th', tree).map((th) => toText(th))).toEqual(['Key', 'Default', 'Type', 'Description']);
    expect(selectAll('script, [onclick], [onerror]', tree)).toEqual([]);
    expect(html).toContain('<code>List&#x3C;String></code> and metrics.reporter.&#x3C;name>.class');
    expect(selectAll('a', tree).map((a) => a.properties['href'])).toContain('https://example.org/guide?a=1&b=2');
  });

  it('Confluence markup escapes what the wiki reads as syntax, and keeps code, links and line breaks', () => {
    expect(exportOptions('confluence', options, 'en', url).split('\n')).toEqual([
      '||Key||Default||Type||Description||',
      '|[{{tricky.export.brace}}|https://wiki.example.com/confref/en/options/tricky.export.brace/]|{{\\{\\}}}|String|A JSON object such as {{\\{"a": 1\\}}} or \\{placeholder\\} braces; Confluence reads \\{code\\} as a macro.|',
      '|[{{tricky.export.bracket}}|https://wiki.example.com/confref/en/options/tricky.export.bracket/]|none|String|See [the guide|https://example.org/guide?a=1&b=2] and \\[not a link\\] with _stars_ and _underscores_.|',
      '|[{{tricky.export.dash\\-and\\-caret}}|https://wiki.example.com/confref/en/options/tricky.export.dash-and-caret/]|{{\\-1}}|Integer|\\-1 means off; 2\\^10 \\~ 1024; \\!important\\! and \\# hash.|',
      '|[{{tricky.export.html}}|https://wiki.example.com/confref/en/options/tricky.export.html/]|{{10 s}}|Duration|Shows *bold*, a line \\\\ break, {{List<String>}} and metrics.reporter.<name>.class as text; never runs.|',
      '|[{{tricky.export.pipe}}|https://wiki.example.com/confref/en/options/tricky.export.pipe/]|{{"a\\|b"}}|String|Splits on {{\\|}} or on a literal \\| pipe.|',
      '',
    ]);
    expect(escapeConfluence('a|b{c}[d]*e*_f_')).toBe('a\\|b\\{c\\}\\[d\\]\\*e\\*\\_f\\_');
  });

  it('JSON follows the published API schema, defaults typed, descriptions in the locale or marked as a fallback', () => {
    const json = JSON.parse(exportOptions('json', seed.options, 'zh', url)) as unknown[];
    for (const item of json) ApiOptionSchema.parse(item);
    const threshold = json.find((item) => (item as { key: string }).key === 'state.backend.fs.memory-threshold') as {
      default: { value: number };
      description: { lang: string };
    };
    expect([threshold.default.value, threshold.description.lang]).toEqual([20480, 'zh']);
  });

  it('confref export prints a key or a group; an unknown one exits 2 naming the nearest keys', () => {
    const run = (...args: string[]) => confref('export', ...args);
    const one = run('state.checkpoints.dir', '--format', 'json', '--site', 'https://wiki.example.com/confref/');
    expect(one.status).toBe(0);
    expect(JSON.parse(one.stdout).map((o: { key: string; url: string }) => [o.key, o.url])).toEqual([
      ['state.checkpoints.dir', 'https://wiki.example.com/confref/en/options/state.checkpoints.dir/'],
    ]);
    const group = run('state.checkpoints', '--format', 'md', '--locale', 'zh');
    expect(group.stdout.split('\n').slice(0, 2)).toEqual(['| 键 | 默认值 | 类型 | 描述 |', '| - | - | - | - |']);
    expect(group.stdout.match(/\[`state\.checkpoints\.[^`]+`\]/g)).toEqual([
      '[`state.checkpoints.dir`]',
      '[`state.checkpoints.num-retained`]',
    ]);
    // Search ranks options above note sections, so the three nearest are all options.
    const unknown = run('checkpont');
    expect([unknown.status, unknown.stderr.split('\n')[0]]).toEqual([
      2,
      'confref export: no option or group "checkpont"; did you mean state.checkpoints.dir, state.checkpoints.num-retained, state.backend.incremental?',
    ]);
    expect(run('state.checkpoints.dir', '--format', 'pdf').status).toBe(2);
  });
});

describe('selectForExport: the did-you-mean of an unknown key', () => {
  const rocksdb = buildRegistry([
    {
      path: 'rocksdb.md',
      contents: [
        '| Key | Default | Type | Description |',
        '| --- | --- | --- | --- |',
        '| state.backend.rocksdb.writebuffer.size | 64 mb | MemorySize | The size of one write buffer. |',
        '| state.backend.rocksdb.write-batch-size | 2 mb | MemorySize | The size of a write batch. |',
        '| state.backend.rocksdb.memory.write-buffer-ratio | 0.5 | Double | The write buffers share of memory. |',
        '| execution.checkpointing.write-buffer-size | 4 kb | MemorySize | The write buffer of checkpoint streams. |',
      ].join('\n'),
    },
  ]).registry;

  it('names keys close in spelling (as similar-key measures) before what the search finds', () => {
    expect(selectForExport(rocksdb, 'state.backend.rocksdb.write_buffer_size', 'en').near[0]).toBe(
      'state.backend.rocksdb.writebuffer.size',
    );
    expect(selectForExport(rocksdb, 'state.backend.rocksdb.writebuffer.sise', 'en').near[0]).toBe('state.backend.rocksdb.writebuffer.size');
    expect(selectForExport(rocksdb, 'state.backend.rocksdb.writebuffer.size', 'en')).toEqual({
      options: rocksdb.options.filter((o) => o.key === 'state.backend.rocksdb.writebuffer.size'),
      near: [],
    });
  });
});
