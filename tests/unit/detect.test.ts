import { describe, expect, it } from 'vitest';
import { detectProseLocale, detectTextLocale } from '../../src/lib/locale/detect.ts';
import { build } from '../helpers/notes.ts';

describe('detectTextLocale: short and mixed strings', () => {
  it.each([
    // Chinese words among English terms are Chinese.
    ['savepoint路径', 'zh'],
    ['promgateway端口', 'zh'],
    ['TM 内存大小', 'zh'],
    ['checkpoint 配置', 'zh'],
    ['Flink 参数', 'zh'],
    ['JobManager 的 RPC 地址', 'zh'],
    ['开启 RocksDB incremental checkpoint', 'zh'],
    ['是否开启 unaligned checkpoint，默认 false', 'zh'],
    ['单位 ms', 'zh'],
    ['端口', 'zh'],
    ['`state.backend` 的取值', 'zh'],
    ['设置为 true 时，使用 https://flink.apache.org/ 上的说明', 'zh'],
    // English sentences, with or without a Chinese gloss, are English.
    ['The state backend to be used.', 'en'],
    ['The state backend (状态后端) to be used to store state.', 'en'],
    ['Use 检查点 (checkpoint) directories for storing data of every job', 'en'],
    ['Max parallelism', 'en'],
    ['RocksDB', 'en'],
    ['Port of the web UI', 'en'],
    // Keys, paths, URLs and numbers have no language.
    ['state.backend.incremental', undefined],
    ['hdfs://namenode:8020/flink/checkpoints', undefined],
    ['/opt/flink/conf/flink-conf.yaml', undefined],
    ['4096', undefined],
    ['', undefined],
    ['—', undefined],
  ])('%j → %s', (text, locale) => expect(detectTextLocale(text)).toBe(locale));
});

describe('detectTextLocale on long runs', () => {
  it('reads runs of letters, dotted names and paths hundreds of thousands of characters long', () => {
    expect(detectTextLocale('a'.repeat(300_000))).toBe('en');
    expect(detectTextLocale('a.'.repeat(150_000))).toBeUndefined();
    expect(detectTextLocale(`${'a-'.repeat(150_000)}/`)).toBe('en');
    expect(detectTextLocale(`${'状态'.repeat(100_000)} of the`)).toBe('zh');
  });
});

describe('detectProseLocale', () => {
  it('is Chinese when a third of the pieces with a language are', () => {
    const english = { text: 'Some English text here.' };
    expect(detectProseLocale([{ text: '概述' }, english, english, english])).toBe('en');
    expect(detectProseLocale([{ text: '概述' }, english, english])).toBe('zh');
  });

  it('counts a chineseOnly piece only when it is Chinese', () => {
    const english = Array.from({ length: 10 }, () => ({ text: 'The state backend to be used.', chineseOnly: true }));
    expect(detectProseLocale([{ text: 'checkpoint 配置' }, ...english])).toBe('zh');
    expect(detectProseLocale([{ text: 'Overview' }, { text: '状态后端', chineseOnly: true }])).toBe('zh');
    expect(detectProseLocale([{ text: 'Overview' }, ...english])).toBe('en');
  });

  it('is undefined without words', () => {
    expect(detectProseLocale([{ text: '1.20' }, { text: 'state.backend', chineseOnly: true }])).toBeUndefined();
    expect(detectProseLocale([])).toBeUndefined();
  });
});

describe('a note’s locale comes from its prose', () => {
  const table = (description: string) => `| Key | Default | Description |\n| --- | --- | --- |\n| a.b | 1 | ${description} |\n`;
  const localeOf = (text: string) => build({ 'n.md': text }).registry.notes[0]!.locale;

  it.each([
    [
      'English headings, Chinese paragraphs',
      '# Checkpoint\n\n本文记录我们线上作业的 checkpoint 设置。\n\n## Options\n\n下面是常用参数。\n\n' + table('The interval.'),
    ],
    ['short mixed headings only', '# checkpoint 配置\n\n## Flink 参数\n\n' + table('Interval of checkpoints, in milliseconds.')],
    ['Chinese list items under English headings', '# Runbook\n\n- 先停止作业\n- 再触发 savepoint\n- Restart\n'],
    ['Chinese descriptions in an option table', '# Options\n\n' + table('检查点间隔') + '| c.d | 2 | 超时时间 |\n'],
    ['an admonition in Chinese', '# Notes\n\n:::tip\n生产环境请开启增量 checkpoint。\n:::\n'],
  ])('%s → zh', (_, text) => expect(localeOf(text)).toBe('zh'));

  it.each([
    ['English prose around a table', '# Checkpointing\n\nThese are the options we set for checkpoints.\n\n' + table('The interval.')],
    [
      'English prose with a Chinese gloss',
      '# State\n\nThe state backend (状态后端) holds the state of every job.\n\nIt is set per cluster.\n',
    ],
    [
      'Chinese only in code and keys',
      '# Setup\n\nSet the option below.\n\n```yaml\n# 检查点\nexecution.checkpointing.interval: 1 min\n```\n\nSee `状态后端` in the glossary for the term.\n',
    ],
  ])('%s → en', (_, text) => expect(localeOf(text)).toBe('en'));
});
