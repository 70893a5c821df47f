import { describe, expect, it, vi } from 'vitest';
import { toDiagnostics } from '../../src/lib/registry/index.ts';
import { build, diagnosticsOf, optionOf, table } from '../helpers/notes.ts';

describe('notes messier than the seed still yield their options', () => {
  it('Chinese headers in another order', () => {
    const result = build({
      'zh/state.md': table(
        ['| 状态后端。 | state.backend | (none) | String |', '| 是否异步。 | state.backend.async | true | Boolean |'],
        '| 描述 | 配置项 | 默认值 | 数据类型 |',
      ),
    });
    expect(result.registry.options.map((o) => [o.key, o.type, o.default?.value ?? null, o.descriptions.zh?.text])).toEqual([
      ['state.backend', 'String', null, '状态后端。'],
      ['state.backend.async', 'Boolean', true, '是否异步。'],
    ]);
    expect(result.registry.notes[0]!.locale).toBe('zh');
    expect(diagnosticsOf(result)).toEqual([]);
  });

  it('no Type column: the type is inferred where the default shows it, else Unknown without an error', () => {
    const result = build({
      'a.md': table(
        [
          '| a.flag | true | on/off |',
          '| a.size | 64mb | a size |',
          '| a.wait | 10min | a wait |',
          '| a.count | 3 | a count |',
          '| a.mode | fast | a mode |',
          '| a.path | (none) | a path |',
        ],
        '| Key | Default | Description |',
      ),
    });
    expect(result.registry.options.map((o) => [o.key, o.type, o.typeSource, o.default?.value ?? null])).toEqual([
      ['a.count', 'Integer', 'inferred', 3],
      ['a.flag', 'Boolean', 'inferred', true],
      ['a.mode', 'Unknown', 'unknown', 'fast'],
      ['a.path', 'Unknown', 'unknown', null],
      ['a.size', 'MemorySize', 'inferred', 67108864],
      ['a.wait', 'Duration', 'inferred', 600000],
    ]);
    expect(diagnosticsOf(result)).toEqual([]);
  });

  it('a two-column key/description table is an option table', () => {
    const result = build({ 'a.md': table(['| pipeline.name | The job name. |'], '| Key | Description |') });
    const option = optionOf(result, 'pipeline.name');
    expect([option.type, option.default, option.descriptions.en?.text]).toEqual(['Unknown', null, 'The job name.']);
  });

  it('a Name/Description table of things that are not keys stays prose', () => {
    const result = build({ 'a.md': table(['| Alice | Writes the notes. |', '| Bob | Reviews them. |'], '| Name | Description |') });
    expect(result.registry.options).toEqual([]);
    expect(result.registry.notes[0]!.blocks.map((b) => b.kind)).toEqual(['prose']);
  });

  it('formatting around keys is not part of the key', () => {
    const result = build({
      'a.md': table([
        '| **b.bold** | 1 | Integer | x |',
        '| `b.code` | 1 | Integer | x |',
        '| <span class="k">b.span</span> | 1 | Integer | x |',
        '| [b.link](#b.link) | 1 | Integer | x |',
        '| <a id="b.anchor"></a>b.anchor | 1 | Integer | x |',
        '| <h5>b.flink</h5><br> <span class="label label-primary">Batch</span> <span class="label label-primary">Streaming</span> | 1 | Integer | x |',
      ]),
    });
    expect(result.registry.options.map((o) => [o.key, o.labels])).toEqual([
      ['b.anchor', []],
      ['b.bold', []],
      ['b.code', []],
      ['b.flink', ['Batch', 'Streaming']],
      ['b.link', []],
      ['b.span', []],
    ]);
    expect(diagnosticsOf(result)).toEqual([]);
  });

  it('placeholders and generics survive: metrics.reporter.<name>.class, List<String>', () => {
    const result = build({
      'a.md': table([
        '| metrics.reporter.<name>.class | (none) | String | The reporter class for `<name>`. |',
        '| c.list | a;b | List<String> | Some <b>bold</b> items. |',
      ]),
    });
    expect(result.registry.options.map((o) => [o.key, o.type, o.default?.value ?? null])).toEqual([
      ['c.list', 'List<String>', ['a', 'b']],
      ['metrics.reporter.<name>.class', 'String', null],
    ]);
    expect(optionOf(result, 'c.list').descriptions.en?.html).toBe('Some <b>bold</b> items.');
    expect(optionOf(result, 'metrics.reporter.<name>.class').descriptions.en?.html).toBe(
      'The reporter class for <code>&#x3C;name></code>.',
    );
  });

  it('"no default" spellings: -, 无, none, empty', () => {
    const result = build({
      'a.md': table([
        '| d.a | - | String | x |',
        '| d.b | 无 | String | x |',
        '| d.c | none | String | x |',
        '| d.d |  | String | x |',
        '| d.e | (none) | String | x |',
      ]),
    });
    expect(result.registry.options.map((o) => o.default)).toEqual([null, null, null, null, null]);
  });

  it('an empty default of a List or Map is the empty value (as Flink prints it)', () => {
    const result = build({ 'a.md': table(['| e.list |  | List<String> | x |', '| e.map |  | Map | x |']) });
    expect(result.registry.options.map((o) => o.default)).toEqual([
      { raw: '', value: [], kind: 'literal' },
      { raw: '', value: {}, kind: 'literal' },
    ]);
  });

  it('Flink-style cells: <wbr> in list defaults, quoted and curly-quoted strings', () => {
    const result = build({
      'a.md': table([
        '| w.list | a;<wbr>b;<wbr>c | List<String> | x |',
        '| w.quoted | "hashmap" | String | x |',
        '| w.curly | “rocksdb” | String | x |',
      ]),
    });
    expect(result.registry.options.map((o) => [o.key, o.default?.raw, o.default?.value])).toEqual([
      ['w.curly', '“rocksdb”', 'rocksdb'],
      ['w.list', 'a;b;c', ['a', 'b', 'c']],
      ['w.quoted', '"hashmap"', 'hashmap'],
    ]);
  });

  it('sizes and durations without the space, and an expression marked as one (typed: its result is a valid Integer)', () => {
    const result = build({
      'a.md': table(['| f.size | 20kb | MemorySize | x |', '| f.wait | 10min | Duration | x |', '| f.buffer | 4 * 1024 | Integer | x |']),
    });
    expect(result.registry.options.map((o) => [o.key, o.default])).toEqual([
      ['f.buffer', { raw: '4 * 1024', value: 4096, kind: 'expression' }],
      ['f.size', { raw: '20kb', value: 20480, kind: 'literal' }],
      ['f.wait', { raw: '10min', value: 600000, kind: 'literal' }],
    ]);
    expect(diagnosticsOf(result)).toEqual(['a.md:5:14 warning default-expression']);
  });

  it('Required, Since and Deprecated Keys columns, and unknown columns as extra', () => {
    const result = build({
      'a.md': table(
        ['| g.host | (none) | String | 是 | 1.10 | g.old-host | The host. | h1 |', '| g.port | 8081 | Integer | 否 | - | | The port. | |'],
        '| 参数名 | 默认值 | 类型 | 是否必填 | Since | Deprecated Keys | 说明 | Example |',
      ),
    });
    expect(result.registry.options.map((o) => [o.key, o.required, o.since, o.deprecatedKeys, o.extra])).toEqual([
      ['g.host', true, '1.10', ['g.old-host'], { Example: 'h1' }],
      ['g.port', false, null, [], { Example: '' }],
    ]);
  });

  it('deprecation marks: ~~key~~, (deprecated), deprecated / 已过期 / 已经过期 in the text, with the replacement', () => {
    const result = build({
      'a.md': table([
        '| ~~h.strike~~ | 1 | Integer | Old. |',
        '| h.marked (deprecated) | 1 | Integer | Old. |',
        '| h.text | 1 | Integer | Deprecated, use `h.new` instead. |',
        '| h.zh | 1 | Integer | 已过期，请使用 h.new。 |',
        '| h.zh2 | 1 | Integer | 该参数已经过期。 |',
        "| h.new | 1 | Integer | Falls back to 'h.text' when not set. |",
        '| h.fine | 1 | Integer | Not related to anything deprecated elsewhere. |',
      ]),
    });
    expect(result.registry.options.map((o) => [o.key, o.deprecated, o.replacedBy, o.fallbackKeys])).toEqual([
      ['h.fine', false, [], []],
      ['h.marked', true, [], []],
      ['h.new', false, [], ['h.text']],
      ['h.strike', true, [], []],
      ['h.text', true, ['h.new'], []],
      ['h.zh', true, ['h.new'], []],
      ['h.zh2', true, [], []],
    ]);
  });

  it('descriptions are sanitized: no script, handler or javascript: URL survives', () => {
    const result = build({
      'a.md': table(['| x.evil | 1 | Integer | <script>alert(1)</script><img src=x onerror=alert(1)> [click](javascript:alert(1)) ok |']),
    });
    const html = optionOf(result, 'x.evil').descriptions.en!.html;
    expect(html).toBe('<img src="x"> <a>click</a> ok');
  });

  it('options in a table inside a list or block quote are read too', () => {
    const result = build({ 'a.md': `> ${table(['| q.quoted | 1 | Integer | In a quote. |']).trimEnd().split('\n').join('\n> ')}\n` });
    expect(result.registry.options.map((o) => o.key)).toEqual(['q.quoted']);
  });
});

describe('line ends, BOM and encodings give the same registry', () => {
  const lf = `# T\n\n${table(['| s.a | 10 s | Duration | A. |', '| s.b | true | Boolean | B. |'])}`;
  const reference = JSON.stringify(build({ 'a.md': lf }).registry);

  it('CRLF and BOM', () => {
    expect(JSON.stringify(build({ 'a.md': lf.replace(/\n/g, '\r\n') }).registry)).toBe(reference);
    expect(JSON.stringify(build({ 'a.md': `\uFEFF${lf}` }).registry)).toBe(reference);
    expect(JSON.stringify(build({ 'a.md': new TextEncoder().encode(`\uFEFF${lf.replace(/\n/g, '\r\n')}`) }).registry)).toBe(reference);
  });

  it('UTF-16 with a BOM is decoded, with a warning', () => {
    const utf16 = new Uint8Array([0xff, 0xfe, ...new Uint8Array(new Uint16Array([...lf].map((c) => c.charCodeAt(0))).buffer)]);
    const result = build({ 'a.md': utf16 });
    expect(JSON.stringify(result.registry)).toBe(reference);
    expect(diagnosticsOf(result)).toEqual(['a.md:1:1 warning encoding']);
  });

  it('NUL bytes are reported at their line', () => {
    expect(diagnosticsOf(build({ 'a.md': 'x\n\ny\0z\n' }))).toEqual(['a.md:1:1 info no-options', 'a.md:3:2 error encoding']);
  });
});

describe('locale and version', () => {
  it('from front matter, the file name or the folder', () => {
    const result = build({
      'a.md': '---\nlang: zh-CN\nversion: 1.20\n---\n# A\n\nText.\n',
      'b.zh.md': '# B\n',
      'zh/c.md': '# C\n',
      '2.1/d.md': '# D\n',
      'e.md': '# E\n',
    });
    expect(result.registry.notes.map((n) => [n.file, n.id, n.locale, n.version, n.title])).toEqual([
      ['2.1/d.md', 'd', 'en', '2.1', 'D'],
      ['a.md', 'a', 'zh', '1.20', 'A'],
      ['b.zh.md', 'b', 'zh', null, 'B'],
      ['e.md', 'e', 'en', null, 'E'],
      ['zh/c.md', 'c', 'zh', null, 'C'],
    ]);
    // `version: 1.20` unquoted is the version as written, not the number 1.2.
    expect(result.registry.versions).toEqual(['1.20', '2.1']);
    expect(result.registry.locales).toEqual(['en', 'zh']);
  });

  it('a translation merges into the same option, and one version does not clash with another', () => {
    const en = table(['| t.a | 1 | Integer | English. |']);
    const zh = table(['| t.a | 1 | Integer | 中文。 |'], '| 键 | 默认值 | 类型 | 描述 |');
    const result = build({
      'a.md': en,
      'a.zh.md': zh,
      'v2/x.md': `---\nversion: "2.0"\n---\n${table(['| t.a | 2 | Integer | Changed. |'])}`,
    });
    expect(result.registry.options.map((o) => [o.key, o.version, o.default?.value, Object.keys(o.descriptions)])).toEqual([
      ['t.a', null, 1, ['en', 'zh']],
      ['t.a', '2.0', 2, ['en']],
    ]);
    expect(diagnosticsOf(result)).toEqual([]);
  });
});

describe('front matter is data, never code', () => {
  it('refuses ---js front matter without running it', () => {
    (globalThis as Record<string, unknown>).pwned = false;
    const result = build({ 'a.md': '---js\n{ title: (globalThis.pwned = true, "x") }\n---\n# A\n\nText.\n' });
    expect((globalThis as Record<string, unknown>).pwned).toBe(false);
    expect(diagnosticsOf(result)).toEqual(['a.md:1:1 info no-options', 'a.md:1:4 error front-matter']);
  });

  it.each(['javascript', 'coffee', 'coffeescript', 'JS'])('refuses ---%s front matter without running it', (language) => {
    (globalThis as Record<string, unknown>).pwned = false;
    const code = language.startsWith('coffee') ? 'title: do -> globalThis.pwned = true' : '{ title: (globalThis.pwned = true, "x") }';
    const result = build({ 'a.md': `---${language}\n${code}\n---\n# A\n\nText.\n` });
    expect((globalThis as Record<string, unknown>).pwned).toBe(false);
    // gray-matter reads the language name before confref's engines do (`JS` is its alias of javascript): refused either way.
    const refused = toDiagnostics(result.files).filter((d) => d.rule === 'front-matter');
    expect(refused.map((d) => `${d.line}:${d.column} ${d.severity}`)).toEqual(['1:4 error']);
    expect(refused[0]!.message).toMatch(
      /^Front matter in "(?:javascript|coffee|coffeescript)" is not read: only YAML \(and JSON\) front matter is allowed$/,
    );
  });

  it('caps alias bombs', () => {
    const bomb = [
      '---',
      'a: &a ["x","x","x","x","x","x","x","x","x","x"]',
      'b: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a,*a]',
      'c: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b,*b]',
      'd: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c,*c]',
      'e: [*d,*d,*d,*d,*d,*d,*d,*d,*d,*d]',
      '---',
      '# A',
      '',
      'Text.',
      '',
    ].join('\n');
    const result = build({ 'a.md': bomb });
    expect(diagnosticsOf(result)).toEqual(['a.md:1:1 error front-matter', 'a.md:1:1 info no-options']);
    expect(result.registry.notes[0]!.frontmatter).toEqual({});
  });

  it("reports an unknown tag once, as the note's diagnostic, and prints nothing to stderr", () => {
    const warn = vi.spyOn(process, 'emitWarning').mockImplementation(() => {});
    try {
      expect(diagnosticsOf(build({ 'a.md': '---\ntitle: !custom x\n---\n# A\n\nText.\n' }))).toEqual([
        'a.md:1:1 info no-options',
        'a.md:2:8 error front-matter',
      ]);
      expect(warn).not.toHaveBeenCalled();
    } finally {
      warn.mockRestore();
    }
  });

  it('refuses deep nesting, invalid YAML, unsafe tags and unterminated blocks, keeping the body', () => {
    const deep = `---\nx: ${'['.repeat(60)}${']'.repeat(60)}\n---\n${table(['| u.a | 1 | Integer | A. |'])}`;
    expect(diagnosticsOf(build({ 'a.md': deep }))).toEqual(['a.md:1:1 error front-matter']);
    expect(build({ 'a.md': deep }).registry.options.map((o) => o.key)).toEqual(['u.a']);
    expect(diagnosticsOf(build({ 'a.md': '---\ntitle: [unclosed\n---\n# A\n\nText.\n' })).at(-1)).toMatch(
      /^a\.md:[23]:\d+ error front-matter$/,
    );
    expect(diagnosticsOf(build({ 'a.md': '---\nf: !!js/function "function () {}"\n---\n# A\n\nText.\n' }))).toEqual([
      'a.md:1:1 info no-options',
      'a.md:2:4 error front-matter',
    ]);
    expect(diagnosticsOf(build({ 'a.md': '---\ntitle: x\n# A\n\nText.\n' }))).toEqual([
      'a.md:1:1 error front-matter',
      'a.md:1:1 info no-options',
    ]);
  });

  it('keeps the valid fields when one is invalid', () => {
    const result = build({ 'a.md': '---\ntitle: Kept\nlang: fr\n---\n# A\n\nText.\n' });
    expect([result.registry.notes[0]!.title, result.registry.notes[0]!.locale]).toEqual(['Kept', 'en']);
  });
});

describe('determinism and conservation', () => {
  const notes = {
    'b.md': table(['| k.one | 1 | Integer | B. |', '| k.two | 2 | Integer | B. |']),
    'a.md': table(['| k.one | 1 | Integer | A. |', '|| broken | row |', '| | 3 | Integer | keyless |']),
    'c.zh.md': table(['| k.two | 3 | Integer | 冲突。 |']),
  };

  it('gives the same registry and diagnostics whatever order the files come in', () => {
    const forward = build(notes);
    const backward = build(Object.fromEntries(Object.entries(notes).reverse()));
    expect(JSON.stringify(backward.registry)).toBe(JSON.stringify(forward.registry));
    expect(diagnosticsOf(backward)).toEqual(diagnosticsOf(forward));
    expect(diagnosticsOf(forward)).toEqual([
      'a.md:4:1 warning malformed-row',
      'a.md:4:1 error missing-key',
      'a.md:5:1 error missing-key',
      // k.one: a.md and b.md agree, two definitions and no diagnostic; k.two: b.md and c.zh.md disagree, reported once.
      'b.md:4:11 warning conflicting-default',
    ]);
  });

  it('every table row is an option source or named in a diagnostic', () => {
    const result = build(notes);
    const sourceLines = new Set(result.registry.options.flatMap((o) => o.sources.map((s) => `${s.file}:${s.line}`)));
    const diagnosticLines = new Set(diagnosticsOf(result).map((d) => d.split(':').slice(0, 2).join(':')));
    const rows = Object.entries(notes).flatMap(([file, text]) =>
      text.split('\n').flatMap((line, i) => (i >= 2 && line.startsWith('|') ? [`${file}:${i + 1}`] : [])),
    );
    expect(rows).toHaveLength(6);
    for (const row of rows) expect(sourceLines.has(row) || diagnosticLines.has(row), row).toBe(true);
    expect(result.stats).toEqual({ notes: 3, tableRows: 6, optionRows: 4, options: 2 });
  });
});

describe('the parse cache (astro dev rebuilds on every save)', () => {
  it('re-parses only changed notes and gives the same registry and diagnostics as a fresh build', async () => {
    const { buildRegistry } = await import('../../src/lib/registry/index.ts');
    const cache = new Map();
    const notes = [
      { path: 'a.md', contents: table(['| c.a | 1 | Integer | A. |', '| c.b | 1x | Integer | Invalid. |']) },
      { path: 'b.md', contents: table(['| c.a | 2 | Integer | Conflicts. |']) },
    ];
    const first = buildRegistry(notes, cache);
    const parsedA = cache.get([...cache.keys()].find((k) => k.startsWith('a.md'))!);
    const edited = [notes[0]!, { path: 'b.md', contents: table(['| c.a | 1 | Integer | Agrees now. |']) }];
    const second = buildRegistry(edited, cache);
    expect(cache.get([...cache.keys()].find((k) => k.startsWith('a.md'))!)).toBe(parsedA);
    expect(cache.size).toBe(2);
    expect(JSON.stringify(second.registry)).toBe(JSON.stringify(buildRegistry(edited).registry));
    expect(toDiagnostics(second.files)).toEqual(toDiagnostics(buildRegistry(edited).files));
    expect(toDiagnostics(first.files).map((d) => `${d.file} ${d.rule}`)).toEqual(['a.md conflicting-default', 'a.md invalid-default']);
    expect(toDiagnostics(second.files).map((d) => `${d.file} ${d.rule}`)).toEqual(['a.md invalid-default']);
  });
});
