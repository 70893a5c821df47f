/**
 * Random notes for property tests and the random-notes site build: headings
 * of punctuation, emoji, CJK or nothing at all, odd tables, stray markup.
 */
import fc from 'fast-check';

const headingText = fc.oneof(
  fc.constantFrom(
    '',
    ' ',
    '？？？',
    '!!!',
    '...',
    '🎉',
    '🎉🚀',
    '——',
    '#',
    '`code`',
    '检查点',
    '状态后端 配置',
    'checkpoint 配置',
    '<b>bold</b>',
    '&amp;',
    '[link](x.md)',
    '*',
    '\\',
  ),
  fc.string({ maxLength: 12 }),
  fc.string({ unit: 'grapheme', maxLength: 8 }),
);
const heading = fc
  .tuple(fc.integer({ min: 1, max: 6 }), headingText)
  .map(([depth, text]) => `${'#'.repeat(depth)}${text === '' ? '' : ` ${text}`}`);
const keyCell = fc.oneof(
  fc.constantFrom(
    'state.backend',
    '`a.b`',
    '**x.y**',
    '__proto__',
    'constructor',
    '',
    '<span>k.v</span>',
    'a.<name>.b',
    '~~old.key~~',
    '..\\..\\x',
    '"q.k"',
    'a b',
    '检查点.间隔',
  ),
  fc.string({ maxLength: 16 }).map((s) => s.replace(/[|\n]/g, '')),
);
const cell = fc.oneof(
  fc.constantFrom('', '(none)', 'true', '10 s', '4 * 1024', 'NONE', '是', 'Integer', 'Intger', '<script>x</script>', 'a\tb\tc'),
  fc.string({ maxLength: 20 }).map((s) => s.replace(/[|\n]/g, '')),
);
const row = fc.tuple(keyCell, fc.array(cell, { minLength: 0, maxLength: 6 })).map(([key, cells]) => `| ${[key, ...cells].join(' | ')} |`);
const table = fc
  .tuple(
    fc.constantFrom('| Key | Default | Type | Description |', '| 参数 | 默认值 | 说明 |', '| Name | Description |', '| Key |', '| | |'),
    fc.boolean(),
    fc.array(row, { maxLength: 5 }),
  )
  .map(([header, delimiter, rows]) =>
    [header, ...(delimiter ? [`|${' --- |'.repeat(header.split('|').length - 2)}`] : []), ...rows].join('\n'),
  );
const block = fc.oneof(
  heading,
  table,
  fc.constantFrom(
    '```\n```',
    '```yml2\na: b\n```',
    '```\nunclosed',
    ':::tip\ninside\n:::',
    '<!-- open',
    '-->',
    '<details>',
    '> quote',
    '- item\n  - nested',
    '[TOC]',
    '![img](../x.png)',
    '[other](other.md#a)',
    '$$',
    '---',
    '***',
  ),
  fc.string({ maxLength: 40 }),
);

/** A note: front matter sometimes, then blocks separated by blank lines (or not). */
export const randomNote = fc
  .tuple(
    fc.constantFrom('', '---\ntitle: T\n---\n', '---\ntitle: ""\n---\n', '---\n---\n', '---\nlang: zh\n---\n'),
    fc.array(block, { maxLength: 10 }),
    fc.constantFrom('\n\n', '\n'),
  )
  .map(([front, blocks, sep]) => front + blocks.join(sep) + '\n');
