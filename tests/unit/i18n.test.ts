import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { detectTextLocale } from '../../src/lib/locale/detect.ts';
import { descriptionState, translationReport } from '../../src/lib/i18n/status.ts';
import { shownDescription } from '../../src/lib/site/view.ts';
import { confref } from '../helpers/cli.ts';
import { build, optionOf, table } from '../helpers/notes.ts';

const root = fileURLToPath(new URL('../../', import.meta.url));

describe('detectTextLocale', () => {
  it.each([
    ['The state backend to be used.', 'en'],
    ['状态后端，可选 hashmap 或 rocksdb', 'zh'],
    ['Use 检查点 (checkpoint) directories for storing data of every job', 'en'],
    ['全局state参数说明', 'zh'],
    ['4096', undefined],
  ])('%s → %s', (text, locale) => expect(detectTextLocale(text)).toBe(locale));
});

describe('translations keyed by option key', () => {
  const source = table(['| s.a | 1 | Integer | Alpha. |', '| s.b | 2 | Integer | Beta. |', '| s.c | 3 | Integer | Gamma. |']);
  const hashOf = (text: string) => optionOf(build({ 'a.md': source }), text).descriptions.en!.sourceHash;
  const translations = (rows: string[]) => `---\nlang: zh\nkind: translations\n---\n${table(rows, '| 键 | 描述 | 原文哈希 |')}`;

  it('a current translation is translated, one made from another source text is outdated, none is missing', () => {
    const result = build({
      'a.md': source,
      'zh/t.md': translations([`| s.a | 甲。 | ${hashOf('s.a')} |`, '| s.b | 乙。 | 0000000000000000 |']),
    });
    expect(['s.a', 's.b', 's.c'].map((key) => descriptionState(optionOf(result, key), 'zh'))).toEqual([
      'translated',
      'outdated',
      'missing',
    ]);
    expect(descriptionState(optionOf(result, 's.a'), 'en')).toBe('source');
    const [en, zh] = translationReport(result.registry);
    expect(en!.options).toEqual({ source: 3, translated: 0, outdated: 0, missing: 0 });
    expect(zh!.options).toEqual({ source: 0, translated: 1, outdated: 1, missing: 1 });
    expect(zh!.todo.filter((item) => item.kind === 'option').map((item) => [item.id, item.state, item.sourceHash])).toEqual([
      ['s.b', 'outdated', hashOf('s.b')],
      ['s.c', 'missing', hashOf('s.c')],
    ]);
  });

  it('the source text itself may be pasted instead of its hash', () => {
    const result = build({ 'a.md': source, 'zh/t.md': translations(['| s.a | 甲。 | Alpha. |']) });
    expect(descriptionState(optionOf(result, 's.a'), 'zh')).toBe('translated');
  });

  it('one translation serves the key in every version, and a Chinese note of its own wins', () => {
    const result = build({
      'a.md': source,
      '2.0/a.md': source,
      'zh/t.md': translations([`| s.a | 甲。 | ${hashOf('s.a')} |`]),
      'zh/native.md': table(['| s.b | 2 | Integer | 乙，原生中文笔记。 |'], '| 键 | 默认值 | 类型 | 描述 |'),
      'zh/t2.md': translations([`| s.b | 乙（译文）。 | ${hashOf('s.b')} |`]),
    });
    expect(result.registry.options.filter((o) => o.key === 's.a').map((o) => [o.version, o.descriptions.zh?.text])).toEqual([
      [null, '甲。'],
      ['2.0', '甲。'],
    ]);
    expect(optionOf(result, 's.b').descriptions.zh?.text).toBe('乙，原生中文笔记。');
  });

  it('falls back per option to the source text, marked as missing', () => {
    const result = build({ 'a.md': source, 'zh/t.md': translations([`| s.a | 甲。 | ${hashOf('s.a')} |`]) });
    expect(shownDescription(optionOf(result, 's.a'), 'zh')).toMatchObject({ lang: 'zh', state: 'translated' });
    expect(shownDescription(optionOf(result, 's.c'), 'zh')).toMatchObject({
      lang: 'en',
      state: 'missing',
      description: { text: 'Gamma.' },
    });
  });

  it('a note and its translation may both hold the table without a duplicate-key warning', () => {
    const result = build({ 'a.md': `# 标题\n\n${source}`, 'en/a.md': `---\ntranslationOf: x\n---\n# Title\n\n${source}` });
    expect(result.registry.notes.map((n) => [n.file, n.id, n.locale])).toEqual([
      ['a.md', 'a', 'zh'],
      ['en/a.md', 'a', 'en'],
    ]);
    expect(result.files.flatMap((f) => f.messages.map((m) => m.ruleId))).toEqual([]);
  });
});

describe('npx confref i18n', () => {
  const run = (...args: string[]) => confref('i18n', ...args);

  it('reports per locale: translated, missing, outdated', () => {
    const { status, stdout } = run();
    expect(status).toBe(0);
    expect(stdout.split('\n').filter((line) => !line.startsWith(' '))).toEqual([
      'en: options 0 translated, 0 missing, 0 outdated, 10 source; notes 1 translated, 0 missing, 0 outdated, 0 source',
      'zh: options 10 translated, 0 missing, 0 outdated, 0 source; notes 0 translated, 0 missing, 0 outdated, 1 source',
      '',
    ]);
  });

  it('--json lists what a translator has to do, with the source hash to record', () => {
    const { status, stdout } = run('--json', '--content', join(root, 'tests/fixtures/site'));
    expect(status).toBe(0);
    const zh = JSON.parse(stdout).find((r: { locale: string }) => r.locale === 'zh');
    // The fixture also holds versions 1.0 and 2.0: a translation without a version serves web.timeout in both.
    expect(zh.options).toEqual({ source: 0, translated: 1, outdated: 2, missing: 16 });
    expect(
      zh.todo.map(
        (item: { id: string; state: string; version: string | null }) =>
          `${item.state} ${item.id}${item.version ? ` ${item.version}` : ''}`,
      ),
    ).toEqual([
      'missing classloader.parent-first-patterns.additional',
      'missing classloader.parent-first-patterns.default',
      'missing classloader.parent-first-patterns.default 1.0',
      'missing classloader.parent-first-patterns.default 2.0',
      'missing classloader.resolve-order',
      'missing embed.card.long',
      'missing embed.card.payload',
      'missing env.java.default-opts.all 2.0',
      'missing kubernetes.jobmanager.labels 2.0',
      'missing metrics.reporter.<name>.class',
      'missing taskmanager.memory.managed.size',
      'missing web.client.timeout 2.0',
      'missing web.legacy 1.0',
      'missing web.new 2.0',
      'missing web.port 1.0',
      'missing web.port 2.0',
      'outdated web.timeout',
      'outdated web.timeout 1.0',
      'missing classloader 1.0',
      'missing web 1.0',
      'missing classloader 2.0',
      'missing deployment 2.0',
      'missing web 2.0',
      'missing classloader',
      'missing embed',
      'missing ops',
    ]);
  });
});
