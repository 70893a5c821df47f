/**
 * Bad input as an attacker or a careless author writes it: each case gives a
 * diagnostic with file:line:col, no crash, and the rest of the note read.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { exportOptions } from '../../src/lib/export/index.ts';
import { apiSlugs } from '../../src/lib/export/api.ts';
import { buildRegistry, type BuildResult } from '../../src/lib/registry/index.ts';
import { ROW_RULES } from '../../src/lib/registry/diagnostics.ts';
import { loadRegistry } from '../../src/lib/registry/load.ts';
import { DEFAULT_BUDGET } from '../../src/lib/registry/parse-pool.ts';
import { parseMap } from '../../src/lib/registry/values.ts';
import { parseMarkdown } from '../../src/lib/registry/markdown.ts';
import { joinLargeTables, splitLargeTables } from '../../src/lib/registry/large-tables.ts';
import { parseInPieces, splitSections, SPLIT_BYTES } from '../../src/lib/registry/sections.ts';
import remarkGfm from 'remark-gfm';
import { flinkCorpus as corpus, itWith } from '../helpers/shared.ts';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { MAX_NESTING } from '../../src/lib/registry/nesting.ts';
import { searchDocuments } from '../../src/lib/search/documents.ts';
import { createSearchIndex, searchIndex } from '../../src/lib/search/index.ts';
import { optionSlug } from '../../src/lib/urls/slugs.ts';

const root = fileURLToPath(new URL('../../', import.meta.url));
/** Fixtures made to exceed the parse budget (too-complex): parsed without a budget they take minutes. */
const OVER_BUDGET = /^(?:hostile\/(?:comments|emphasis-run)\.md|rules\/too-complex\/generated\.md)$/;
const table = (rows: string[]) => `| Key | Default | Type | Description |\n| --- | --- | --- | --- |\n${rows.join('\n')}\n`;
/** A note: a title, the case, then a table that must still be read. */
const note = (body: string) => `# Note\n\n${body}\n\n${table(['| after.key | 1 | Integer | Read after the case. |'])}`;
const build = (contents: string | Uint8Array, path = 'n.md') => buildRegistry([{ path, contents }]);
const messages = (result: BuildResult) =>
  result.files.flatMap((file) => file.messages.map((m) => `${file.path}:${m.line}:${m.column} ${m.ruleId}`));
const keys = (result: BuildResult) => result.registry.options.map((option) => option.key);

describe('bytes that are not UTF-8', () => {
  const text = note('Some prose.');
  const utf16 = (value: string, littleEndian: boolean) => {
    const bytes = new Uint8Array(value.length * 2);
    const view = new DataView(bytes.buffer);
    [...value].forEach((char, i) => view.setUint16(i * 2, char.charCodeAt(0), littleEndian));
    return bytes;
  };

  it('UTF-16 without a byte-order mark is told by its zero bytes and decoded, with a warning', () => {
    for (const littleEndian of [true, false]) {
      const result = build(utf16(text, littleEndian));
      expect(keys(result)).toEqual(['after.key']);
      expect(messages(result)).toEqual(['n.md:1:1 encoding']);
      expect(result.files[0]!.messages[0]!.reason).toContain(
        `UTF-16 (${littleEndian ? 'little' : 'big'}-endian) without a byte-order mark`,
      );
    }
  });

  it('invalid UTF-8 (a GBK note) is reported at its line; the rest is read', () => {
    const gbk = new Uint8Array([
      ...new TextEncoder().encode('# Note\n\n'),
      0xc4,
      0xe3,
      0xba,
      0xc3,
      ...new TextEncoder().encode(`\n\n${table(['| after.key | 1 | Integer | Read. |'])}`),
    ]);
    const result = build(gbk);
    expect(keys(result)).toEqual(['after.key']);
    expect(messages(result)).toEqual(['n.md:3:1 encoding']);
  });

  it('a 5 MB line is read (and timed in the bench)', () => {
    const result = build(note('word '.repeat(1_000_000)));
    expect(keys(result)).toEqual(['after.key']);
  });
});

describe('nesting deeper than anything a person writes', () => {
  it.each([
    ['a 10,000-deep list on one line', '- '.repeat(10_000) + 'deep', 'line 3', 10_000],
    ['a 10,000-deep block quote', '>'.repeat(10_000) + ' deep', 'line 3', 10_000],
    ['a 10,000-deep quoted list', '> - '.repeat(5_000) + 'deep', 'line 3', 10_000],
    // Line 3 + 32 is the first item deeper than the limit.
    [
      'a 1,000-deep list by indentation',
      Array.from({ length: 1_000 }, (_, i) => `${'  '.repeat(i)}- level ${i}`).join('\n'),
      'lines 35–1002',
      1_000,
    ],
  ] as const)('%s: cut to the limit, reported on its first line, the table after it read', (_, body, lines, depth) => {
    const result = build(note(body));
    expect(keys(result)).toEqual(['after.key']);
    expect(messages(result)).toEqual([`n.md:${lines.split(/[ –]/)[1]}:1 too-deep`]);
    const [message] = result.files[0]!.messages;
    expect(message!.reason).toBe(`Block quotes and lists nest ${depth} levels deep on ${lines}; they are read as ${MAX_NESTING} levels.`);
    expect(message!.note).toBe('Markdown nested this deep is almost always generated by mistake: flatten it.');
  });

  it('code in a fence is left as written, however deeply it is indented', () => {
    const code = `${' '.repeat(80)}* a Javadoc line\n${' '.repeat(70)}- a YAML item\n${'> '.repeat(40)}quoted in code`;
    const result = build(note(`\`\`\`text\n${code}\n\`\`\``));
    expect(messages(result)).toEqual([]);
    const block = result.registry.notes[0]!.blocks.find((b) => b.kind === 'code');
    expect(block && block.kind === 'code' ? block.value : '').toBe(code);
  });

  it('a list 40 levels deep keeps its text: the levels past the limit become items of the deepest one', () => {
    const result = build(note(`${'- '.repeat(40)}deepest words`));
    const prose = result.registry.notes[0]!.blocks.find((block) => block.kind === 'prose' && block.text.includes('deepest'));
    expect(prose && prose.kind === 'prose' ? prose.html.match(/<ul>/g)?.length : 0).toBe(MAX_NESTING);
  });

  it('10,000 nested HTML elements and 1,000 nested emphasis markers: text kept, reported, no crash', () => {
    const html = build(note(`${'<div>'.repeat(10_000)}inner text${'</div>'.repeat(10_000)}`));
    expect(keys(html)).toEqual(['after.key']);
    expect(messages(html)).toEqual(['n.md:3:1 too-deep']);
    expect(html.registry.notes[0]!.blocks.some((block) => block.kind === 'prose' && block.text.includes('inner text'))).toBe(true);
    const emphasis = build(note(`${'*'.repeat(1_000)}x${'*'.repeat(1_000)}`));
    expect(keys(emphasis)).toEqual(['after.key']);
    // Reported where the markup passes the depth kept.
    expect(messages(emphasis)).toEqual(['n.md:3:253 too-deep']);
    expect(emphasis.registry.notes[0]!.blocks.some((block) => block.kind === 'prose' && block.text.includes('x'))).toBe(true);
  });

  it('a 10,000-deep HTML description in a table cell: the option is kept, its description as text', () => {
    const result = build(`# T\n\n${table([`| deep.html | 1 | Integer | ${'<span>'.repeat(10_000)}words${'</span>'.repeat(10_000)} |`])}`);
    expect(keys(result)).toEqual(['deep.html']);
    expect(result.registry.options[0]!.descriptions.en!.text).toContain('words');
    // The tags past the depth limit are text: tens of thousands of characters, past the summary budget.
    expect(messages(result)).toEqual(['n.md:5:29 long-description', 'n.md:5:29 too-deep']);
  });
});

describe('very long tables are parsed in pieces, into the tree one parse gives', () => {
  const rows = (prefix: string, count: number) =>
    Array.from(
      { length: count },
      (_, i) => `| ${prefix}.option-${i} | ${i} | Integer | Row ${i}, with \`code\` and a [link](https://example.org/${i}). |`,
    );
  const text = [
    '# Long',
    '',
    table(rows('first', 4_500)),
    'A paragraph after it, with **strong** text.',
    '',
    '```md',
    table(rows('fenced', 2_500)),
    '```',
    '',
    table(rows('second', 2_001)),
    '- a list after the tables',
    '',
  ].join('\n');

  it('the same mdast, positions included, as remark-gfm parsing it whole', () => {
    const whole = unified().use(remarkParse).use(remarkGfm).parse(text);
    expect(JSON.stringify(parseMarkdown(text))).toBe(JSON.stringify(whole));
  });

  it('a header and delimiter of different widths are no table (GFM): not cut, read as one parse reads it', () => {
    const notTable = ['# Not a table', '', '| a | b | c | d |', '| --- | --- | --- |', ...rows('x', 2_500), ''].join('\n');
    expect(splitLargeTables(notTable).chunks).toEqual([]);
    expect(JSON.stringify(parseMarkdown(notTable))).toBe(JSON.stringify(unified().use(remarkParse).use(remarkGfm).parse(notTable)));
  });

  it('when a chunk finds no table to join, the caller is told (and parses the text whole)', () => {
    const split = splitLargeTables(text);
    expect(split.chunks.length).toBeGreaterThan(0);
    const parse = (part: string) => unified().use(remarkParse).use(remarkGfm).parse(part);
    expect(joinLargeTables(parse('# No tables here'), split, parse)).toBe(false);
    expect(joinLargeTables(parse(split.text), split, parse)).toBe(true);
  });

  it('every row an option, at its own line', () => {
    const result = build(text);
    expect(result.registry.options.length).toBe(4_500 + 2_001);
    const last = result.registry.options.find((o) => o.key === 'second.option-2000')!;
    expect(last.sources[0]!.line).toBe(text.split('\n').indexOf(rows('second', 2_001)[2000]!) + 1);
    expect(last.descriptions.en!.markdown).toBe('Row 2000, with `code` and a [link](https://example.org/2000).');
  });
});

describe('long notes are parsed a section at a time, into the tree one parse gives', () => {
  const parse = (text: string) => unified().use(remarkParse).use(remarkGfm).parse(text);
  const filler = (n: number) =>
    Array.from(
      { length: n },
      (_, i) =>
        `## Section ${i}\n\nSome prose for section ${i} with *emphasis* and \`code\`.\n\n${table([`| s${i}.key | ${i} | Integer | Row. |`])}`,
    ).join('\n');
  const tricky = [
    '```md',
    '',
    '# a heading inside a fence',
    '```',
    '',
    '<!-- a comment',
    '',
    '# a heading inside a comment',
    '-->',
    '',
    '<pre>',
    '',
    '# a heading inside pre',
    '</pre>',
    '',
    '- a list',
    '',
    '# a heading right after a loose list',
    'Setext heading',
    '---',
  ].join('\n');

  it('the same mdast, positions included, as remark-gfm parsing it whole', () => {
    for (const text of [filler(2_500), `${filler(1_200)}\n\n${tricky}\n\n${filler(1_200)}\n${tricky}`]) {
      expect(text.length).toBeGreaterThan(SPLIT_BYTES);
      expect(splitSections(text).length).toBeGreaterThan(2);
      expect(JSON.stringify(parseInPieces(text, parse))).toBe(JSON.stringify(parse(text)));
    }
  });

  it('a note with link reference definitions is parsed whole (they reach across it)', () => {
    expect(splitSections(`${filler(2_500)}\n\n[ref]: https://example.org/\n`)).toHaveLength(1);
  });

  it('the notes as they are: the seed, every fixture and the Flink corpora give the same tree either way', async () => {
    const { readContent } = await import('../../src/lib/registry/load.ts');
    const folders = [join(root, 'content'), join(root, 'tests/fixtures')];
    let compared = 0;
    let cut = 0;
    for (const folder of folders) {
      for (const note of await readContent(folder)) {
        // Notes made to exceed the parse budget, or nested past what a plain parse survives, are left out: nothing caps them here.
        if (OVER_BUDGET.test(note.path) || note.path === 'hostile/deep.md') continue;
        const text = typeof note.contents === 'string' ? note.contents : new TextDecoder().decode(note.contents);
        // Forced into pieces at every safe heading, whatever its size.
        expect(JSON.stringify(parseInPieces(text, parse, 0)), note.path).toBe(JSON.stringify(parse(text)));
        compared++;
        if (splitSections(text, 0).length > 1) cut++;
      }
    }
    expect(compared).toBeGreaterThan(40);
    expect(cut).toBeGreaterThan(5);
  });

  itWith(corpus, 'the Flink corpora as imported give the same tree either way (needs ../shared/corpus/flink)', async () => {
    const { importFlinkHtml } = await import('../../src/lib/importers/flink-html.ts');
    let compared = 0;
    for (const version of readdirSync(corpus).filter((name) => statSync(join(corpus, name)).isDirectory())) {
      for (const file of readdirSync(join(corpus, version)).filter((name) => name.endsWith('.html'))) {
        const note = importFlinkHtml(file, readFileSync(join(corpus, version, file), 'utf8'), { version });
        if (!note) continue;
        expect(JSON.stringify(parseInPieces(note.markdown, parse, 0)), file).toBe(JSON.stringify(parse(note.markdown)));
        compared++;
      }
    }
    // Each imported note is one table under one heading: nothing to cut, and nothing may change.
    expect(compared).toBeGreaterThan(200);
  });
});

describe('table rows Markdown does not read as a table are reported', () => {
  it('an HTML comment that is never closed', () => {
    const result = build(
      `# T\n\n${table(['| before.key | 1 | Integer | b |'])}\n<!-- never closed\n\n${table(['| hidden.key | 1 | Integer | h |'])}`,
    );
    expect(keys(result)).toEqual(['before.key']);
    expect(messages(result)).toEqual(['n.md:7:1 hidden-table']);
    expect(result.files[0]!.messages[0]!.reason).toBe(
      'This HTML comment is never closed: it hides the rest of the note (lines 7–12, 2 table rows).',
    );
  });

  it('a table right under <details> (no blank line)', () => {
    const result = build(`# T\n\n<details>\n<summary>More</summary>\n${table(['| hidden.key | 1 | Integer | h |'])}</details>\n`);
    expect(keys(result)).toEqual([]);
    expect(messages(result)).toEqual(['n.md:1:1 no-options', 'n.md:3:1 hidden-table']);
  });

  it('a closed comment around rows is the author leaving them out, not a mistake', () => {
    expect(messages(build(`# T\n\nOld options:\n\n<!--\n${table(['| old.key | 1 | Integer | o |'])}-->\n`))).toEqual([
      'n.md:1:1 no-options',
    ]);
  });
});

describe('odd and hostile keys', () => {
  const result = build(
    `# T\n\n${table([
      '| "quoted.key" | 1 | Integer | q |',
      '| `__proto__` | 1 | Integer | proto |',
      '| `constructor` | 1 | Integer | c |',
      '| toString.x | 1 | Integer | t |',
      '| ../../etc/passwd | 1 | Integer | p |',
      `| a.${'long'.repeat(100)} | 1 | Integer | long |`,
      '| Case.Key | 1 | Integer | upper |',
      '| case.key | 1 | Integer | lower |',
      '| a.zero\u200bwidth | 1 | Integer | z |',
      '| a.<name>.x | 1 | Integer | placeholder |',
      '| map.proto | `__proto__:x,a:b` | Map | A map default with a `__proto__` entry. |',
    ])}`,
  );

  it('are keys or errors: reserved segments, slashes and invisible characters are not published, each named at its line', () => {
    expect(keys(result)).toEqual([
      'Case.Key',
      'a.<name>.x',
      `a.${'long'.repeat(100)}`,
      'case.key',
      'map.proto',
      'quoted.key',
      'toString.x',
    ]);
    // `__proto__`, `constructor`, `../../etc/passwd`, the zero-width space; and the two keys that differ only in case.
    expect(messages(result)).toEqual([
      'n.md:6:3 invalid-key',
      'n.md:7:3 invalid-key',
      'n.md:9:3 invalid-key',
      'n.md:12:3 key-case',
      'n.md:13:3 invalid-key',
    ]);
    expect(result.registry.options.find((o) => o.key === 'map.proto')!.default!.value).toEqual(
      Object.fromEntries([
        ['__proto__', 'x'],
        ['a', 'b'],
      ]),
    );
    expect(Object.keys(result.registry.options.find((o) => o.key === 'map.proto')!.default!.value as object)).toEqual(['__proto__', 'a']);
  });

  it('a column headed `__proto__` is kept as an extra column like any other', () => {
    const extra = build(
      `# T\n\n| Key | Default | Type | Description | \`__proto__\` | constructor |\n| --- | --- | --- | --- | --- | --- |\n| x.y | 1 | Integer | d | p | c |\n`,
    );
    expect(extra.registry.options[0]!.extra).toEqual(
      Object.fromEntries([
        ['__proto__', 'p'],
        ['constructor', 'c'],
      ]),
    );
    expect(Object.keys(extra.registry.options[0]!.extra)).toEqual(['__proto__', 'constructor']);
  });

  it('get safe, unique file names: one path segment each, never `.` or `..`', () => {
    const slugs = result.registry.options.map((option) => optionSlug(option.key));
    expect(new Set(slugs).size).toBe(slugs.length);
    for (const slug of slugs) {
      expect(slug).toMatch(/^[a-z0-9][a-z0-9._-]*$/);
      expect(slug).not.toMatch(/\.\./);
      expect(slug.length).toBeLessThanOrEqual(120);
    }
    // Case-only differences stay apart on case-insensitive file systems too.
    expect(new Set(slugs.map((slug) => slug.toLowerCase())).size).toBe(slugs.length);
  });

  it('pollute no prototype on the way to search, export and the API', () => {
    const docs = searchDocuments(result.registry, 'en', null);
    const hits = searchIndex(createSearchIndex(docs, result.registry), 'toString.x', { limit: 3 });
    expect(hits[0]).toMatchObject({ kind: 'option', key: 'toString.x' });
    expect(
      searchIndex(createSearchIndex(docs, result.registry), '__proto__', { limit: 3 }).filter(
        (hit) => hit.kind === 'option' && hit.key === '__proto__',
      ),
    ).toEqual([]);
    expect(Object.keys(apiSlugs(result.registry.options, result.registry.current).options)).toContain('toString.x');
    expect(exportOptions('json', result.registry.options, 'en', (o) => `/${o.key}`)).toContain('"key": "toString.x"');
    expect(({} as Record<string, unknown>)['x']).toBeUndefined();
    expect(Object.getPrototypeOf({})).toBe(Object.prototype);
  });
});

describe('property-based: the parser and the value parsers never throw', () => {
  const markdownish = fc
    .array(
      fc.constantFrom(
        '|',
        '-',
        '*',
        '_',
        '`',
        '>',
        '<',
        '>',
        '[',
        ']',
        '(',
        ')',
        '!',
        '#',
        ' ',
        '\n',
        '\r\n',
        '\\',
        'a.b',
        'key',
        '<!--',
        '-->',
        '<div>',
        '</div>',
        '```',
        '---',
        '\u200b',
        '\u2028',
        '\ufeff',
        '\u0000',
        '中',
        '1 gb',
        '{}',
        ':',
      ),
      { maxLength: 200 },
    )
    .map((parts) => parts.join(''));

  it('any text as a note, in Markdown-ish or arbitrary Unicode', () => {
    fc.assert(
      fc.property(fc.oneof(markdownish, fc.string({ unit: 'binary', maxLength: 300 })), (text) => {
        const result = build(text);
        expect(Array.isArray(result.registry.options)).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it('any text in an option table’s cells, whatever the type', () => {
    const cell = fc.oneof(markdownish, fc.string({ maxLength: 40 })).map((text) => text.replace(/[|\n\r]/g, ' '));
    const type = fc.constantFrom(
      'Integer',
      'Long',
      'Boolean',
      'Duration',
      'MemorySize',
      'List<String>',
      'Map',
      'Double',
      'Enum',
      'String',
      'Unknown thing',
    );
    fc.assert(
      fc.property(cell, type, cell, (value, kind, description) => {
        const result = build(`# T\n\n${table([`| k.x | ${value} | ${kind} | ${description} |`])}`);
        expect(result.stats.tableRows).toBe(1);
      }),
      { numRuns: 300 },
    );
  });

  it('map defaults give own properties only', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.tuple(
            fc.constantFrom('__proto__', 'constructor', 'a', 'toString'),
            fc.string({ maxLength: 5 }).map((s) => s.replace(/[,:'"]/g, '')),
          ),
          { maxLength: 5 },
        ),
        (pairs) => {
          const map = parseMap(pairs.map(([k, v]) => `${k}:${v}`).join(','));
          if (map) expect(Object.getPrototypeOf(map)).toBe(Object.prototype);
        },
      ),
    );
  });

  it('slugs of any key are one safe path segment, and differ for different keys', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 200 }), fc.string({ unit: 'binary', maxLength: 200 }), (a, b) => {
        for (const slug of [optionSlug(a), optionSlug(b)]) expect(slug).toMatch(/^[a-z0-9][a-z0-9._-]*$/);
        if (a !== b) expect(optionSlug(a)).not.toBe(optionSlug(b));
      }),
      { numRuns: 1000 },
    );
  });
});

describe('row conservation in every fixture and the bundled content', () => {
  const folders = [
    join(root, 'content'),
    ...['rules', 'site', 'export', 'search', 'xss', 'hostile', 'team-notes'].flatMap((name) => {
      const folder = join(root, 'tests/fixtures', name);
      return name === 'rules'
        ? readdirSync(folder)
            .map((rule) => join(folder, rule))
            .filter((path) => statSync(path).isDirectory())
        : [folder];
    }),
  ];

  it.each(folders.map((folder) => [folder.slice(root.length), folder]))(
    '%s: every row of an option table is an option source or named in a diagnostic',
    async (_, folder) => {
      // The hostile notes made to exceed the budget are stopped sooner than by default.
      const { registry, files, stats } = await loadRegistry(folder, { threads: 2, budget: { ...DEFAULT_BUDGET, baseMs: 3000 } });
      const sourced = new Set(registry.options.flatMap((o) => o.sources.map((s) => `${s.file}:${s.line}`)));
      const diagnosed = new Set(
        files.flatMap((file) => file.messages.filter((m) => ROW_RULES.has(String(m.ruleId))).map((m) => `${file.path}:${m.line}`)),
      );
      expect(new Set([...sourced, ...diagnosed]).size).toBe(stats.tableRows);
    },
  );
});
