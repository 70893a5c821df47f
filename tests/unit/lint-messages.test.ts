/**
 * What lint says, in English and Chinese (lib/lint/messages.ts): every id has
 * both languages with the same parameters; every finding, of the fixture files
 * and of a case for each id, renders in English as the CLI prints it and in
 * Chinese with no English sentence left, its key as written.
 */
import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  detectFormat,
  lintText,
  reviveLintReference,
  type InputFormat,
  type LintFinding,
  type LintReferenceData,
} from '../../src/lib/lint/index.ts';
import { LINT_MESSAGES, lintMessage, render, say, type LintArg, type LintMessageId, type LintText } from '../../src/lib/lint/messages.ts';
import { BASE_TYPES } from '../../src/lib/registry/schema.ts';
import { invalidReason } from '../../src/lib/registry/values.ts';
import { typeReason } from '../../src/lib/lint/rules/value.ts';
import { RENAME_EVIDENCE } from '../../src/lib/versions/renames.ts';
import { lintFiles, lintFixture, referenceFor } from '../helpers/lint.ts';

const placeholders = (template: string) => [...new Set([...template.matchAll(/\{(\w+)\}/g)].map((match) => match[1]!))].sort();
const ids = Object.keys(LINT_MESSAGES.en) as LintMessageId[];

/** Three Latin words in a row, outside quotes and code (keys, values, file names, `--fix`): an English sentence. */
function englishIn(text: string): string | null {
  const prose = text.replace(/"[^"]*"|'[^']*'|\S*[./_:<>&*#=-]\S*/g, ' ');
  return /\b[A-Za-z]+(?:[ ,]+[A-Za-z]+){2,}/.exec(prose)?.[0] ?? null;
}

/** Each text of a finding, its parameters' texts included. */
function textsOf(text: LintText): LintText[] {
  const params: Record<string, LintArg> = 'params' in text ? text.params : {};
  return [text, ...Object.values(params).flatMap((arg) => (typeof arg === 'object' && 'id' in arg ? textsOf(arg) : []))];
}

/** The findings of each fixture file, with the file's name. */
function fixtureFindings(): Array<LintFinding & { file: string }> {
  return readdirSync(lintFiles).flatMap((file) => {
    const text = lintFixture(file);
    return lintText(text, detectFormat(file, text), referenceFor('1.20'), (version) => referenceFor(version)).findings.map((finding) => ({
      ...finding,
      file,
    }));
  });
}

/** A version with an option of each type, deprecated ones, old keys of every kind and a key only a later version has. */
const CASES: LintReferenceData = {
  version: '2.0',
  options: [
    { key: 'c.duration', type: 'Duration' },
    { key: 'c.memory', type: 'MemorySize' },
    { key: 'c.boolean', type: 'Boolean', default: { raw: 'false', value: false, kind: 'literal' } },
    { key: 'c.integer', type: 'Integer', default: { raw: '1', value: 1, kind: 'literal' } },
    { key: 'c.long', type: 'Long' },
    { key: 'c.double', type: 'Double' },
    { key: 'c.map', type: 'Map' },
    { key: 'c.mode', type: 'Enum', enumValues: ['FAST', 'SAFE'] },
    { key: 'c.word', type: 'Enum' },
    { key: 'c.ports', type: 'List<Integer>' },
    { key: 'c.new', type: 'Integer' },
    { key: 'c.older', type: 'Integer', replacedBy: ['c.new'] },
    { key: 'c.oldest', type: 'Integer', replacedBy: [] },
  ],
  old: [
    { kind: 'renamed', key: 'c.renamed', to: 'c.new', by: '2.0', evidence: 'per the rename map: renames.md:3' },
    { kind: 'deprecated', key: 'c.fallback', to: 'c.new', evidence: 'which falls back to it' },
    { kind: 'removed', key: 'c.gone', last: '1.0' },
  ],
  later: [['c.future', '3.0']],
};

/** Texts with a finding of every id, by format, against CASES (or as the reference says). */
const SNIPPETS: Array<[InputFormat, string, Partial<LintReferenceData>?]> = [
  ['config-yaml', 'a: b: c\n'],
  ['config-yaml', '? [a]\n: 1\n'],
  ['config-yaml', '- a\n'],
  ['config-yaml', 'c.integer: *nowhere\n'],
  ['config-yaml', 'c:\n  new: 1\nc: 2\nd:\n  new: 1\nd:\n  old: 2\n'],
  ['cli', "flink run -Dc.new='1\n"],
  ['sql', "SET 'c.new';\n/* open"],
  ['sql', "SET 'c.new' = 'x"],
  ['sql', 'SET `c.new = 1'],
  ['flink-conf', 'c.new:\nc.new 1\n: 1\nc.new: \n  nested: 1\nc.new: 1 # fine\nc.word: a#b\nc.new: "1"\nc.new: 2\n'],
  ['sql', "SET 'c.new' = '1';\nSET 'c.new' = '2';\n"],
  ['cli', 'flink run -Dc.new=1 -Dc.new=2\n'],
  [
    'config-yaml',
    [
      'c.duration: 10 parsecs',
      'c.duration: 1 + 2 s',
      'c.duration: ""',
      'c.duration: [1, 2]',
      'c.memory: lots',
      'c.boolean: maybe',
      'c.boolean: false',
      'c.integer: 1.5',
      'c.long: 1.5',
      'c.double: 1.5.5',
      'c.map: a',
      'c.mode: SLOW',
      'c.word: two words',
      'c.ports: 1;x',
      'c.older: 1',
      'c.oldest: 1',
      'c.renamed: 1',
      'c.fallback: 1',
      'c.gone: 1',
      'c.future: 1',
      'c.nwe: 1',
      'c.nothing.like.it: 1',
      '',
    ].join('\n'),
  ],
  ['config-yaml', 'c.fallback: 1\nc.older: 1\nc.nwe: 1\n', { version: null }],
  ['config-yaml', 'c.nothing.like.it: 1\n', { partial: true }],
];

function snippetFindings(): LintFinding[] {
  return SNIPPETS.flatMap(([format, text, data]) => lintText(text, format, reviveLintReference({ ...CASES, ...data })).findings);
}

describe('the templates', () => {
  it('give every id in both languages, each with exactly the parameters of the English one', () => {
    expect(Object.keys(LINT_MESSAGES.zh)).toEqual(ids);
    for (const id of ids) expect(placeholders(LINT_MESSAGES.zh[id]), id).toEqual(placeholders(LINT_MESSAGES.en[id]));
  });

  it('are each used, and each text is given exactly the parameters its templates use', () => {
    const texts = [...fixtureFindings(), ...snippetFindings()].flatMap((f) => [f.text.message, ...(f.text.hint ? [f.text.hint] : [])]);
    const used = new Set<LintMessageId>();
    for (const text of texts.flatMap(textsOf)) {
      used.add(text.id);
      expect(Object.keys('params' in text ? text.params : {}).sort(), text.id).toEqual(placeholders(LINT_MESSAGES.en[text.id]));
    }
    expect(ids.filter((id) => !used.has(id))).toEqual([]);
  });

  it("say in English what the registry's value parsers say of each type", () => {
    for (const baseType of BASE_TYPES)
      for (const enumValues of [[], ['A', 'B']]) {
        const type = { baseType, elementType: null, enumValues };
        expect(render(typeReason(type), 'en'), baseType).toBe(invalidReason(type));
      }
  });

  it("name each rename's evidence in Chinese, its citation as written", () => {
    for (const phrase of Object.values(RENAME_EVIDENCE)) {
      const text = say('renamed-key', { key: 'a', to: 'b', by: '', evidence: { evidence: `${phrase}: X.java:1` }, then: '' });
      expect(render(text, 'en')).toBe(`"a" is renamed to "b" (${phrase}: X.java:1)`);
      expect(englishIn(render(text, 'zh')), phrase).toBeNull();
      expect(render(text, 'zh')).toMatch(/^"a" 已改名为 "b"（\p{Script=Han}.*：X\.java:1）$/u);
    }
  });

  it('set a parameter close to Chinese text without a space, and keep a space beside a Latin one', () => {
    const where = (version: string | null) => (version === null ? say('where.unversioned') : say('where.version', { version }));
    expect(render(say('unknown-key', { key: 'a.b', where: where(null), later: '', mean: '' }), 'zh')).toBe('"a.b" 不是团队笔记的配置项');
    expect(render(say('unknown-key', { key: 'a.b', where: where('2.0'), later: '', mean: '' }), 'zh')).toBe(
      '"a.b" 不是 Flink 2.0 的配置项',
    );
    expect(render(say('deprecated-key', { key: 'a.b', where: where(null) }), 'zh')).toBe('"a.b" 在团队笔记中已过期');
    // A value is never changed, Chinese or not.
    expect(render(say('default-value', { key: '中 文', default: '是 否' }), 'zh')).toBe('"中 文" 设置的就是默认值 是 否');
    expect(
      render(say('scalar-and-map', { key: 'a', now: say('scalar-and-map.value'), was: say('scalar-and-map.map'), line: 3 }), 'zh'),
    ).toMatch(/^"a" 在此处是一个值，在第 3 行是一个映射，两处/);
  });
});

describe('every finding in Chinese', () => {
  const findings = [...fixtureFindings(), ...snippetFindings()];

  it('renders in English as the finding says it', () => {
    expect(findings.length).toBeGreaterThan(60);
    for (const finding of findings) {
      const english = lintMessage(finding, 'en');
      expect(english.message).toBe(finding.message);
      expect(english.hint).toBe(finding.hint);
    }
  });

  it('is Chinese, with no English sentence left, and keeps the key as written', () => {
    for (const finding of findings) {
      const { message, hint } = lintMessage(finding, 'zh');
      const where = `${finding.rule} ${finding.message}`;
      expect(message, where).toMatch(/\p{Script=Han}/u);
      expect(englishIn(message), where).toBeNull();
      expect(message, where).not.toMatch(/\{\w+\}/);
      if (finding.key !== undefined && finding.message.includes(finding.key)) expect(message, where).toContain(finding.key);
      expect(hint === undefined, where).toBe(finding.hint === undefined);
      if (hint !== undefined) {
        expect(hint, where).toMatch(/\p{Script=Han}/u);
        expect(englishIn(hint), where).toBeNull();
      }
    }
  });

  it('says what the fixture files get wrong, in the words of the site', () => {
    const zh = new Map(fixtureFindings().map((f) => [`${f.file} ${f.rule} ${f.key}`, lintMessage(f, 'zh')]));
    expect(zh.get('config.yaml unknown-key parallelism.defualt')).toEqual({
      message: '"parallelism.defualt" 不是 Flink 1.20 的配置项；是否应为 "parallelism.default"？',
      hint: 'Flink 会忽略未知的配置项：请把拼写改为 "parallelism.default"。',
    });
    expect(zh.get('config.yaml invalid-value execution.checkpointing.interval')).toEqual({
      message:
        '"execution.checkpointing.interval" 的值 "10 parsecs" 不是有效的 Duration：Duration 是带单位的整数时长，单位可为 d、h、min、s、ms、µs 或 ns（例如 "10 s"）',
      hint: 'Flink 读取该配置项时会报错。',
    });
    expect(zh.get('config.yaml deprecated-key state.checkpoints.dir')).toEqual({
      message:
        '"state.checkpoints.dir" 已改名为 "execution.checkpointing.dir"（据 Flink 的已过期键列表：CheckpointingOptions.CHECKPOINTS_DIRECTORY (Flink 1.20)）；Flink 1.20 仍会读取它，但已过期',
      hint: '改用 "execution.checkpointing.dir"（confref lint --fix 会自动改名）。',
    });
    expect(zh.get('config.yaml renamed-key table.exec.old-name')?.message).toBe(
      '"table.exec.old-name" 已改名为 "table.exec.new-name"（据改名表：renames.md:6；改名不晚于 1.20）',
    );
    expect(zh.get('config.yaml removed-key jobmanager.scheduler.legacy-mode')?.message).toBe(
      '"jobmanager.scheduler.legacy-mode" 已不在 Flink 1.20 中：最后包含它的版本是 1.18',
    );
    expect(zh.get('config.yaml duplicate-key execution.checkpointing.interval')?.message).toBe(
      '"execution.checkpointing.interval" 被重复设置：第 12 行也设置了它（那里是嵌套写法，这里是扁平写法）；其中一个值会丢失',
    );
    expect(zh.get('config.yaml default-value parallelism.default')).toEqual({
      message: '"parallelism.default" 设置的就是默认值 1',
      hint: '这一行不改变任何设置；除非有意固定该值，否则可以删除。',
    });
    expect(zh.get('flink-conf.yaml quoted-value state.backend.incremental')?.message).toBe(
      'Flink 读取 flink-conf.yaml 时会保留这些引号："state.backend.incremental" 读到的值是 \'true\'，包括引号',
    );
  });

  it("names yaml's syntax errors by their code", () => {
    const tab = lintText('a:\n\tb: 1\n', 'config-yaml', referenceFor('1.20')).findings.find((f) => f.rule === 'syntax');
    expect(tab?.message).toBe('YAML: Tabs are not allowed as indentation');
    expect(lintMessage(tab!, 'zh')).toEqual({
      message: 'YAML 语法错误：不能用制表符（Tab）缩进',
      hint: '请修正 YAML 语法：错误之后的内容可能都无法读取。',
    });
  });
});
