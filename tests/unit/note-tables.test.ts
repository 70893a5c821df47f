import { describe, expect, it } from 'vitest';
import type { BuildResult } from '../../src/lib/registry/index.ts';
import type { NoteBlock } from '../../src/lib/registry/schema.ts';
import { isBareKeyCell, linkKeyCell } from '../../src/lib/site/note-table.ts';
import { build, diagnosticsOf } from '../helpers/notes.ts';

type OptionsBlock = Extract<NoteBlock, { kind: 'options' }>;

function tablesOf(result: BuildResult, file: string): OptionsBlock[] {
  const note = result.registry.notes.find((n) => n.file === file);
  if (!note) throw new Error(`no note ${file}`);
  return note.blocks.filter((block): block is OptionsBlock => block.kind === 'options');
}

/** Each row as `id line key | cell texts…`. */
function rowsOf(block: OptionsBlock): string[] {
  return block.rows.map((row) => `${row.id} ${row.line} ${row.key ?? '∅'} | ${row.cells.map((cell) => cell.text).join(' ¦ ')}`);
}

describe('options blocks keep their rows as written', () => {
  it('keeps each cell as its own Markdown renders it, sanitized, with site links', () => {
    const result = build({
      'tuning.md': [
        '# Tuning',
        '',
        '| Key | Default | Description | 备注 |',
        '| --- | --- | --- | --- |',
        '| `state.backend.type` | **rocksdb** | See [the guide](guide.md) and `state.backend.incremental`.<br>Second line. | 线上<script>alert(1)</script>统一 |',
        '| ~~state.backend~~ | (none) | 已废弃 | [Flink](https://flink.apache.org/) |',
        '',
      ].join('\n'),
      'guide.md': '# Guide\n',
    });
    const [block] = tablesOf(result, 'tuning.md');
    expect(block!.columns).toEqual([
      { header: 'Key', role: 'key' },
      { header: 'Default', role: 'default' },
      { header: 'Description', role: 'description' },
      { header: '备注', role: null },
    ]);
    expect(block!.keys).toEqual(['state.backend.type', 'state.backend']);
    expect(block!.rows).toEqual([
      {
        line: 5,
        key: 'state.backend.type',
        id: 'state.backend.type',
        cells: [
          { html: '<code>state.backend.type</code>', text: 'state.backend.type' },
          // As written: `**rocksdb**` stays bold, where the registry's default is the plain value.
          { html: '<strong>rocksdb</strong>', text: 'rocksdb' },
          {
            html: 'See <a href="/_confref/notes/guide/">the guide</a> and <code>state.backend.incremental</code>.<br>Second line.',
            text: 'See the guide and state.backend.incremental.\nSecond line.',
          },
          // The script is sanitized away, as in descriptions.
          { html: '线上统一', text: '线上统一' },
        ],
      },
      {
        line: 6,
        key: 'state.backend',
        id: 'state.backend',
        cells: [
          { html: '<del>state.backend</del>', text: 'state.backend' },
          { html: '(none)', text: '(none)' },
          { html: '已废弃', text: '已废弃' },
          { html: '<a href="https://flink.apache.org/">Flink</a>', text: 'Flink' },
        ],
      },
    ]);
  });

  it('shows odd rows as written, one cell per header column; rows cut off by a blank line join the table', () => {
    const note = [
      '# Odd rows',
      '',
      '| Key | Default | Type | Description |',
      '| --- | --- | --- | --- |',
      '| a.short | 1 | Integer |',
      '| a.long | x | String | left | right |',
      '| | a.lead | 2 | Integer | lead desc |',
      '| a.shift | The number of retries before giving up | 否 | |',
      '| Storage settings |  |  |  |',
      '| bad key! | 1 | Integer | d |',
      '| | | | |',
      '| a.tab\t3\tInteger\ttabbed |',
      '| a.flag | 5 | Integer | 是 |',
      '',
      '| a.cut | 4 | Integer | cut off |',
      '| a.cut.long | 6 | Integer | one | two | three |',
      '',
    ].join('\n');
    const result = build({ 'odd.md': note });
    const blocks = tablesOf(result, 'odd.md');
    expect(blocks).toHaveLength(1);
    expect(rowsOf(blocks[0]!)).toEqual([
      // Too few cells: the missing one is empty.
      'a.short 5 a.short | a.short ¦ 1 ¦ Integer ¦ ',
      // Too many: the cells past the header join the last one, as the author's `|` most likely meant.
      'a.long 6 a.long | a.long ¦ x ¦ String ¦ left | right',
      // An extra empty first cell: shown as the row was read, without it.
      'a.lead 7 a.lead | a.lead ¦ 2 ¦ Integer ¦ lead desc',
      // Shifted one cell left: shown as written, not shifted back.
      'a.shift 8 a.shift | a.shift ¦ The number of retries before giving up ¦ 否 ¦ ',
      // A caption, an invalid key and an empty row have no key (each is in a diagnostic) but are shown.
      'L9 9 ∅ | Storage settings ¦  ¦  ¦ ',
      'L10 10 ∅ | bad key! ¦ 1 ¦ Integer ¦ d',
      'L11 11 ∅ |  ¦  ¦  ¦ ',
      // Tabs where `|` should be: split at the tabs, as the registry reads it.
      'a.tab 12 a.tab | a.tab ¦ 3 ¦ Integer ¦ tabbed',
      // A required flag in Description is shown where it was written.
      'a.flag 13 a.flag | a.flag ¦ 5 ¦ Integer ¦ 是',
      // Cut off by a blank line: rows of the table above, at their own lines.
      'a.cut 15 a.cut | a.cut ¦ 4 ¦ Integer ¦ cut off',
      'a.cut.long 16 a.cut.long | a.cut.long ¦ 6 ¦ Integer ¦ one | two | three',
    ]);
    // Every row the page shows is an option or in a diagnostic at its line.
    expect(diagnosticsOf(result)).toEqual([
      'odd.md:5:1 warning malformed-row',
      'odd.md:5:3 warning missing-description',
      'odd.md:6:1 warning malformed-row',
      'odd.md:7:1 warning malformed-row',
      'odd.md:8:1 warning shifted-row',
      'odd.md:9:1 warning section-row',
      'odd.md:10:3 error invalid-key',
      'odd.md:11:1 warning malformed-row',
      'odd.md:12:1 warning tab-separated-row',
      'odd.md:13:3 warning missing-description',
      'odd.md:13:26 warning flag-in-description',
      'odd.md:15:1 warning table-split',
      'odd.md:16:1 warning malformed-row',
    ]);
  });

  it('reads a table without a delimiter row the same way', () => {
    const result = build({ 'bare.md': '| 参数 | 默认值 | 说明 |\n| a.b | 1 | 一 |\n| a.c | 2 |\n' });
    expect(rowsOf(tablesOf(result, 'bare.md')[0]!)).toEqual(['a.b 2 a.b | a.b ¦ 1 ¦ 一', 'a.c 3 a.c | a.c ¦ 2 ¦ ']);
  });

  it("gives a key's first row in the note its key as id, and every other row its line", () => {
    const result = build({
      'ids.md': [
        '| Key | Default |',
        '| --- | --- |',
        '| a.b | 1 |',
        '| parallelism | 1 |',
        '| metrics.reporter.<name>.class | (none) |',
        '| taskmanager.numberOfTaskSlots | 1 |',
        '',
        '## Again',
        '',
        '| Key | Description |',
        '| --- | --- |',
        '| a.b | the same key in a second table |',
        '',
      ].join('\n'),
    });
    expect(
      tablesOf(result, 'ids.md')
        .flatMap((block) => block.rows)
        .map((row) => [row.id, row.key]),
    ).toEqual([
      ['a.b', 'a.b'],
      // No dot: it could be a heading's id.
      ['L4', 'parallelism'],
      // `<` and `>` make a poor URL fragment.
      ['L5', 'metrics.reporter.<name>.class'],
      // Upper case is kept: ids are case-sensitive, as keys are.
      ['taskmanager.numberOfTaskSlots', 'taskmanager.numberOfTaskSlots'],
      ['L12', 'a.b'],
    ]);
  });

  it("holds only the note's own cells when other notes define the same keys otherwise", () => {
    const result = build({
      'a.md': '| Key | Default | Type | Description |\n| --- | --- | --- | --- |\n| x.y | 1 | Integer | From A. |\n',
      'b.md': '| 参数 | 默认值 | 说明 |\n| --- | --- | --- |\n| x.y | 2 | 来自 B |\n',
    });
    expect(rowsOf(tablesOf(result, 'a.md')[0]!)).toEqual(['x.y 3 x.y | x.y ¦ 1 ¦ Integer ¦ From A.']);
    expect(rowsOf(tablesOf(result, 'b.md')[0]!)).toEqual(['x.y 3 x.y | x.y ¦ 2 ¦ 来自 B']);
  });
});

describe('option tables in a list or a block quote', () => {
  const result = build({
    'runbook.md': [
      '# Runbook',
      '',
      '1. Check the restart settings:',
      '',
      '   | Option | Default | Meaning |',
      '   |---|---|---|',
      '   | `r.type` | - | fixed-delay or none |',
      '   | r.attempts | 3 | retries | then fail |',
      '',
      '> Before redeploying:',
      '>',
      '> | Key | Default |',
      '> | --- | --- |',
      '> | s.dir | (none) |',
      '',
    ].join('\n'),
  });
  const note = result.registry.notes[0]!;
  const prose = note.blocks.filter((block) => block.kind === 'prose');

  it('keeps their rows on the prose block, as an options block does, each with its line id', () => {
    expect(
      prose.map((block) => (block.rows ?? []).map((row) => `${row.id} ${row.key} | ${row.cells.map((c) => c.text).join(' ¦ ')}`)),
    ).toEqual([
      // Cells past the header joined into the last one, as on any note page.
      ['L7 r.type | r.type ¦ - ¦ fixed-delay or none', 'L8 r.attempts | r.attempts ¦ 3 ¦ retries | then fail'],
      ['L14 s.dir | s.dir ¦ (none)'],
    ]);
    expect(note.blocks.some((block) => block.kind === 'options')).toBe(false);
    expect(result.registry.options.map((o) => `${o.key} ${o.sources[0]!.line}`)).toEqual(['r.attempts 8', 'r.type 7', 's.dir 14']);
  });

  it('shows them in their place in the list or quote, as a top-level table is shown (keys in code break at their dots)', () => {
    expect(prose[0]!.html).toContain(
      '<p>Check the restart settings:</p>\n<div class="confref-table-wrap"><table class="confref-options confref-note-table"><thead><tr><th scope="col">Option</th><th scope="col">Default</th><th scope="col">Meaning</th></tr></thead><tbody><tr id="L7"><td><code>r.<wbr>type</code></td><td class="confref-note-default">-</td><td class="confref-note-description">fixed-delay or none</td></tr><tr id="L8"><td>r.attempts</td><td class="confref-note-default">3</td><td class="confref-note-description">retries | then fail</td></tr></tbody></table></div>\n</li>',
    );
    expect(prose[1]!.html).toMatch(
      /^<blockquote>\n<p>Before redeploying:<\/p>\n<div class="confref-table-wrap">.*<tr id="L14"><td>s.dir<\/td><td class="confref-note-default">\(none\)<\/td><\/tr>.*<\/blockquote>$/s,
    );
    expect(prose[0]!.text).toContain('r.attempts 3 retries | then fail');
    expect(diagnosticsOf(result)).toEqual(['runbook.md:8:4 warning malformed-row', 'runbook.md:14:5 warning missing-description']);
  });
});

describe('key cells on the note page', () => {
  it('tells a cell holding only the key, plain or in code, from a formatted one', () => {
    expect(isBareKeyCell({ html: 'a.b', text: 'a.b' }, 'a.b')).toBe(true);
    expect(isBareKeyCell({ html: '<code>a.b</code>', text: 'a.b' }, 'a.b')).toBe(true);
    expect(isBareKeyCell({ html: 'metrics.&#x3C;name>.x', text: 'metrics.<name>.x' }, 'metrics.<name>.x')).toBe(true);
    expect(isBareKeyCell({ html: '<strong>a.b</strong>', text: 'a.b' }, 'a.b')).toBe(false);
    expect(isBareKeyCell({ html: '<del>a.b</del>', text: 'a.b' }, 'a.b')).toBe(false);
    expect(isBareKeyCell({ html: 'a.b (Batch)', text: 'a.b (Batch)' }, 'a.b')).toBe(false);
    expect(isBareKeyCell({ html: '<code>a.b</code> <code>a.c</code>', text: 'a.b a.c' }, 'a.b')).toBe(false);
  });

  it('links a formatted key cell whole, its own links made text', () => {
    // A break opportunity after each dot (not after a dot that ends the text).
    expect(linkKeyCell('<del>a.b</del>（已过期）', '/en/options/a.b/')).toBe(
      '<a href="/en/options/a.b/" class="confref-key-link"><del>a.<wbr>b</del>（已过期）</a>',
    );
    expect(linkKeyCell('<strong><a href="https://example.org/#a-b">a.b</a></strong> (Batch)', '/o/')).toBe(
      '<a href="/o/" class="confref-key-link"><strong>a.<wbr>b</strong> (Batch)</a>',
    );
    expect(linkKeyCell('<h5>execution.checkpointing.interval</h5>', '/o/')).toBe(
      '<a href="/o/" class="confref-key-link"><h5>execution.<wbr>checkpointing.<wbr>interval</h5></a>',
    );
    expect(linkKeyCell('a.b (deprecated.)', '/o/')).toBe('<a href="/o/" class="confref-key-link">a.<wbr>b (deprecated.)</a>');
  });
});
