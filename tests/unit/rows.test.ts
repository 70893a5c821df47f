import fc from 'fast-check';
import type { TableCell } from 'mdast';
import { describe, expect, it } from 'vitest';
import { ROW_RULES } from '../../src/lib/registry/diagnostics.ts';
import { toDiagnostics } from '../../src/lib/registry/index.ts';
import { fitsKeyGrammar, keyProblem, quoteForMessage } from '../../src/lib/registry/key-grammar.ts';
import { readDescriptionMarks, readKeyCell } from '../../src/lib/registry/keys.ts';
import { parseMarkdown } from '../../src/lib/registry/markdown.ts';
import { looksLikeProse, readRowShape } from '../../src/lib/registry/row-shape.ts';
import { editDistance, enumValuesInDescription, suggestType } from '../../src/lib/registry/types.ts';
import { snippetsFor } from '../../src/lib/snippets/index.ts';
import { build, diagnosticsOf, optionOf, table } from '../helpers/notes.ts';

/** The key cell `cell` read as it is in a table. */
function keyCell(cell: string) {
  const source = `| Key | Description |\n| --- | --- |\n| ${cell} | d |\n`;
  const tree = parseMarkdown(source);
  const row = tree.children[0]!.type === 'table' ? tree.children[0].children[1]! : undefined;
  return readKeyCell((row!.children[0] as TableCell).children, source);
}

const messagesOf = (result: ReturnType<typeof build>) =>
  result.files.flatMap((file) => file.messages.map((m) => `${file.path}:${m.line}:${m.column} ${m.ruleId}: ${m.reason}`));

describe('key cells: only known formatting is taken out', () => {
  it.each([
    ['**a.bold**', 'a.bold'],
    ['*a.em*', 'a.em'],
    ['`a.code`', 'a.code'],
    ['[a.link](#a-link)', 'a.link'],
    ['##### a.heading', 'a.heading'],
    ['### a.closed ###', 'a.closed'],
    ['##### a.scraped [Anchor link for: a.scraped](https://docs.example.org/x/#a-scraped)', 'a.scraped'],
    ['a.pilcrow [¶](#a-pilcrow)', 'a.pilcrow'],
    ['a.hash [#](https://docs.example.org/#a-hash)', 'a.hash'],
    ['<span class="k">a.span</span>', 'a.span'],
    ['<font color="red">a.font</font>', 'a.font'],
    ['<code>a.html-code</code>', 'a.html-code'],
    ['<b>a.b</b>', 'a.b'],
    ['<strong>a.strong</strong>', 'a.strong'],
    ['<em>a.html-em</em>', 'a.html-em'],
    ['<i>a.i</i>', 'a.i'],
    ['<h5>a.h5</h5>', 'a.h5'],
    ['<h1>a.h1</h1>', 'a.h1'],
    ['<a id="a.anchor"></a>a.anchor', 'a.anchor'],
    ['a.<wbr>broken.<wbr>up', 'a.broken.up'],
    ['a\\_escaped\\_key', 'a_escaped_key'],
    ['a.&lt;name&gt;.class', 'a.<name>.class'],
    ['"a.quoted"', 'a.quoted'],
    ['“a.curly”', 'a.curly'],
    // `_` emphasis around a whole key is formatting (the reserved-segment check reads it both ways); inside a key, characters.
    ['__proto__', 'proto'],
    ['__a.bold__', 'a.bold'],
    ['_a.em_', 'a.em'],
    ['state.__inner__.x', 'state.__inner__.x'],
    ['_a.single_', 'a.single'],
    ['a.__x__', 'a.__x__'],
    ['__a__.b', '__a__.b'],
    ['a__b__c', 'a__b__c'],
    ['external-resource.<resource_name>.param.<param>', 'external-resource.<resource_name>.param.<param>'],
    ['metrics.reporter.<name>.class', 'metrics.reporter.<name>.class'],
    ['a.<b>.c', 'a.<b>.c'],
    ['partition.fields.#.date-formatter', 'partition.fields.#.date-formatter'],
    ['..\\..\\x', '....\\x'],
  ])('%s → %s', (cell, key) => {
    expect(keyCell(cell).key).toBe(key);
  });

  it('labels, strikethrough and deprecation marks anywhere in the cell', () => {
    expect(
      keyCell('<h5>b.flink</h5><br> <span class="label label-primary">Batch</span> <span class="label label-primary">Streaming</span>'),
    ).toEqual({ key: 'b.flink', words: ['b.flink'], labels: ['Batch', 'Streaming'], deprecated: false, html: [], literal: 'b.flink' });
    for (const cell of [
      '~~c.strike~~',
      '<del>c.del</del>',
      '<s>c.s</s>',
      'c.paren (deprecated)',
      'c.square [deprecated]',
      'c.zh（已过期）',
      'c.zh2 （已经过期）',
      'c.zh3 已废弃',
      '<span style="color:red">（已经过期）</span> c.html',
      'c.html2 <span style="color:red">（已经过期）</span>',
      '【已弃用】c.lead',
    ]) {
      const read = keyCell(cell);
      expect([read.deprecated, read.words.length], cell).toEqual([true, 1]);
      expect(fitsKeyGrammar(read.key), cell).toBe(true);
    }
  });

  it('`_` emphasis around a key: the key without it, and the cell as written kept for the reserved-segment check', () => {
    expect(
      ['__a.bold__', '_a.em_', '__proto__', '_constructor_', '**__a.mixed__**', 'a.plain', 'a.__x__'].map((cell) => [
        keyCell(cell).key,
        keyCell(cell).literal,
      ]),
    ).toEqual([
      ['a.bold', '__a.bold__'],
      ['a.em', '_a.em_'],
      ['proto', '__proto__'],
      ['constructor', '_constructor_'],
      ['a.mixed', '__a.mixed__'],
      ['a.plain', 'a.plain'],
      ['a.__x__', 'a.__x__'],
    ]);
    const result = build({
      'u.md': table([
        '| __u.bold__ | 1 | Integer | b |',
        '| _u.em_ | 2 | Integer | e |',
        '| __proto__ | 3 | Integer | p |',
        '| _prototype_ | 4 | Integer | q |',
        '| u.__inner__.x | 5 | Integer | i |',
      ]),
    });
    expect(result.registry.options.map((o) => o.key)).toEqual(['u.__inner__.x', 'u.bold', 'u.em']);
    expect(messagesOf(result)).toEqual([
      'u.md:5:3 invalid-key: Key "__proto__" (read as "proto") is not a valid key: its segment "__proto__" is reserved; the row is not in the registry',
      'u.md:6:3 invalid-key: Key "_prototype_" (read as "prototype") is not a valid key: its segment "prototype" is reserved; the row is not in the registry',
    ]);
  });

  it('labels in brackets, English or Chinese, like the bare words', () => {
    const cells = [
      '**a.x** (Batch)',
      'a.y [Streaming]',
      'a.z （批）',
      'a.w （流）',
      'a.v (Batch, Streaming)',
      'a.u 【批处理/流处理】',
      'a.t 批处理 流处理',
      '(streaming) a.s',
      'a.r (Batch) (deprecated)',
    ];
    expect(cells.map((cell) => [keyCell(cell).key, keyCell(cell).labels, keyCell(cell).deprecated])).toEqual([
      ['a.x', ['Batch'], false],
      ['a.y', ['Streaming'], false],
      ['a.z', ['Batch'], false],
      ['a.w', ['Streaming'], false],
      ['a.v', ['Batch', 'Streaming'], false],
      ['a.u', ['Batch', 'Streaming'], false],
      ['a.t', ['Batch', 'Streaming'], false],
      ['a.s', ['Streaming'], false],
      ['a.r', ['Batch'], true],
    ]);
    // Other words in brackets are no label: the cell is no key.
    expect(['a.q (Beta)', 'a.p （流量）'].map((cell) => keyCell(cell).key)).toEqual(['a.q (Beta)', 'a.p （流量）']);
    const result = build({
      'l.md': table(['| **l.x** (Batch) | 1 | Integer | x |', '| l.z （流） | 2 | Integer | z |', '| l.q (Beta) | 3 | Integer | q |']),
    });
    expect(result.registry.options.map((o) => [o.key, o.labels])).toEqual([
      ['l.x', ['Batch']],
      ['l.z', ['Streaming']],
    ]);
    expect(diagnosticsOf(result)).toEqual(['l.md:5:3 error invalid-key']);
  });

  it('what is not formatting stays, so the cell is no key', () => {
    expect(keyCell('c.words and more')).toEqual({
      key: 'c.words and more',
      words: ['c.words', 'and', 'more'],
      labels: [],
      deprecated: false,
      html: [],
      literal: 'c.words and more',
    });
    expect(keyCell('a.frame <iframe src="x"></iframe>')).toMatchObject({
      key: 'a.frame <iframe src="x"></iframe>',
      html: ['<iframe src="x">', '</iframe>'],
    });
    expect(keyCell('a.<script>')).toMatchObject({ key: 'a.<script>', html: ['<script>'] });
    expect(keyCell('a.\u200bzero').key).toBe('a.\u200bzero');
    expect(keyCell('\ufeffa.bom').key).toBe('\ufeffa.bom');
  });
});

describe('the key grammar', () => {
  it("accepts dotted segments of letters, digits, - and _, placeholders of any name, and Flink's # segment", () => {
    for (const key of [
      'state.backend',
      'a',
      'high-availability',
      'x_y.z-1',
      'metrics.reporter.<name>.class',
      'external-resource.<resource_name>.param.<param>',
      'a.<div>',
      'pre<x>post.k',
      'partition.fields.#.date-formatter',
      '__proto__x',
      'Case.Key',
    ]) {
      expect([key, keyProblem(key)]).toEqual([key, undefined]);
      expect(fitsKeyGrammar(key), key).toBe(true);
    }
  });

  it.each([
    ['', 'it is empty'],
    ['a."b"', 'it holds quotes'],
    ["a.b's", 'it holds quotes'],
    ['a b', 'it holds white space'],
    ['a\u00a0b', 'it holds white space'],
    ['a/b', 'it holds a slash or backslash'],
    ['..\\..\\x', 'it holds a slash or backslash'],
    ['a..b', 'it has an empty segment (a leading, trailing or doubled `.`)'],
    ['.a', 'it has an empty segment (a leading, trailing or doubled `.`)'],
    ['a.', 'it has an empty segment (a leading, trailing or doubled `.`)'],
    ['a.\u0000', 'it holds a control character'],
    ['a.\u007f', 'it holds a control character'],
    ['a.\ufffd', 'it holds U+FFFD (bytes that were not valid UTF-8)'],
    ['a.\u200bb', 'it holds an invisible character (zero-width space or similar)'],
    ['a.\u2060b', 'it holds an invisible character (zero-width space or similar)'],
    ['\ufeffa', 'it holds an invisible character (zero-width space or similar)'],
    ['__proto__', 'its segment "__proto__" is reserved'],
    ['a.constructor', 'its segment "constructor" is reserved'],
    ['prototype.b', 'its segment "prototype" is reserved'],
    ['a(b)', 'it holds "(", ")", which a key cannot'],
    ['a.<>', 'it holds "<", ">", which a key cannot'],
    ['a.<b c>', 'it holds white space'],
    ['a.b#', 'it holds "#", which a key cannot'],
    ['配置.项', 'it holds "配", "置", "项", which a key cannot'],
    ['a.*.b', 'it holds "*", which a key cannot'],
    ['-', 'its segment "-" has no letter or digit'],
    ['_', 'its segment "_" has no letter or digit'],
    ['a.--.b', 'its segment "--" has no letter or digit'],
  ])('%j is no key: %s', (key, problem) => {
    expect(keyProblem(key)).toBe(problem);
    expect(fitsKeyGrammar(key)).toBe(false);
  });

  it('quotes text for a message with control and invisible characters escaped, and cut when long', () => {
    expect(quoteForMessage('a\u0000b\u200bc\ufffd"d\u0085')).toBe('"a\\u0000b\\u200bc\\ufffd\\"d\\u0085"');
    expect(quoteForMessage('x'.repeat(200))).toBe(`"${'x'.repeat(160)}…"`);
  });
});

describe('rows whose key cell is no key are errors, named at their line, and not published', () => {
  it('every rejected class', () => {
    const result = build({
      'k.md': table([
        '| __proto__ | 1 | Integer | p |',
        '| a."quoted" | 1 | Integer | q |',
        '| a/b | 1 | Integer | s |',
        '| a..b | 1 | Integer | e |',
        '| a.\u200bb | 1 | Integer | z |',
        '| a.\ufffd | 1 | Integer | r |',
        '| a.\u0001 | 1 | Integer | c |',
        '| ok.key | 1 | Integer | fine |',
      ]),
    });
    expect(result.registry.options.map((o) => o.key)).toEqual(['ok.key']);
    expect(diagnosticsOf(result)).toEqual([
      'k.md:3:3 error invalid-key',
      'k.md:4:3 error invalid-key',
      'k.md:5:3 error invalid-key',
      'k.md:6:3 error invalid-key',
      'k.md:7:3 error invalid-key',
      'k.md:8:3 error invalid-key',
      'k.md:9:3 error invalid-key',
    ]);
    expect(ROW_RULES.has('invalid-key')).toBe(true);
  });

  it('a NUL byte: reported as encoding at its line, and the key is no key', () => {
    const result = build({ 'k.md': table(['| a.\u0000b | 1 | Integer | n |']) });
    expect(result.registry.options).toEqual([]);
    expect(diagnosticsOf(result)).toEqual(
      ['k.md:3:5 error encoding', 'k.md:3:3 error invalid-key'].sort((a, b) => a.localeCompare(b, 'en', { numeric: true })),
    );
  });

  it('a caption row stays a section row, not an invalid key', () => {
    const result = build({
      'k.md': table(['| Memory settings |  |  |  |', '| 内存配置 |  |  |  |', '| m.size | 1 mb | MemorySize | s |']),
    });
    expect(diagnosticsOf(result)).toEqual(['k.md:3:1 warning section-row', 'k.md:4:1 warning section-row']);
  });

  it('the snippet of a key with placeholders gets a whole key, never an empty one', () => {
    const result = build({
      'k.md': table(['| external-resource.<resource_name>.param.<param> | (none) | String | A parameter of a resource. |']),
    });
    const option = optionOf(result, 'external-resource.<resource_name>.param.<param>');
    // Dotted in most formats, nested in config.yaml: each part named, none empty.
    for (const snippet of snippetsFor([option])) {
      expect(snippet.code, snippet.format.id).toMatch(
        /external-resource\.my_resource_name\.param\.my_param|external-resource:\n\s+my_resource_name:\n\s+param:\n\s+my_param: /,
      );
      expect(snippet.code, snippet.format.id).not.toMatch(/""|''|\.\.|\.[\s=:]/);
    }
  });
});

describe('broken rows are read as meant and explained at their line', () => {
  const header = '| 参数 | 默认值 | 说明 |';

  it("cells separated by tabs: split at each tab, or at each run of tabs, to the header's width", () => {
    const result = build({
      't.md': table(
        ['| t.one\t1\t第一个 |', '| t.two\t\t2\t\t第二个 |', 't.bare\t3\t第三个', '| t.short\t4 |', '| t.many\ta\tb\tc\td |'],
        header,
      ),
    });
    expect(result.registry.options.map((o) => [o.key, o.default?.raw ?? null, o.descriptions.zh?.text ?? null])).toEqual([
      ['t.bare', '3', '第三个'],
      ['t.one', '1', '第一个'],
      ['t.short', '4', null],
      ['t.two', '2', '第二个'],
    ]);
    expect(messagesOf(result).filter((m) => !m.includes('missing-description'))).toEqual([
      't.md:3:1 tab-separated-row: Row separates its cells with tabs, not `|`: read as 3 cells split at the tabs',
      't.md:4:1 tab-separated-row: Row separates its cells with tabs, not `|`: read as 3 cells split at the tabs',
      't.md:5:1 tab-separated-row: Row separates its cells with tabs, not `|`: read as 3 cells split at the tabs',
      't.md:6:1 tab-separated-row: Row separates its cells with tabs, not `|`: read as 2 cells split at the tabs, the missing 1 read as empty',
      // Five cells for a header of three: read as written, and then its key cell is no key.
      't.md:7:1 malformed-row: Row has 1 cell but the header has 3 (it holds tabs, but splitting at them gives more cells than the header has): the missing cells are read as empty',
      't.md:7:3 invalid-key: Key "t.many\\ta\\tb\\tc\\td" (read as "t.many a b c d") is not a valid key: it holds white space; the row is not in the registry',
    ]);
    expect(optionOf(result, 't.one').sources).toEqual([{ file: 't.md', line: 3, column: 3 }]);
    expect(optionOf(result, 't.one').default!.value).toBe(1);
  });

  it("tabs at a row's start or end separate nothing: no empty first or last cell", () => {
    const result = build({
      'l.md': table(
        ['|\tl.lead\t1\t前导制表符 |', '| l.trail\t2\t末尾制表符\t|', '|\t\tl.both\t3\t两端都有\t\t|', '|\tl.wide\t4\tone\ttwo |'],
        header,
      ),
    });
    expect(
      result.registry.options.map((o) => [o.key, o.default?.raw ?? null, o.descriptions.zh?.text ?? o.descriptions.en?.text ?? null]),
    ).toEqual([
      ['l.both', '3', '两端都有'],
      ['l.lead', '1', '前导制表符'],
      ['l.trail', '2', '末尾制表符'],
    ]);
    expect(messagesOf(result)).toEqual([
      'l.md:3:1 tab-separated-row: Row separates its cells with tabs, not `|`: read as 3 cells split at the tabs',
      'l.md:4:1 tab-separated-row: Row separates its cells with tabs, not `|`: read as 3 cells split at the tabs',
      'l.md:5:1 tab-separated-row: Row separates its cells with tabs, not `|`: read as 3 cells split at the tabs',
      // Four cells between the edges for a header of three: not split, and the key cell is no key.
      'l.md:6:1 malformed-row: Row has 1 cell but the header has 3 (it holds tabs, but splitting at them gives more cells than the header has): the missing cells are read as empty',
      'l.md:6:3 invalid-key: Key "l.wide\\t4\\tone\\ttwo" (read as "l.wide 4 one two") is not a valid key: it holds white space; the row is not in the registry',
    ]);
    expect(optionOf(result, 'l.lead').sources).toEqual([{ file: 'l.md', line: 3, column: 3 }]);
  });

  it('a description in Default with the required flag in Description: read shifted back', () => {
    const result = build({
      's.md': table(['| s.dir | 任务结束后写入的目录 | 是 |', '| s.host | the host that receives the files | false |'], header),
    });
    expect(result.registry.options.map((o) => [o.key, o.default, o.required, o.descriptions.zh?.text ?? o.descriptions.en?.text])).toEqual([
      ['s.dir', null, true, '任务结束后写入的目录'],
      ['s.host', null, false, 'the host that receives the files'],
    ]);
    expect(diagnosticsOf(result)).toEqual(['s.md:3:1 warning shifted-row', 's.md:4:1 warning shifted-row']);
  });

  it('shifts that involve the Type column: a type name in Default, a description or a flag in Type', () => {
    const result = build({
      'y.md': table([
        '| y.k1 | Integer | 这是一个描述信息 | |',
        '| y.k2 | 描述文字很长的一段说明 | 是 | |',
        '| y.k3 | Duration | how long a worker waits for its peers | true |',
        '| y.k4 | List<String> | 否 | 允许的主机名 |',
        '| y.k5 | Integer | 3 | as written |',
        '| y.k6 | 字符串 | 用户自己定义的名称 | |',
      ]),
    });
    expect(
      result.registry.options.map((o) => [
        o.key,
        o.default,
        o.type,
        o.required,
        o.descriptions.zh?.text ?? o.descriptions.en?.text ?? null,
      ]),
    ).toEqual([
      ['y.k1', null, 'Integer', null, '这是一个描述信息'],
      ['y.k2', null, 'Unknown', true, '描述文字很长的一段说明'],
      ['y.k3', null, 'Duration', true, 'how long a worker waits for its peers'],
      ['y.k4', null, 'List<String>', false, '允许的主机名'],
      // A type name in Default with a value in Type is no shift: the cells are read as written.
      ['y.k5', { raw: 'Integer', value: 'Integer', kind: 'literal' }, 'Unknown', null, 'as written'],
      ['y.k6', null, 'String', null, '用户自己定义的名称'],
    ]);
    expect(messagesOf(result).filter((m) => m.includes('shifted-row'))).toEqual([
      'y.md:3:1 shifted-row: Row looks shifted one cell to the left: Default holds a type name ("Integer"), Type holds a description and Description is empty; read as no default, type Integer from the Default cell, the Type cell as the description',
      'y.md:4:1 shifted-row: Row looks shifted one cell to the left: Default holds a description, Type only holds "是" and Description is empty; read as no default, the Default cell as the description, required: yes',
      'y.md:5:1 shifted-row: Row looks shifted one cell to the left: Default holds a type name ("Duration"), Type holds a description and Description only holds "true"; read as no default, type Duration from the Default cell, the Type cell as the description, required: yes',
      'y.md:6:1 shifted-row: Row looks shifted one cell to the left: Default holds a type name ("List<String>") and Type only holds "否"; read as no default, type List<String> from the Default cell, required: no',
      'y.md:8:1 shifted-row: Row looks shifted one cell to the left: Default holds a type name ("字符串"), Type holds a description and Description is empty; read as no default, type 字符串 from the Default cell, the Type cell as the description',
    ]);
    expect(diagnosticsOf(result).filter((d) => !d.includes('shifted-row'))).toEqual(['y.md:7:20 warning unknown-type']);
  });

  it('a required flag alone in Description, with or without a Required column', () => {
    const result = build({
      'f.md': table(['| f.a | 3 | 是 |', '| f.b | (none) | no |', '| f.c | 1 | 普通说明 |'], header),
      'g.md': table(['| g.a | 1 | 否 |  |', '| g.b | 1 | 是 | 否 |'], '| 参数 | 默认值 | 说明 | 是否必填 |'),
    });
    expect(result.registry.options.map((o) => [o.key, o.required, o.descriptions.zh?.text ?? o.descriptions.en?.text ?? null])).toEqual([
      ['f.a', true, null],
      ['f.b', false, null],
      ['f.c', null, '普通说明'],
      ['g.a', false, null],
      // The Required column says 否: then 是 in Description is its text.
      ['g.b', false, '是'],
    ]);
    expect(diagnosticsOf(result).filter((d) => d.includes('flag-in-description'))).toEqual([
      'f.md:3:13 warning flag-in-description',
      'f.md:4:18 warning flag-in-description',
      'g.md:3:13 warning flag-in-description',
    ]);
  });

  it("prose in Default: kept as text, never a typed value or a snippet's value", () => {
    const result = build({
      'p.md': table([
        '| p.size | depends on the machine it runs on | MemorySize | s |',
        '| p.zh | 视集群规模而定 | Integer | z |',
        '| p.any | set by the platform team | | a |',
        '| p.str | set by the platform team | String | a String |',
        '| p.word | unlimited | Integer | one word |',
      ]),
    });
    expect(result.registry.options.map((o) => [o.key, o.default])).toEqual([
      ['p.any', { raw: 'set by the platform team', value: null, kind: 'text' }],
      ['p.size', { raw: 'depends on the machine it runs on', value: null, kind: 'text' }],
      ['p.str', { raw: 'set by the platform team', value: null, kind: 'text' }],
      ['p.word', { raw: 'unlimited', value: null, kind: 'text' }],
      ['p.zh', { raw: '视集群规模而定', value: null, kind: 'text' }],
    ]);
    expect(diagnosticsOf(result)).toEqual([
      'p.md:3:12 warning prose-default',
      'p.md:4:10 warning prose-default',
      'p.md:5:11 warning prose-default',
      'p.md:6:11 warning prose-default',
      'p.md:7:12 info default-text',
    ]);
  });

  it('prose in Default of a declared String: a warning when Description has its own text; plain values stay values', () => {
    const values = [
      '/var/lib/flink/data',
      'https://registry.example.org/v2',
      'org.example.flink.MetricsSink',
      'GET, POST, PUT',
      'alpha; beta; gamma',
      '读、写',
      'Flink',
      '-Dlog.level=INFO -Dfile.encoding=UTF-8',
      '"a quoted sentence of words"',
    ];
    const result = build({
      's.md': table([
        '| s.prose | this is the default value here | String | what it does |',
        '| s.zh | 由平台团队统一配置 | String | 说明 |',
        '| s.nodesc | the value is set by the platform | String | |',
        ...values.map((value, i) => `| s.v${i} | ${value} | String | a plain value |`),
      ]),
    });
    expect(result.registry.options.filter((o) => o.key.startsWith('s.v')).map((o) => o.default)).toEqual(
      values.map((raw) => ({ raw, value: raw.replace(/^"|"$/g, ''), kind: 'literal' })),
    );
    expect(optionOf(result, 's.prose').default).toEqual({ raw: 'this is the default value here', value: null, kind: 'text' });
    expect(messagesOf(result).filter((m) => m.includes('prose-default'))).toEqual([
      's.md:3:13 prose-default: Default "this is the default value here" reads as prose, not a value of type String; kept as text, with no typed value',
      's.md:4:10 prose-default: Default "由平台团队统一配置" reads as prose, not a value of type String; kept as text, with no typed value',
    ]);
    // With an empty Description the prose is the description, written one cell to the left.
    expect(diagnosticsOf(result).filter((d) => d.startsWith('s.md:5:'))).toEqual(['s.md:5:1 warning shifted-row']);
  });

  it('cells past the header are kept apart under extra, quoted in the diagnostic; the description stays its own cell', () => {
    const result = build({ 'x.md': table(['| x.a | 1 | Integer | The description. | stray | "quoted" |']) });
    const option = optionOf(result, 'x.a');
    expect([option.descriptions.en?.text, option.extra]).toEqual(['The description.', { 'column 5': 'stray', 'column 6': '"quoted"' }]);
    expect(messagesOf(result)).toEqual([
      'x.md:3:1 malformed-row: Row has 6 cells but the header has 4: the cells past the header are kept apart, under extra (column 5: "stray", column 6: "\\"quoted\\"")',
    ]);
  });

  it('row shapes, as a pure reading', () => {
    expect(readRowShape({ defaultText: '写入的目录', descriptionText: '是', requiredText: null })).toEqual({
      kind: 'shifted',
      description: 'default',
      type: null,
      flag: '是',
      flagIn: 'description',
      required: true,
    });
    expect(readRowShape({ defaultText: '写入的目录', descriptionText: '', requiredText: null })).toEqual({
      kind: 'shifted',
      description: 'default',
      type: null,
      flag: null,
      flagIn: null,
      required: null,
    });
    expect(readRowShape({ defaultText: 'Integer', typeText: '一段描述文字', descriptionText: '', requiredText: null })).toEqual({
      kind: 'shifted',
      description: 'type',
      type: 'default',
      flag: null,
      flagIn: null,
      required: null,
    });
    expect(readRowShape({ defaultText: '写入的目录', typeText: '否', descriptionText: ' ', requiredText: null })).toEqual({
      kind: 'shifted',
      description: 'default',
      type: null,
      flag: '否',
      flagIn: 'type',
      required: false,
    });
    expect(readRowShape({ defaultText: 'Integer', typeText: 'yes', descriptionText: 'd', requiredText: null })).toEqual({
      kind: 'shifted',
      description: 'description',
      type: 'default',
      flag: 'yes',
      flagIn: 'type',
      required: true,
    });
    // A Required column with its own value: a flag in Type is no required flag, and a type name beside a type is no shift.
    expect(readRowShape({ defaultText: 'Integer', typeText: 'yes', descriptionText: 'd', requiredText: 'no' })).toEqual({
      kind: 'as-written',
    });
    expect(readRowShape({ defaultText: 'Integer', typeText: 'Long', descriptionText: '', requiredText: null })).toEqual({
      kind: 'as-written',
    });
    expect(
      readRowShape({ defaultText: 'Integer', typeText: 'a few words of prose', descriptionText: 'its own text', requiredText: null }),
    ).toEqual({ kind: 'as-written' });
    expect(readRowShape({ defaultText: '1', descriptionText: 'true', requiredText: null })).toEqual({
      kind: 'flag-in-description',
      flag: 'true',
      required: true,
    });
    expect(readRowShape({ defaultText: '1', descriptionText: 'true', requiredText: 'yes' })).toEqual({ kind: 'as-written' });
    expect(readRowShape({ defaultText: 'a few words of prose', descriptionText: 'd', requiredText: null })).toEqual({
      kind: 'prose-default',
    });
    expect(readRowShape({ defaultText: '10 s', descriptionText: 'd', requiredText: null })).toEqual({ kind: 'as-written' });
    expect(readRowShape({ defaultText: null, descriptionText: 'd', requiredText: null })).toEqual({ kind: 'as-written' });
  });

  it('tells prose from values', () => {
    for (const text of ['任务结束后历史记录的存放位置', 'depends on the heap size', 'Same as the job manager.'])
      expect(looksLikeProse(text), text).toBe(true);
    for (const text of [
      '',
      '(none)',
      '无',
      'infinite',
      'no limit',
      '"a quoted sentence of words"',
      'hdfs:///路径/目录',
      '-XX:+UseG1GC -XX:MaxGCPauseMillis=200 -Xss1m',
      '10 s',
      'localhost:9092,localhost:9093',
      '是',
      'GET, POST, PUT',
      'a; b; c',
      'full text, partial text',
      '读、写、删',
    ])
      expect(looksLikeProse(text), text).toBe(false);
    // A list is of short items: a sentence with commas is still prose.
    for (const text of ['If set, the job waits for the savepoint', '用于测试，默认关闭', 'small, but never below the floor'])
      expect(looksLikeProse(text), text).toBe(true);
  });
});

describe('values and marks as authors write them', () => {
  it('deprecation marks in the description, plain or in HTML, anywhere', () => {
    for (const text of [
      'Old. (deprecated)',
      'Kept for old jobs [Deprecated].',
      '旧参数（已过期）',
      '该参数在 2.0 中已废弃',
      '（已经过期）请使用 x.new',
      'Deprecated, use x.new.',
      '旧版参数，已过期。',
    ])
      expect(readDescriptionMarks(text).deprecated, text).toBe(true);
    // Inside a sentence 已过期 is as often "expired": expired checkpoints or data are no deprecation.
    for (const text of ['清理已过期的检查点', '定期删除已过期数据，释放空间', 'Not related to anything deprecated elsewhere.', ''])
      expect(readDescriptionMarks(text).deprecated, text).toBe(false);
    const result = build({
      'd.md': table([
        '| d.html <span style="color:red">（已经过期）</span> | 1 | Integer | 旧参数，请使用 d.new |',
        '| d.desc | 1 | Integer | 旧参数 <span style="color:red">（已经过期）</span> |',
        '| d.new | 1 | Integer | 新参数 |',
      ]),
    });
    expect(result.registry.options.map((o) => [o.key, o.deprecated, o.replacedBy])).toEqual([
      ['d.desc', true, []],
      ['d.html', true, ['d.new']],
      ['d.new', false, []],
    ]);
    expect(diagnosticsOf(result)).toEqual([]);
  });

  it('arithmetic defaults are always marked, and typed when the result is valid for the type', () => {
    const result = build({
      'e.md': table([
        '| e.int | 4 * 1024 | Integer | i |',
        '| e.size | 64*1024*1024 | MemorySize | s |',
        '| e.text | 4 * 1024 | String | t |',
        '| e.none | 2*3 |  | n |',
      ]),
    });
    expect(result.registry.options.map((o) => [o.key, o.default])).toEqual([
      ['e.int', { raw: '4 * 1024', value: 4096, kind: 'expression' }],
      ['e.none', { raw: '2*3', value: null, kind: 'expression' }],
      ['e.size', { raw: '64*1024*1024', value: 67108864, kind: 'expression' }],
      ['e.text', { raw: '4 * 1024', value: null, kind: 'expression' }],
    ]);
    expect(diagnosticsOf(result)).toEqual([
      'e.md:3:11 warning default-expression',
      'e.md:4:12 warning default-expression',
      'e.md:5:12 warning default-expression',
      'e.md:6:12 warning default-expression',
    ]);
  });

  it('arithmetic with a unit, or with a leading minus: the result typed in that unit', () => {
    const result = build({
      'e.md': table([
        '| e.wait | 10 * 60 s | Duration | w |',
        '| e.buf | 2 * 1024 mb | MemorySize | b |',
        '| e.neg | -1 * 5 | Integer | n |',
        '| e.odd | 2 * 3 kb | Integer | o |',
      ]),
    });
    expect(result.registry.options.map((o) => [o.key, o.default])).toEqual([
      ['e.buf', { raw: '2 * 1024 mb', value: 2147483648, kind: 'expression' }],
      ['e.neg', { raw: '-1 * 5', value: -5, kind: 'expression' }],
      ['e.odd', { raw: '2 * 3 kb', value: null, kind: 'expression' }],
      ['e.wait', { raw: '10 * 60 s', value: 600000, kind: 'expression' }],
    ]);
    expect(messagesOf(result)).toEqual([
      'e.md:3:12 default-expression: Default "10 * 60 s" is an expression; read as 600000 ms',
      'e.md:4:11 default-expression: Default "2 * 1024 mb" is an expression; read as 2147483648 bytes',
      'e.md:5:11 default-expression: Default "-1 * 5" is an expression; read as -5',
      'e.md:6:11 default-expression: Default "2 * 3 kb" is an expression; kept as written, with no typed value',
    ]);
    expect(toDiagnostics(result.files).map((d) => d.hint)).toEqual([
      'Write the value itself: 10 * 60 s = 600 s.',
      'Write the value itself: 2 * 1024 mb = 2048 mb.',
      'Write the value itself: -1 * 5 = -5.',
      'Write the value itself: 2 * 3 kb = 6 kb.',
    ]);
  });

  it('NONE of an Enum is its value; (none) is no default', () => {
    const result = build({
      'n.md': table([
        '| n.codec | NONE | Enum | Possible values: NONE, LZ4. |',
        '| n.unset | (none) | Enum | Possible values: NONE, LZ4. |',
        '| n.string | none | String | s |',
      ]),
    });
    expect(result.registry.options.map((o) => [o.key, o.default])).toEqual([
      ['n.codec', { raw: 'NONE', value: 'NONE', kind: 'literal' }],
      ['n.string', null],
      ['n.unset', null],
    ]);
    // Without a list of values, NONE in capitals is the constant and none the marker.
    const unlisted = build({ 'u.md': table(['| u.codec | NONE | Enum | Compression. |', '| u.mode | none | Enum | Mode. |']) });
    expect(unlisted.registry.options.map((o) => [o.key, o.default])).toEqual([
      ['u.codec', { raw: 'NONE', value: 'NONE', kind: 'literal' }],
      ['u.mode', null],
    ]);
  });

  it('enum values from a description carry no sentence punctuation', () => {
    expect(enumValuesInDescription('Possible values: STREAMING, BATCH, AUTOMATIC.')).toEqual(['STREAMING', 'BATCH', 'AUTOMATIC']);
    expect(enumValuesInDescription('可选值：hashmap、rocksdb。')).toEqual(['hashmap', 'rocksdb']);
    expect(enumValuesInDescription('Possible values: A; B,')).toEqual(['A']);
    expect(enumValuesInDescription('Possible values: "LOW", "HIGH".')).toEqual(['LOW', 'HIGH']);
  });

  it('an unknown type suggests the nearest known one', () => {
    expect(
      ['Intger', 'Stirng', 'Durration', 'boolen', 'memorysise', 'List<Intger>', 'Widget', 'String or Integer', '整形', 'Mpa'].map(
        suggestType,
      ),
    ).toEqual(['Integer', 'String', 'Duration', 'Boolean', 'MemorySize', 'List<Integer>', undefined, undefined, undefined, undefined]);
    // A known type's name with arguments it does not take: that type (a List's arguments are its element type).
    expect(['Integer<Long>', 'Duration[ms]', 'int(11)', 'Boolean{x}', 'List[Widget]', 'Widget<String>'].map(suggestType)).toEqual([
      'Integer',
      'Duration',
      'Integer',
      'Boolean',
      undefined,
      undefined,
    ]);
    expect([editDistance('Stirng', 'String'), editDistance('', 'abc'), editDistance('kitten', 'sitting')]).toEqual([1, 3, 3]);
    const result = build({
      'u.md': table([
        '| u.count | 3 | Intger | c |',
        '| u.mode | BATCH | Enum<RuntimeMode> | Possible values: BATCH, STREAMING. |',
        '| u.tags | a:1,b:2 | Map<String,String> | m |',
        '| u.wide | 7 | Integer<Long> | w |',
      ]),
    });
    expect(result.registry.options.map((o) => [o.key, o.type, o.enumValues, o.default?.value])).toEqual([
      ['u.count', 'Unknown', [], '3'],
      ['u.mode', 'Enum', ['BATCH', 'STREAMING'], 'BATCH'],
      ['u.tags', 'Map', [], { a: '1', b: '2' }],
      ['u.wide', 'Unknown', [], '7'],
    ]);
    expect(messagesOf(result)).toEqual([
      'u.md:3:17 unknown-type: Unknown type "Intger" (did you mean Integer?); the option\'s type is recorded as Unknown',
      'u.md:6:16 unknown-type: Unknown type "Integer<Long>" (did you mean Integer?); the option\'s type is recorded as Unknown',
    ]);
  });
});

describe('registry diagnostics for rows', () => {
  it("raw HTML in any cell (not formatting, not a key's placeholder) is reported where it stands", () => {
    const result = build({
      'h.md': table([
        '| h.a | 1 | Integer | <script>x</script> and <b>bold</b> |',
        '| h.b<param> | <img src=x> | Integer | <iframe src="y"></iframe> |',
        '| h.c | 1 | Integer | <div>a</div><!-- a comment --> |',
      ]),
    });
    expect(diagnosticsOf(result).filter((d) => d.includes('raw-html'))).toEqual([
      'h.md:3:23 warning raw-html',
      'h.md:4:16 warning raw-html',
      'h.md:4:40 warning raw-html',
      'h.md:5:23 warning raw-html',
    ]);
    expect(result.registry.options.map((o) => o.key)).toEqual(['h.a', 'h.b<param>', 'h.c']);
  });

  it('a bare <script> or <iframe> in a key is HTML, never a placeholder', () => {
    const result = build({
      'h.md': table(['| h.<script> | 1 | Integer | s |', '| h.<iframe>.x | 1 | Integer | i |', '| h.<name>.x | 1 | Integer | n |']),
    });
    expect(result.registry.options.map((o) => o.key)).toEqual(['h.<name>.x']);
    expect(diagnosticsOf(result)).toEqual([
      'h.md:3:3 error invalid-key',
      'h.md:3:5 warning raw-html',
      'h.md:4:3 error invalid-key',
      'h.md:4:5 warning raw-html',
    ]);
  });

  it('a row repeated word for word is a duplicate row; a key repeated with other cells a duplicate key', () => {
    const result = build({
      'r.md': table(['| r.a | 1 | Integer | Same. |', '| r.a | 1 | Integer | Same. |', '| r.a | 2 | Integer | Other. |']),
    });
    // The two defaults disagree within one note: reported once, at the first, and an error.
    expect(diagnosticsOf(result)).toEqual([
      'r.md:3:9 error conflicting-default',
      'r.md:4:3 warning duplicate-row',
      'r.md:5:3 warning duplicate-key',
    ]);
  });

  it('keys that differ only in case, in one version, are named with both places', () => {
    const result = build({
      'c.md': table(['| state.backend | hashmap | String | s |']),
      'd.md': table(['| State.Backend | hashmap | String | s |']),
      'v/2.0/e.md': table(['| STATE.BACKEND | x | String | another version |']),
    });
    expect(messagesOf(result)).toEqual([
      'd.md:3:3 key-case: Key "State.Backend" differs only in case from "state.backend" at c.md:3:3; keys are case-sensitive, so these are two options',
    ]);
  });
});

describe('property: whatever the key cell holds', () => {
  const pieces = fc.constantFrom(
    'a',
    'b.c',
    'x-y',
    '_',
    '__',
    '.',
    '..',
    '<',
    '>',
    '<param>',
    '<name>',
    '</span>',
    '<span class="k">',
    '<b>',
    '<img src=x>',
    '*',
    '**',
    '`',
    '~~',
    '\\',
    '/',
    '"',
    "'",
    ' ',
    '\t',
    '\u200b',
    '\ufeff',
    '\ufffd',
    '\u0000',
    '\u0007',
    '#',
    '##### ',
    '[',
    ']',
    '(',
    ')',
    '[Anchor link for: k](#k)',
    '[¶](#k)',
    '&lt;',
    '&amp;',
    '&#0;',
    '&#8203;',
    'Batch',
    '（已过期）',
    '(deprecated)',
    '__proto__',
    'constructor',
    'prototype',
    '中文',
    '|',
    '\\|',
    '<!--',
    '-->',
  );
  const cell = fc
    .oneof(
      fc.array(pieces, { maxLength: 12 }).map((parts) => parts.join('')),
      fc.string({ unit: 'binary', maxLength: 30 }),
    )
    .map((text) => text.replace(/[\r\n]/g, ' '));

  it('a published key fits the grammar, and every row is an option or named in a diagnostic', () => {
    fc.assert(
      fc.property(fc.array(cell, { minLength: 1, maxLength: 6 }), (cells) => {
        const result = build({ 'p.md': table(cells.map((text, i) => `| ${text} | ${i} | Integer | row ${i} |`)) });
        for (const option of result.registry.options) {
          expect(option.key).not.toBe('');
          expect(keyProblem(option.key), JSON.stringify(option.key)).toBeUndefined();
        }
        const sourced = new Set(result.registry.options.flatMap((o) => o.sources.map((s) => `${s.file}:${s.line}`)));
        const diagnosed = new Set(
          result.files.flatMap((file) => file.messages.filter((m) => ROW_RULES.has(String(m.ruleId))).map((m) => `${file.path}:${m.line}`)),
        );
        expect(new Set([...sourced, ...diagnosed]).size).toBe(result.stats.tableRows);
      }),
      { numRuns: 300 },
    );
  });
});
